// The lock, with real processes as holders: a live holder is never broken
// however long it holds (even stopped with SIGSTOP), a dead one is broken at
// once, a reused pid is told apart by its start time, another host's lock is
// left alone, and a writer removes only its own lock.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OperationalError } from '../../src/core/errors.js';
import { isStale, readLock, removeLock, withLock, type LockInfo } from '../../src/store/lock.js';
import { startTimeOf } from '../../src/store/processes.js';
import { tempDir, testHost } from '../helpers.js';

const HOUR = 3_600_000;
let children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) {
    c.kill('SIGCONT');
    c.kill('SIGKILL');
  }
  children = [];
});

/** A real process that just waits (a holder we can stop and resume). */
function sleeper(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

const deadPid = () =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('exit', () => resolve(child.pid!));
  });

const lockOf = (pid: number, extra: Partial<LockInfo> = {}): LockInfo => ({
  pid,
  host: hostname(),
  start: startTimeOf(pid),
  token: `held-by-${pid}`,
  at: Date.now() - HOUR, // taken an hour ago: age alone never makes a lock stale
  ...extra,
});

const lockFileIn = (dir: string) => join(dir, 'state.json.lock');
const write = (file: string, info: LockInfo) => writeFileSync(file, JSON.stringify(info));

describe('a live holder is never broken', () => {
  it('a holder stopped with SIGSTOP an hour ago: the writer waits, then fails naming the lock file and doctor --unlock; the lock stays', async () => {
    const holder = sleeper();
    const file = lockFileIn(tempDir());
    const info = lockOf(holder.pid!);
    write(file, info);
    holder.kill('SIGSTOP');
    let ran = false;
    const told: LockInfo[] = [];
    const error = await withLock(
      file,
      testHost(),
      () => {
        ran = true;
      },
      { timeoutMs: 1_500, onWait: (h) => told.push(h) },
    ).catch((e: Error) => e);
    expect(ran).toBe(false);
    expect(error).toBeInstanceOf(OperationalError);
    expect((error as Error).message).toContain(`the state is locked by mlroad process ${holder.pid}`);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('mlroad doctor --unlock');
    expect(told.map((h) => h.pid)).toEqual([holder.pid]); // told once who holds it
    expect(readLock(file)?.token).toBe(info.token);
  });

  it('when the stopped holder resumes and lets go, the waiting writer goes on', async () => {
    const holder = sleeper();
    const file = lockFileIn(tempDir());
    write(file, lockOf(holder.pid!));
    holder.kill('SIGSTOP');
    let ran = false;
    const waiting = withLock(
      file,
      testHost(),
      () => {
        ran = true;
        return readLock(file)?.pid;
      },
      { timeoutMs: 30_000 },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(ran).toBe(false);
    holder.kill('SIGCONT');
    removeLock(file); // the holder finishes and releases
    expect(await waiting).toBe(process.pid);
    expect(existsSync(file)).toBe(false); // released after
  });

  it('a lock of another host (a shared home on NFS) is never broken from here', async () => {
    const file = lockFileIn(tempDir());
    write(file, lockOf(await deadPid(), { host: 'laptop.example', start: null }));
    const error = await withLock(file, testHost(), () => 'ran', { timeoutMs: 300 }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/locked by mlroad process \d+ on host laptop\.example/);
    expect(readLock(file)?.host).toBe('laptop.example');
  });
});

describe('a holder that is gone is broken at once', () => {
  // A timeout far shorter than any wait: these succeed only because the lock is judged stale straight away.
  const quick = { timeoutMs: 50 };

  it('its pid is not running', async () => {
    const file = lockFileIn(tempDir());
    write(file, lockOf(await deadPid()));
    expect(await withLock(file, testHost(), () => 'ran', quick)).toBe('ran');
    expect(existsSync(file)).toBe(false);
  });

  it('its pid runs, but started at another time (the pid was reused)', async () => {
    const other = sleeper();
    const file = lockFileIn(tempDir());
    const info = lockOf(other.pid!, { start: '1' });
    write(file, info);
    expect(isStale(info, testHost())).toBe(true);
    expect(await withLock(file, testHost(), () => 'ran', quick)).toBe('ran');
  });

  it('an empty lock file (left by a full disk) or a damaged one', async () => {
    for (const text of ['', '{"pid":', 'garbage']) {
      const file = lockFileIn(tempDir());
      writeFileSync(file, text);
      expect(await withLock(file, testHost(), () => 'ran', quick)).toBe('ran');
    }
  });

  it('the old "pid time" format', async () => {
    const file = lockFileIn(tempDir());
    writeFileSync(file, `${await deadPid()} ${Date.now()}`);
    expect(await withLock(file, testHost(), () => 'ran', quick)).toBe('ran');
  });
});

describe('leftovers of writers killed while taking the lock', () => {
  it('a lock temp file of a dead pid goes, of a live one stays; unnamed ones go after a minute', async () => {
    const dir = tempDir();
    const file = lockFileIn(dir);
    const dead = await deadPid();
    const live = sleeper();
    const names = [
      `state.json.lock.tmp-${dead}-00ff`,
      `state.json.lock.tmp-${live.pid}-00ff`,
      'state.json.lock.0123456789abcdef.tmp', // an earlier version's, old
      'state.json.lock.fedcba9876543210.tmp', // an earlier version's, just made
      'state.json.lock.stale-abc-0011', // a stale lock moved aside, old
      'other.lock.tmp-1-00ff',
    ];
    for (const n of names) writeFileSync(join(dir, n), '{}');
    const old = new Date(Date.now() - 5 * 60_000);
    for (const n of [names[2]!, names[4]!]) utimesSync(join(dir, n), old, old);
    await withLock(file, testHost(), () => undefined);
    expect(readdirSync(dir).sort()).toEqual([names[1], names[3], names[5]].sort());
  });
});

describe('release', () => {
  it('a writer removes the lock only while it is still its own', async () => {
    const file = lockFileIn(tempDir());
    const other = lockOf(process.pid, { token: 'someone-else' });
    await withLock(file, testHost(), () => {
      expect(readLock(file)?.pid).toBe(process.pid);
      write(file, other); // meanwhile the lock was taken over (e.g. by doctor --unlock and another writer)
    });
    expect(readLock(file)?.token).toBe('someone-else');
  });

  it('the lock file records pid, host, start time and a token, written whole', async () => {
    const file = lockFileIn(tempDir());
    await withLock(file, testHost(), () => {
      const info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
      expect(info).toMatchObject({ pid: process.pid, host: hostname(), start: startTimeOf(process.pid) });
      expect(info.token).toMatch(/^[0-9a-f]{16}$/);
    });
  });

  it('concurrent writers in one process take turns', async () => {
    const file = lockFileIn(tempDir());
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withLock(file, testHost(), async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 2));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
  });
});
