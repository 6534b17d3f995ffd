// The state store under real conditions: corrupt files, concurrent processes,
// stale locks. Nothing may be lost or overwritten.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { mlroad, SHIPPED_ROADMAP, tempDir } from '../helpers.js';

let dir: string;
const run = (...args: string[]) => mlroad(args, { configDir: dir });
const stateFile = () => join(dir, 'state.json');

beforeEach(() => {
  dir = tempDir();
});

describe('a corrupt state file', () => {
  it.each([
    ['truncated JSON', '{"version":1,"roadmaps":{"machine-learning":{"topics":{"a":'],
    ['not JSON at all', 'hello'],
    ['an empty file', ''],
    ['the wrong type', '[1,2,3]'],
    ['a bad status', '{"version":1,"roadmaps":{"machine-learning":{"topics":{"x":{"status":"finished","history":[]}},"changes":0}}}'],
  ])('%s: every command exits 1 naming the file, keeps a copy, never overwrites it', async (_name, content) => {
    writeFileSync(stateFile(), content);
    for (const args of [['next'], ['done', '1.1'], ['progress', '--json']]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain(`mlroad: the state file ${stateFile()} is corrupt`);
      expect(r.stderr).toContain('It was not changed; a copy is at');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(stateFile(), 'utf8')).toBe(content);
    }
    const copies = readdirSync(dir).filter((f) => f.startsWith('state.json.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, copies[0]!), 'utf8')).toBe(content);
  });

  it('a state file from a newer mlroad is refused, not rewritten', async () => {
    const content = '{"version":99,"roadmaps":{}}';
    writeFileSync(stateFile(), content);
    const r = await run('done', '1.1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('was written by a newer mlroad (state version 99');
    expect(readFileSync(stateFile(), 'utf8')).toBe(content);
  });

  it('an unwritable config dir exits 1 with a clear message', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: use a path below a regular file instead.
      writeFileSync(join(dir, 'file'), '');
      const r = await mlroad(['done', '1.1'], { configDir: join(dir, 'file', 'sub') });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^mlroad: cannot create the config directory .*file\/sub/);
      return;
    }
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o500);
    const r = await mlroad(['done', '1.1'], { configDir: join(dir, 'ro', 'sub') });
    expect(r.code).toBe(1);
  });
});

describe('concurrent processes', () => {
  it('24 simultaneous `mlroad done` on distinct topics are all recorded', async () => {
    const leaves = loadRoadmap(SHIPPED_ROADMAP).roadmap.leaves.slice(0, 24);
    const runs = await Promise.all(leaves.map((l) => run('done', l.id)));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const state = JSON.parse(readFileSync(stateFile(), 'utf8'));
    const topics = state.roadmaps['machine-learning'].topics;
    expect(Object.keys(topics).sort()).toEqual(leaves.map((l) => l.id).sort());
    for (const l of leaves) expect(topics[l.id]).toMatchObject({ status: 'done', history: [{ status: 'done', previous: 'pending' }] });
    // Each write got its own change number: no two read-modify-writes overlapped.
    const changes = leaves.map((l) => topics[l.id].history[0].change).sort((a: number, b: number) => a - b);
    expect(changes).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(existsSync(`${stateFile()}.lock`)).toBe(false);
  });

  it('a lock left by a dead process is broken, not waited on forever', async () => {
    mkdirSync(dir, { recursive: true });
    // pid 2^22+1 is above Linux's pid_max default range for live processes here; time is now.
    writeFileSync(`${stateFile()}.lock`, `${4194305} ${Date.now()}`);
    const r = await run('done', '1.1');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(stateFile(), 'utf8')).roadmaps['machine-learning'].topics['what-is-an-ml-engineer'].status).toBe('done');
  });
});
