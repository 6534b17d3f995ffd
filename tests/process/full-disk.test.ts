// A short write, for real: the mlroad process writes its state on a nearly
// full 64 KB tmpfs (as root) and under `ulimit -f 8` (a file size limit: the
// kernel cuts writes at 8 KB). Before, `done 2` printed "✓ Marked 17 topics
// done", exited 0 and left 8,192 bytes of invalid JSON. Now it exits 1 naming
// the file and the cause, and the state is what it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, spawnMlroad, tempDir } from '../helpers.js';
import { smallDisk } from '../store/small-disk.js';

const NOW = { MLROAD_NOW: '2026-03-01T09:00:00Z' };

/** Runs mlroad in a shell with a file size limit of `kb` KB (SIGXFSZ ignored, as a shell user would see EFBIG). */
function limited(kb: number, dir: string, args: string[]) {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${kb}; exec "${process.execPath}" "${BIN}" ${quoted}`], {
    env: { PATH: process.env.PATH, HOME: tempDir(), MLROAD_CONFIG_DIR: dir, XDG_CACHE_HOME: tempDir(), ...NOW },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('under ulimit -f 8 (any user)', () => {
  it('`done 2` (17 topics) exits 1, says why, and leaves the state as it was', async () => {
    const dir = tempDir();
    expect((await spawnMlroad(['done', '1.1'], { configDir: dir, env: NOW })).code).toBe(0);
    const before = readFileSync(join(dir, 'state.json'), 'utf8');
    const r = limited(8, dir, ['done', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `mlroad: cannot write ${join(dir, 'state.json')}: file too large for this process (a file size limit: see ulimit -f); the file was not changed\n`,
    );
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['state.json']);
    const after = await spawnMlroad(['progress', '--json'], { configDir: dir, env: NOW });
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).done).toBe(1);
    // Without the limit the same command works.
    expect((await spawnMlroad(['done', '2'], { configDir: dir, env: NOW })).code).toBe(0);
  });

  it('export -o over yesterday’s export: the old export stays whole', async () => {
    const dir = tempDir();
    await spawnMlroad(['done', '1.1'], { configDir: dir, env: NOW });
    const out = join(tempDir(), 'progress.json');
    writeFileSync(out, '{"yesterday": true}\n');
    await spawnMlroad(['done', '2'], { configDir: dir, env: NOW }); // an export of well over 8 KB now
    const r = limited(8, dir, ['export', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write ${out}: file too large for this process`);
    expect(readFileSync(out, 'utf8')).toBe('{"yesterday": true}\n');
  });
});

const disk = smallDisk();
afterAll(() => disk?.unmount());

describe.runIf(disk !== null)('on a nearly full 64 KB tmpfs (root)', () => {
  it('`done 2` with 12 KB free exits 1; the state, later commands and doctor are fine', async () => {
    const dir = join(disk!.dir, 'config');
    mkdirSync(dir);
    expect((await spawnMlroad(['done', '1.1'], { configDir: dir, env: NOW })).code).toBe(0);
    const before = readFileSync(join(dir, 'state.json'), 'utf8');
    disk!.leave(12 * 1024);
    const r = await spawnMlroad(['done', '2'], { configDir: dir, env: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`mlroad: cannot write ${join(dir, 'state.json')}: no space left on device; the file was not changed\n`);
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(before);
    const doctor = await spawnMlroad(['doctor'], { configDir: dir, env: NOW });
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/✓ state +.*readable, 1 topic record/);
    disk!.free();
  });

  it('export -o onto the full disk: exit 1, the old export untouched, and the new one is private when it fits', async () => {
    const config = tempDir();
    await spawnMlroad(['done', '2'], { configDir: config, env: NOW });
    const out = join(disk!.dir, 'progress.json');
    writeFileSync(out, '{"yesterday": true}\n');
    disk!.leave(4 * 1024);
    const r = await spawnMlroad(['export', '-o', out], { configDir: config, env: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`mlroad: cannot write ${out}: no space left on device; the file was not changed\n`);
    expect(readFileSync(out, 'utf8')).toBe('{"yesterday": true}\n');
    disk!.free();
    const ok = await spawnMlroad(['export', '-o', out], { configDir: config, env: NOW });
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('mlroad-export');
    expect(spawnSync('stat', ['-c', '%a', out], { encoding: 'utf8' }).stdout.trim()).toBe('600');
  });
});
