// The durable writer, against real faults: a full disk (a 64 KB tmpfs), a
// symlinked state file, temp files of writers that were killed. Whatever
// fails, the old file is untouched, nothing is left behind, and the error
// names the file and the cause.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OperationalError } from '../../src/core/errors.js';
import { removeDeadTemps, writeFileDurably } from '../../src/store/durable-write.js';
import { startTimeOf, writerIdentity } from '../../src/store/processes.js';
import { StateStore } from '../../src/store/state-store.js';
import { emptyState } from '../../src/core/state/types.js';
import { setStatus } from '../../src/core/state/ops.js';
import { mlroad, realSystem, SMALL_ROADMAP, tempDir, testHost, writeRoadmap } from '../helpers.js';
import { smallDisk, type SmallDisk } from './small-disk.js';

const host = writerIdentity(realSystem());
const big = (n: number) => `${JSON.stringify({ text: 'x'.repeat(n) })}\n`;
const caught = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
};

// Mounted once for this file (only as root), unmounted after it.
const mounted = smallDisk();
afterAll(() => mounted?.unmount());

describe.runIf(mounted !== null)('on a full disk (a 64 KB tmpfs)', () => {
  const disk: SmallDisk = mounted!;

  it('a write that does not fit leaves the old file as it was, no temp file, and says why', () => {
    disk.free();
    const file = join(disk.dir, 'state.json');
    writeFileDurably(file, '{"old": true}\n', host);
    disk.leave(8 * 1024);
    const error = caught(() => writeFileDurably(file, big(30_000), host));
    expect(error).toBeInstanceOf(OperationalError);
    expect(error.message).toBe(`cannot write ${file}: no space left on device; the file was not changed`);
    expect(readFileSync(file, 'utf8')).toBe('{"old": true}\n');
    expect(readdirSync(disk.dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    disk.free();
    writeFileDurably(file, big(30_000), host); // room again: it works
    expect(readFileSync(file, 'utf8')).toBe(big(30_000));
  });

  it('a command whose write does not fit (a long note, 8 KB free) exits 1, and every later command reads the old state', async () => {
    disk.free();
    const dir = join(disk.dir, 'config');
    mkdirSync(dir);
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    const env = { MLROAD_NOW: '2026-03-01T09:00:00Z' };
    expect((await mlroad(['--roadmap', roadmap, 'done', 'alpha'], { configDir: dir, env })).code).toBe(0);
    const before = readFileSync(join(dir, 'state.json'), 'utf8');
    // Enough notes that the next write is bigger than what is left.
    disk.leave(8 * 1024);
    const r = await mlroad(['--roadmap', roadmap, 'note', 'beta', 'n'.repeat(12_000)], { configDir: dir, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`mlroad: cannot write ${join(dir, 'state.json')}: no space left on device; the file was not changed\n`);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['state.json']); // no temp file, no lock left
    const next = await mlroad(['--roadmap', roadmap, 'progress', '--json'], { configDir: dir, env });
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout).done).toBe(1);
    disk.free();
  });

  it('the lock cannot be created on a full disk: a clear error, and no empty lock file left behind', async () => {
    disk.free();
    const dir = join(disk.dir, 'locked');
    mkdirSync(dir);
    disk.leave(0);
    const store = new StateStore(dir, testHost());
    const error = await store.update(() => undefined).catch((e: Error) => e);
    expect(error).toBeInstanceOf(OperationalError);
    expect((error as Error).message).toMatch(/^cannot create the lock file .*state\.json\.lock: no space left on device; nothing was changed$/);
    expect(readdirSync(dir)).toEqual([]);
    disk.free();
  });
});

describe('what is written', () => {
  it('is private (0600), complete, and replaces the old file in one step', () => {
    const file = join(tempDir(), 'out.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    writeFileDurably(file, 'new content\n', host);
    expect(readFileSync(file, 'utf8')).toBe('new content\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a symlinked file (a dotfile manager) stays a link: the write goes to its target', async () => {
    const dir = tempDir();
    const repo = tempDir();
    const target = join(repo, 'mlroad-state.json');
    writeFileSync(target, JSON.stringify(emptyState()));
    symlinkSync(target, join(dir, 'state.json'));
    const store = new StateStore(dir, testHost());
    await store.update((doc) => setStatus(doc, 'r', ['a'], 'done', new Date('2026-03-01T09:00:00Z')));
    expect(lstatSync(join(dir, 'state.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'state.json'))).toBe(target);
    expect(JSON.parse(readFileSync(target, 'utf8')).roadmaps.r.topics.a.status).toBe('done');
    expect(readdirSync(repo)).toEqual(['mlroad-state.json']); // the temp file was made beside the target, and is gone
  });

  it('a directory in the way: the error names the file and the cause, and nothing changes', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out.json'));
    const error = caught(() => writeFileDurably(join(dir, 'out.json'), 'x', host));
    expect(error.message).toMatch(/^cannot write .*out\.json: (it is a directory|.*directory.*); the file was not changed$/);
    expect(statSync(join(dir, 'out.json')).isDirectory()).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('temp files of writers that died', () => {
  /** A pid that has just exited (a real process, so the number is one the system gave out). */
  const deadPid = () =>
    new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid!));
    });

  it('are removed by the next write; a live writer’s temp file is kept', async () => {
    const dir = tempDir();
    const dead = await deadPid();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dir, `.state.json.tmp-${dead}-0badc0de`), '{"half');
      writeFileSync(join(dir, `.state.json.tmp-${sleeper.pid}-0123abcd`), '{"writing');
      writeFileSync(join(dir, `.other.json.tmp-${dead}-0badc0de`), 'not ours');
      const store = new StateStore(dir, testHost());
      await store.update((doc) => setStatus(doc, 'r', ['a'], 'done', new Date('2026-03-01T09:00:00Z')));
      expect(readdirSync(dir).sort()).toEqual([`.other.json.tmp-${dead}-0badc0de`, `.state.json.tmp-${sleeper.pid}-0123abcd`, 'state.json']);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('a temp file named with a live pid but another start time (the pid was reused) is a dead writer’s, and is removed', async () => {
    const dir = tempDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await new Promise((r) => setTimeout(r, 50));
      const start = startTimeOf(sleeper.pid!);
      expect(start).not.toBeNull();
      const live = `.state.json.tmp-${sleeper.pid}-${start}-0123abcd`;
      const reused = `.state.json.tmp-${sleeper.pid}-${Number(start) - 1}-0badc0de`;
      writeFileSync(join(dir, live), '{"writing');
      writeFileSync(join(dir, reused), '{"half');
      const store = new StateStore(dir, testHost());
      await store.update((doc) => setStatus(doc, 'r', ['a'], 'done', new Date('2026-03-01T09:00:00Z')));
      expect(readdirSync(dir).sort()).toEqual([live, 'state.json']);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('removeDeadTemps leaves other files alone and counts what it removed', async () => {
    const dir = tempDir();
    const dead = await deadPid();
    for (const name of [`.state.json.tmp-${dead}-aa`, 'state.json', `state.json.tmp-${dead}-aa`, `.state.json.tmp-x-aa`]) writeFileSync(join(dir, name), '');
    expect(removeDeadTemps(dir, 'state.json', () => true)).toBe(1);
    expect(existsSync(join(dir, `.state.json.tmp-${dead}-aa`))).toBe(false);
    expect(readdirSync(dir).length).toBe(3);
  });
});
