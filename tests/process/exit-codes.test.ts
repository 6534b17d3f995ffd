// The real binary as a real process, for what only a process shows: the exit
// code each class of outcome gives the shell (0 ok, 1 operational, 2 usage),
// stdin given as "-", and a pipe closed early (EPIPE) ending quietly.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SMALL_ROADMAP, spawnMlroad, tempDir, writeRoadmap } from '../helpers.js';

describe('exit codes of the real process', () => {
  it('0: a command that did its job', async () => {
    const r = await spawnMlroad(['next'], { configDir: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Next up in Machine Learning Roadmap');
    expect(r.stderr).toBe('');
  });

  it('1: an operational failure (a corrupt state file), one line, no stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'state.json'), '{"version": 1, "roadmaps": ');
    const r = await spawnMlroad(['done', '1.1'], { configDir: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mlroad: the state file .*state\.json is corrupt/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe('{"version": 1, "roadmaps": ');
  });

  it('2: bad usage (an unknown option) and bad input (an invalid roadmap)', async () => {
    const usage = await spawnMlroad(['next', '--frobnicate'], { configDir: tempDir() });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("mlroad: unknown option '--frobnicate'");
    const broken = writeRoadmap('id: x\ntitle: X\ntopics:\n  - title: A\n    requires: [nope]\n');
    const input = await spawnMlroad(['--roadmap', broken, 'next'], { configDir: tempDir() });
    expect(input.code).toBe(2);
    expect(input.stderr).toContain(`${broken}:5:16: unknown topic "nope"`);
  });
});

describe('streams of the real process', () => {
  it('"-" reads a note from a pipe on stdin', async () => {
    const dir = tempDir();
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    const r = await spawnMlroad(['--roadmap', roadmap, 'note', 'delta', '-'], {
      configDir: dir,
      env: { MLROAD_NOW: '2026-03-01T09:00:00Z' },
      stdin: 'from a pipe\n',
    });
    expect(r.code).toBe(0);
    const show = await spawnMlroad(['--roadmap', roadmap, 'show', 'delta', '--json'], { configDir: dir });
    expect(JSON.parse(show.stdout).notes).toEqual([{ at: '2026-03-01T09:00:00.000Z', text: 'from a pipe' }]);
  });

  it('a reader that closes the pipe early (`mlroad tree | head -1`) ends it quietly with exit 0', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" tree | head -1; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: dir, MLROAD_CONFIG_DIR: dir, XDG_CACHE_HOME: join(dir, 'cache') },
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/^Machine Learning Roadmap .*\nstatus=0\n$/);
    expect(r.stderr).toBe('');
  });
});
