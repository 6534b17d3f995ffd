// The state store under real conditions: corrupt files, concurrent processes,
// stale locks. Nothing may be lost or overwritten.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, tempDir } from '../helpers.js';

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
