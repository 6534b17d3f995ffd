// The lock around every read-modify-write of the state: without it, two
// processes that each rewrite the whole file lose one another's updates.
//
// The lock file holds who holds it: pid, host name, the process's start time
// (Linux: from /proc, so a reused pid is told apart) and a random token. It is
// created complete (written to a temp file, then hard-linked into place), so
// it is never seen empty. A lock is broken only when its holder is provably
// gone: same host, and that pid is not running or started at another time. A
// live holder is never broken, however long it holds (a writer stopped with
// Ctrl-Z or a suspended laptop resumes and finishes); a lock of another host
// (a shared home on NFS) is never broken either. Past the wait, the command
// fails naming the lock file and `mlroad doctor --unlock`. A writer removes
// the lock only while it is still its own.
import { closeSync, linkSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { OperationalError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import { causeOf } from './durable-write.js';
import { pidAlive, startTimeOf, writerGone } from './processes.js';

/** What the lock needs of the process: who we are, a clock, and a way to ask whether a pid runs. */
export type LockHost = Pick<Io, 'clock'> & { system: Pick<Io['system'], 'pid' | 'hostname' | 'kill'> };

export interface LockOptions {
  /** How long to wait for a live holder before giving up (ms). */
  timeoutMs?: number;
  /** Called once when the wait gets long, to tell the user who holds the lock. */
  onWait?: (holder: LockInfo) => void;
}

export interface LockInfo {
  pid: number;
  host: string;
  /** The holder's start time (clock ticks since boot, Linux), or null where unknown. */
  start: string | null;
  token: string;
  /** When it was taken (ms since the epoch). */
  at: number;
}

const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
const TELL_AFTER_MS = 1_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` holding the lock `lockFile`. */
export async function withLock<T>(lockFile: string, host: LockHost, fn: () => T | Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeout = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const started = host.clock();
  const mine: LockInfo = {
    pid: host.system.pid,
    host: host.system.hostname,
    start: startTimeOf(host.system.pid),
    token: randomBytes(8).toString('hex'),
    at: started,
  };
  let told = false;
  let delay = 2;
  for (;;) {
    mine.at = host.clock();
    if (tryAcquire(lockFile, mine)) break;
    const holder = readLock(lockFile);
    if (holder && isStale(holder, host)) {
      breakStale(lockFile, holder);
      continue;
    }
    const waited = host.clock() - started;
    if (holder && !told && waited > TELL_AFTER_MS && options.onWait) {
      told = true;
      options.onWait(holder);
    }
    if (waited > timeout) throw lockedError(lockFile, holder);
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
  removeLeftovers(lockFile, host, mine.pid);
  try {
    return await fn();
  } finally {
    releaseIfMine(lockFile, mine.token);
  }
}

/** A file left by a writer killed mid-way is certainly dead after this long (a live one keeps it for microseconds). */
const LEFTOVER_MS = 60_000;

/**
 * Removes what writers killed at the wrong moment leave beside the lock: the
 * temp file a lock is written to before it is linked into place (named with
 * its pid: removed once that process is gone), and, past a minute, unnamed
 * ones (temp files of earlier versions, stale locks moved aside). Run while
 * holding the lock; anything that fails is left for the next writer.
 */
function removeLeftovers(lockFile: string, host: LockHost, self: number): void {
  const dir = dirname(lockFile);
  const name = basename(lockFile);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`)) continue;
    const rest = entry.slice(name.length + 1);
    const named = /^tmp-(\d+)-(?:(\d+|x)-)?[0-9a-f]+$/.exec(rest);
    const unnamed = /^[0-9a-f]{16}\.tmp$|^stale-/.test(rest);
    if (!named && !unnamed) continue;
    const path = join(dir, entry);
    try {
      if (named) {
        const pid = Number(named[1]);
        const start = named[2] === undefined || named[2] === 'x' ? null : named[2];
        if (pid === self || !writerGone(host.system, pid, start)) continue;
      } else if (host.clock() - statSync(path).mtimeMs < LEFTOVER_MS) continue;
      unlinkSync(path);
    } catch {
      // gone already, or not ours to remove
    }
  }
}

export function describeHolder(holder: LockInfo | null, host?: string): string {
  if (!holder) return 'another mlroad';
  if (holder.pid === 0) return 'no process (the lock file is empty or damaged)';
  const where = host !== undefined && holder.host !== host ? ` on host ${holder.host}` : '';
  return `mlroad process ${holder.pid}${where}, since ${new Date(holder.at).toISOString()}`;
}

function lockedError(lockFile: string, holder: LockInfo | null): OperationalError {
  return new OperationalError(
    `the state is locked by ${describeHolder(holder, '')} (${lockFile}); nothing was changed. ` +
      'If that mlroad is stopped (Ctrl-Z) resume it; if no mlroad is running, remove the lock: mlroad doctor --unlock',
  );
}

/** Takes the lock if nobody holds it: the complete file appears at once (link fails when one exists). */
function tryAcquire(lockFile: string, info: LockInfo): boolean {
  const temp = `${lockFile}.tmp-${info.pid}-${info.start ?? 'x'}-${info.token}`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      const text = JSON.stringify(info);
      let written = 0;
      while (written < text.length) written += writeSync(fd, text.slice(written));
    } finally {
      closeSync(fd);
    }
    linkSync(temp, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new OperationalError(`cannot create the lock file ${lockFile}: ${causeOf(error)}; nothing was changed`);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // not created
    }
  }
}

/** The lock's holder, or null when there is no lock file or it cannot be read as one. */
export function readLock(lockFile: string): LockInfo | null {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch {
    return null;
  }
  // Earlier versions wrote "pid time".
  const old = /^(\d+) (\d+)$/.exec(text.trim());
  if (old) return { pid: Number(old[1]), host: '', start: null, token: `legacy:${text.trim()}`, at: Number(old[2]) };
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string' && typeof v.at === 'number') {
      return { pid: v.pid, host: v.host, start: typeof v.start === 'string' ? v.start : null, token: v.token, at: v.at };
    }
  } catch {
    // not ours
  }
  // Unreadable (written by something else, or damaged): treated as a lock of no process on this host.
  return { pid: 0, host: '', start: null, token: `unreadable:${text.slice(0, 64)}`, at: 0 };
}

/**
 * A holder is gone when it ran on this host (or wrote no host: an old or
 * damaged lock) and its pid is not running, or runs but started at another
 * time (the pid was reused). Another host's lock is never stale from here.
 */
export function isStale(holder: LockInfo, host: LockHost): boolean {
  if (holder.host !== '' && holder.host !== host.system.hostname) return false;
  if (!pidAlive(host.system, holder.pid)) return true;
  if (holder.start !== null) {
    const start = startTimeOf(holder.pid);
    return start !== null && start !== holder.start;
  }
  return false;
}

/** Moves a stale lock aside; if what was moved is not the lock judged stale (a new one was taken meanwhile), puts it back. */
function breakStale(lockFile: string, holder: LockInfo): void {
  const aside = `${lockFile}.stale-${holder.token.replace(/[^\w]/g, '')}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(lockFile, aside);
  } catch {
    return; // someone else broke it first
  }
  const moved = readLock(aside);
  if (moved && moved.token !== holder.token) {
    try {
      linkSync(aside, lockFile);
    } catch {
      // yet another lock exists: its holder goes first
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // gone already
  }
}

/** Removes the lock only while it is still ours (never another process's). */
function releaseIfMine(lockFile: string, token: string): void {
  if (readLock(lockFile)?.token !== token) return;
  try {
    unlinkSync(lockFile);
  } catch {
    // gone already
  }
}

/** For `mlroad doctor --unlock`: removes the lock file, whoever holds it. Returns the holder it had. */
export function removeLock(lockFile: string): LockInfo | null {
  const holder = readLock(lockFile);
  try {
    unlinkSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new OperationalError(`cannot remove the lock file ${lockFile}: ${(error as Error).message}`);
  }
  return holder;
}
