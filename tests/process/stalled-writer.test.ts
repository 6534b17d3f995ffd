// A writer stopped while it holds the lock (Ctrl-Z, SIGSTOP, a suspended
// laptop) is waited for, never broken: before, a second writer broke a lock
// older than 30 s, both exited 0, and one update was lost. Here the holder
// is a real process running the store's own code, stopped with SIGSTOP and
// resumed with SIGCONT; the other writer is the real mlroad.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

const HOLDER = `
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { StateStore } from ${JSON.stringify(join(ROOT, 'src/store/state-store.ts'))};
import { setStatus } from ${JSON.stringify(join(ROOT, 'src/core/state/ops.ts'))};
const [dir, ready] = process.argv.slice(2);
const system = { pid: process.pid, platform: process.platform, homedir: dir, hostname: hostname(), kill: (p, s) => process.kill(p, s), on: () => () => {} };
// Its clock says the lock was taken an hour ago: age alone must never make a lock stale.
const store = new StateStore(dir, { clock: () => Date.now() - 3_600_000, system });
await store.update((doc) => {
  setStatus(doc, 'small', ['alpha'], 'done', new Date('2026-03-01T09:00:00Z'));
  writeFileSync(ready, 'holding');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500); // still holding when stopped
});
`;

let pids: number[] = [];
afterEach(() => {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGCONT');
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  pids = [];
});

const until = async (what: string, check: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('a stopped writer holding the lock', () => {
  it('is waited for: the other writer says who it waits for, and both updates are kept', async () => {
    const dir = tempDir();
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    const script = join(tempDir(), 'holder.mts');
    writeFileSync(script, HOLDER);
    const ready = join(dir, 'ready');
    const holder = spawn(process.execPath, ['--import', 'tsx', script, dir, ready], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    pids.push(holder.pid!);
    let holderErr = '';
    holder.stderr!.on('data', (d) => (holderErr += d));
    const holderExit = new Promise<number | null>((r) => holder.on('exit', r));
    await until('the holder to take the lock', () => existsSync(ready));
    holder.kill('SIGSTOP');

    const env = { ...process.env, MLROAD_CONFIG_DIR: dir, MLROAD_NOW: '2026-03-01T09:00:00Z', XDG_CACHE_HOME: tempDir() };
    const writer = spawn(process.execPath, [BIN, '--roadmap', roadmap, 'done', 'beta'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    pids.push(writer.pid!);
    let out = '';
    let err = '';
    let finished = false;
    writer.stdout!.on('data', (d) => (out += d));
    writer.stderr!.on('data', (d) => (err += d));
    const writerExit = new Promise<number | null>((r) =>
      writer.on('exit', (code) => {
        finished = true;
        r(code);
      }),
    );
    // It waits, and says for whom (after a second); it does not break the lock.
    await until('the waiting notice', () => err.includes('waiting for it'));
    expect(err).toMatch(
      new RegExp(`^mlroad: the state is locked by mlroad process ${holder.pid}, since \\S+; waiting for it \\(resume it if it is stopped\\)…\\n$`),
    );
    expect(finished).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'state.json.lock'), 'utf8')).pid).toBe(holder.pid);

    holder.kill('SIGCONT');
    expect(await holderExit).toBe(0);
    expect(holderErr).toBe('');
    expect(await writerExit).toBe(0);
    expect(out).toContain('Marked 1.2 Beta done');
    const topics = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).roadmaps.small.topics;
    expect(topics.alpha.status).toBe('done'); // the stopped writer's update
    expect(topics.beta.status).toBe('done'); // and the waiting one's
    expect(existsSync(join(dir, 'state.json.lock'))).toBe(false);
  });
});

describe('a writer killed with SIGKILL in the middle of its write', () => {
  it('leaves a temp file, which the next write removes (the state itself untouched)', async () => {
    const dir = tempDir();
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    const env = { ...process.env, MLROAD_CONFIG_DIR: dir, MLROAD_NOW: '2026-03-01T09:00:00Z', XDG_CACHE_HOME: tempDir() };
    const first = spawn(process.execPath, [BIN, '--roadmap', roadmap, 'done', 'alpha'], { env, stdio: 'ignore' });
    expect(await new Promise((r) => first.on('exit', r))).toBe(0);
    const before = readFileSync(join(dir, 'state.json'), 'utf8');
    // A process half way through a durable write: its temp file is named after it, as the writer names its own.
    const script = `const fs = require('node:fs');
const fd = fs.openSync(process.argv[1] + '/.state.json.tmp-' + process.pid + '-0badc0de', 'wx', 0o600);
fs.writeSync(fd, '{"version":1,"roadmaps":{"small":{"topics":{"beta"');
console.log('writing');
setInterval(() => {}, 60000);`;
    const writer = spawn(process.execPath, ['-e', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    pids.push(writer.pid!);
    await new Promise<void>((r) => writer.stdout!.once('data', () => r()));
    const temp = `.state.json.tmp-${writer.pid}-0badc0de`;
    writer.kill('SIGKILL');
    await new Promise((r) => writer.on('exit', r));
    expect(existsSync(join(dir, temp))).toBe(true);
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(before);
    const next = spawn(process.execPath, [BIN, '--roadmap', roadmap, 'done', 'beta'], { env, stdio: 'ignore' });
    expect(await new Promise((r) => next.on('exit', r))).toBe(0);
    expect(existsSync(join(dir, temp))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).roadmaps.small.topics.beta.status).toBe('done');
  });
});
