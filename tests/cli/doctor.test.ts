// `mlroad doctor`: orphaned progress is reported (never deleted), renamed ids
// can be remapped, and a damaged state file is repaired only on request,
// always keeping a backup of what was there.
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
let roadmap: string;
const run = (...args: string[]) => mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: '2026-03-01T09:00:00Z' } });
const stateFile = () => join(dir, 'state.json');
const topics = () => JSON.parse(readFileSync(stateFile(), 'utf8')).roadmaps.small.topics;

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('orphans and renamed ids', () => {
  it('a topic removed from the file keeps its progress, is reported, and returns with its id', async () => {
    await run('done', 'zeta', 'alpha');
    writeFileSync(roadmap, SMALL_ROADMAP.replace('        id: zeta\n', '        id: zeta-renamed\n'));
    const report = await run('doctor');
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('! orphans  1 topic(s) have progress but are not in this roadmap');
    expect(report.stdout).toContain('           zeta  done');
    expect((await run('doctor', '--json')).stdout).toContain('"id": "zeta"');
    expect(JSON.parse((await run('progress', '--json')).stdout).done).toBe(1);
    expect(topics().zeta.status).toBe('done');
    // The id comes back: so does its progress.
    writeFileSync(roadmap, SMALL_ROADMAP);
    expect(JSON.parse((await run('progress', '--json')).stdout).done).toBe(2);
  });

  it('doctor --rename OLD NEW moves progress and history to the new id', async () => {
    await run('start', 'zeta');
    await run('done', 'zeta');
    writeFileSync(roadmap, SMALL_ROADMAP.replace('        id: zeta\n', '        id: zeta-renamed\n'));
    const r = await run('doctor', '--rename', 'zeta', 'zeta-renamed');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ Moved the progress of zeta to 2.3 Zeta Alpha (done)');
    expect(topics().zeta).toBeUndefined();
    expect(topics()['zeta-renamed'].history.map((h: { status: string }) => h.status)).toEqual(['in-progress', 'done']);
    expect((await run('doctor')).stdout).not.toContain('orphans');
  });

  it('--rename of an id without progress, or to an unknown topic, exits 2 and changes nothing', async () => {
    await run('done', 'alpha');
    const before = readFileSync(stateFile(), 'utf8');
    const unknownOld = await run('doctor', '--rename', 'nothing', 'beta');
    expect(unknownOld.code).toBe(2);
    expect(unknownOld.stderr).toContain('no progress is recorded for "nothing"');
    const unknownNew = await run('doctor', '--rename', 'alpha', 'omega');
    expect(unknownNew.code).toBe(2);
    expect(readFileSync(stateFile(), 'utf8')).toBe(before);
  });
});

describe('repair', () => {
  it('doctor reports a corrupt file (exit 1) and leaves it alone', async () => {
    writeFileSync(stateFile(), '{"version":1,"roadmaps":');
    const r = await run('doctor');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('! state    the state file');
    expect(r.stdout).toContain('mlroad doctor --repair');
    expect(readFileSync(stateFile(), 'utf8')).toBe('{"version":1,"roadmaps":');
  });

  it('--repair keeps every well-formed record, drops the rest, and keeps a backup', async () => {
    await run('done', 'alpha', 'beta');
    const damaged = JSON.parse(readFileSync(stateFile(), 'utf8'));
    damaged.roadmaps.small.topics.beta.status = 'finished';
    const text = JSON.stringify(damaged);
    writeFileSync(stateFile(), text);
    const r = await run('doctor', '--repair');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ state {4}.*repaired; the damaged file is at .*state\.json\.bak-20260301T090000Z/);
    expect(r.stdout).toContain('! dropped  topic "beta" of "small" is not a status record');
    expect(readFileSync(join(dir, 'state.json.bak-20260301T090000Z'), 'utf8')).toBe(text);
    expect(Object.keys(topics())).toEqual(['alpha']);
    expect((await run('next')).code).toBe(0);
    // The next change continues the change numbering, not from zero.
    await run('done', 'gamma');
    expect(topics().gamma.history[0].change).toBe(2);
  });

  it('--repair of a file with nothing to keep says so, exits 1, and changes nothing but the backup', async () => {
    writeFileSync(stateFile(), '\u0000\u0000garbage');
    const r = await run('doctor', '--repair');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing in the state file .*state\.json could be kept .*it was not changed/);
    const backups = readdirSync(dir).filter((f) => f.startsWith('state.json.bak-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe('\u0000\u0000garbage');
    expect(readFileSync(stateFile(), 'utf8')).toBe('\u0000\u0000garbage');
  });

  it('--repair makes a readable but world-readable state file private again', async () => {
    await run('done', 'alpha');
    chmodSync(stateFile(), 0o644);
    expect((await run('doctor')).stdout).toContain('mode 644 (should be 600');
    await run('doctor', '--repair');
    expect(statSync(stateFile()).mode & 0o777).toBe(0o600);
    expect(topics().alpha.status).toBe('done');
  });
});
