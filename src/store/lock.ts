// An exclusive lock file around read-modify-write of the state, because conf
// alone loses updates between concurrent processes (each rewrites the whole file).
// The lock holds "pid time"; a lock whose process is gone, or that is older
// than STALE_MS, is broken (a SIGKILLed writer must not block everyone forever).
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { OperationalError } from '../core/errors.js';

const STALE_MS = 30_000;
const EMPTY_STALE_MS = 2_000;
// Long enough for a queue of a hundred writers on a busy machine.
const TIMEOUT_MS = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withLock<T>(lockFile: string, fn: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  let delay = 2;
  for (;;) {
    if (tryAcquire(lockFile)) break;
    breakIfStale(lockFile);
    if (Date.now() - started > TIMEOUT_MS) {
      throw new OperationalError(`the state is locked by another mlroad (${holder(lockFile)}); if no mlroad is running, delete ${lockFile}`);
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(lockFile);
    } catch {
      // Already broken as stale by someone else: nothing to release.
    }
  }
}

function tryAcquire(lockFile: string): boolean {
  try {
    const fd = openSync(lockFile, 'wx', 0o600);
    try {
      writeSync(fd, `${process.pid} ${Date.now()}`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    throw new OperationalError(`cannot create the lock file ${lockFile}: ${(error as Error).message}`);
  }
}

/** The holder's pid and start time; a lock left empty by a crash gets pid 0 and its mtime. */
function readLock(file: string): { pid: number; time: number } | null {
  try {
    const [pid, time] = readFileSync(file, 'utf8').split(' ').map(Number);
    if (pid && time) return { pid, time };
    return { pid: 0, time: statSync(file).mtimeMs };
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lockFile: string): string {
  const info = readLock(lockFile);
  return info ? `process ${info.pid}` : 'unknown process';
}

function breakIfStale(lockFile: string): void {
  const info = readLock(lockFile);
  if (!info) return;
  const age = Date.now() - info.time;
  // An empty lock is being written right now, or was left by a crash in between.
  const stale = info.pid === 0 ? age > EMPTY_STALE_MS : !alive(info.pid) || age > STALE_MS;
  if (!stale) return;
  // Move the stale lock aside atomically; only one breaker wins the rename.
  const aside = `${lockFile}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(lockFile, aside);
  } catch {
    return;
  }
  const moved = readLock(aside);
  if (moved && (moved.pid !== info.pid || moved.time !== info.time)) {
    // We moved a fresh lock taken meanwhile: put it back (fails if yet another exists).
    try {
      linkSync(aside, lockFile);
    } catch {
      // Someone holds a new lock already; the moved holder will find its file gone.
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // ignore
  }
}
