// The parse cache (src/store/roadmap-cache.ts): an unchanged file is served from it,
// any change to the file is seen, a damaged entry is ignored and rewritten,
// invalid files are never stored, it lives outside the config dir, and
// deleting it changes nothing but speed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RoadmapError } from '../../src/core/errors.js';
import { cacheFileFor, entryBytes, roadmapCacheDir, SETTLE_MS } from '../../src/store/roadmap-cache.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

/**
 * The cache stores a file only once it has not changed for SETTLE_MS. Rather
 * than wait that long, loads that should see a settled file run with a clock
 * that far ahead.
 */
const settled = () => Date.now() + SETTLE_MS + 100;

const DESCRIBED = SMALL_ROADMAP.replace(
  '        id: alpha\n',
  '        id: alpha\n        description: The first letter, ünïcödé 😀 included.\n        questions: [Why first?]\n',
);

/** The lines of an entry: key, digests, roadmap and warnings, texts. */
const entryLines = (cacheDir: string, file: string) => readFileSync(cacheFileFor(cacheDir, file), 'latin1').split('\n');
/** Writes an entry with a correct digest, as mlroad would have: only the content checks can then refuse it. */
function forge(cacheDir: string, file: string, [key, , core, texts]: string[]) {
  writeFileSync(cacheFileFor(cacheDir, file), entryBytes(key!, core!.trimEnd(), texts!));
}

describe('the parse cache', () => {
  let file: string;
  let cacheDir: string;

  beforeAll(() => {
    file = writeRoadmap(DESCRIBED);
    cacheDir = join(tempDir(), 'mlroad');
  });

  it('stores a valid file once and serves it from the entry after that', () => {
    const first = loadRoadmap(file, { dir: cacheDir, clock: settled }).roadmap;
    expect(existsSync(cacheFileFor(cacheDir, file))).toBe(true);
    // Mark the entry (a title changed inside it): a load that shows the mark came from the cache.
    const lines = entryLines(cacheDir, file);
    forge(cacheDir, file, [lines[0]!, '', lines[2]!.replace('"Alpha"', '"Alpha (from the cache)"'), lines[3]!]);
    const second = loadRoadmap(file, { dir: cacheDir, clock: settled }).roadmap;
    expect(second.byId.get('alpha')!.title).toBe('Alpha (from the cache)');
    expect(second.all.map((t) => [t.id, t.number, t.leafStart, t.leafEnd, t.estimateHours])).toEqual(
      first.all.map((t) => [t.id, t.number, t.leafStart, t.leafEnd, t.estimateHours]),
    );
    // Texts come from the entry too, non-ASCII included (stored escaped, read as latin1).
    expect(second.byId.get('alpha')!.description).toBe('The first letter, ünïcödé 😀 included.');
    expect(second.byId.get('alpha')!.questions).toEqual(['Why first?']);
    expect(/[^\x00-\x7f]/.test(readFileSync(cacheFileFor(cacheDir, file), 'latin1'))).toBe(false);
    // Atomic writes: nothing but entries is left in the directory.
    expect(readdirSync(cacheDir).filter((f) => !/^roadmap-[0-9a-f]{16}\.json$/.test(f))).toEqual([]);
  });

  it('re-parses a file whose content changed, even at the same size and modification time', async () => {
    const f = writeRoadmap(SMALL_ROADMAP);
    expect(loadRoadmap(f, { dir: cacheDir, clock: settled }).roadmap.byId.get('beta')!.title).toBe('Beta');
    const { mtime, atime, size } = statSync(f);
    writeFileSync(f, SMALL_ROADMAP.replace('title: Beta', 'title: Bxta'));
    utimesSync(f, atime, mtime); // an editor or copy that keeps the time stamp
    expect(statSync(f).size).toBe(size);
    expect(loadRoadmap(f, { dir: cacheDir, clock: settled }).roadmap.byId.get('beta')!.title).toBe('Bxta');
    // An ordinary edit (new size, new time) too.
    writeFileSync(f, SMALL_ROADMAP.replace('title: Beta', 'title: Beta Longer'));
    expect(loadRoadmap(f, { dir: cacheDir, clock: settled }).roadmap.byId.get('beta')!.title).toBe('Beta Longer');
  });

  it('does not store a file changed moments ago (its time stamp could still repeat), then does', async () => {
    const f = writeRoadmap(SMALL_ROADMAP);
    loadRoadmap(f, { dir: cacheDir, clock: Date.now });
    expect(existsSync(cacheFileFor(cacheDir, f))).toBe(false);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    expect(existsSync(cacheFileFor(cacheDir, f))).toBe(true);
  });

  const forged = (change: (lines: string[]) => string[]) => (cacheDir: string, f: string, lines: string[]) => forge(cacheDir, f, change(lines));
  const raw = (change: (lines: string[]) => string) => (cacheDir: string, f: string, lines: string[]) =>
    writeFileSync(cacheFileFor(cacheDir, f), change(lines));
  it.each([
    ['garbage bytes', raw(() => '\u0000\u00ff not json at all')],
    ['an empty file', raw(() => '')],
    ['a cut-off entry', raw((lines) => lines.join('\n').slice(0, -40))],
    [
      'one character changed (still valid JSON; the digest differs)',
      raw((lines) => [lines[0], lines[1], lines[2]!.replace('"childCounts":[3,', '"childCounts":[4,'), lines[3]].join('\n')),
    ],
    ['one character of the texts changed', raw((lines) => [lines[0], lines[1], lines[2], lines[3]!.replace('first letter', 'first lettex')].join('\n'))],
    ['JSON of the wrong shape', forged((lines) => [lines[0]!, '', '{"roadmap":{"ids":[1,2]},"warnings":[]}', '{}'])],
    ['a title that is not a string', forged((lines) => [lines[0]!, '', lines[2]!.replace('"Alpha"', '42'), lines[3]!])],
    ['child counts that do not add up', forged((lines) => [lines[0]!, '', lines[2]!.replace('"childCounts":[3,', '"childCounts":[9,'), lines[3]!])],
    ['the same id twice', forged((lines) => [lines[0]!, '', lines[2]!.replace('"beta"', '"alpha"'), lines[3]!])],
    [
      'another mlroad version in the key',
      forged((lines) => [lines[0]!.replace(/"mlroad":"[^"]*"/, '"mlroad":"0.0.0-other"'), '', lines[2]!.replace('"Alpha"', '"Stale"'), lines[3]!]),
    ],
    [
      'another cache format in the key',
      forged((lines) => [lines[0]!.replace(/"format":\d+/, '"format":1'), '', lines[2]!.replace('"Alpha"', '"Stale"'), lines[3]!]),
    ],
  ])('ignores and rewrites an entry with %s', async (_what, damage) => {
    const f = writeRoadmap(DESCRIBED);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    const good = entryLines(cacheDir, f);
    damage(cacheDir, f, good);
    expect(entryLines(cacheDir, f)).not.toEqual(good);
    const { roadmap } = loadRoadmap(f, { dir: cacheDir, clock: settled });
    expect(roadmap.all.map((t) => t.id)).toEqual(['basics', 'alpha', 'beta', 'gamma', 'advanced', 'delta', 'epsilon', 'zeta']);
    expect(roadmap.topics.map((t) => t.children.length)).toEqual([3, 3]);
    expect(roadmap.byId.get('alpha')!.title).toBe('Alpha');
    expect(roadmap.byId.get('alpha')!.description).toContain('ünïcödé');
    expect(entryLines(cacheDir, f)).toEqual(good);
  });

  it('takes damaged texts from the file itself, and rewrites the entry', async () => {
    const f = writeRoadmap(DESCRIBED);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    const good = entryLines(cacheDir, f);
    forge(cacheDir, f, [good[0]!, '', good[2]!, '{"descriptions": "broken"}']);
    const { roadmap } = loadRoadmap(f, { dir: cacheDir, clock: settled });
    expect(roadmap.byId.get('alpha')!.title).toBe('Alpha'); // the core came from the entry
    expect(roadmap.byId.get('alpha')!.description).toBe('The first letter, ünïcödé 😀 included.');
    expect(entryLines(cacheDir, f)).toEqual(good);
  });

  it('ignores an entry it cannot read (a directory in its place) and works without one', async () => {
    const f = writeRoadmap(SMALL_ROADMAP);
    mkdirSync(cacheFileFor(cacheDir, f));
    expect(loadRoadmap(f, { dir: cacheDir, clock: settled }).roadmap.leaves).toHaveLength(6);
    expect(loadRoadmap(f, { dir: join(f, 'not-a-dir'), clock: settled }).roadmap.leaves).toHaveLength(6);
  });

  it('drops the entries of roadmap files that no longer exist (and stale temp files) when it writes one', async () => {
    const dir = join(tempDir(), 'mlroad');
    const gone = writeRoadmap(SMALL_ROADMAP);
    const stays = writeRoadmap(SMALL_ROADMAP);
    const next = writeRoadmap(SMALL_ROADMAP);
    loadRoadmap(gone, { dir: dir, clock: settled });
    loadRoadmap(stays, { dir: dir, clock: settled });
    const stale = join(dir, 'roadmap-0000000000000000.json.123.abc.tmp');
    writeFileSync(stale, 'half');
    utimesSync(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const fresh = join(dir, 'roadmap-0000000000000000.json.456.def.tmp');
    writeFileSync(fresh, 'a writer at work');
    rmSync(gone);
    loadRoadmap(next, { dir: dir, clock: settled });
    expect(existsSync(cacheFileFor(dir, gone))).toBe(false);
    expect(existsSync(cacheFileFor(dir, stays))).toBe(true);
    expect(existsSync(cacheFileFor(dir, next))).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('never stores an invalid roadmap: every load reports its problems with their positions', async () => {
    const f = writeRoadmap(`${SMALL_ROADMAP}  - title: ""\n`);
    for (let i = 0; i < 2; i++) {
      try {
        loadRoadmap(f, { dir: cacheDir, clock: settled });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(RoadmapError);
        expect((error as RoadmapError).problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toContain('25:12: title must not be empty');
      }
    }
    expect(existsSync(cacheFileFor(cacheDir, f))).toBe(false);
  });
});

describe('the cache directory', () => {
  it('is $XDG_CACHE_HOME/mlroad, else ~/.cache/mlroad, and never the config dir or inside it', () => {
    const where = (env: Record<string, string>) => ({ env, cwd: '/work', homedir: '/home/u' });
    expect(roadmapCacheDir('/home/u/.config/mlroad', where({ XDG_CACHE_HOME: '/var/cache/u' }))).toBe('/var/cache/u/mlroad');
    expect(roadmapCacheDir('/home/u/.config/mlroad', where({}))).toBe('/home/u/.cache/mlroad');
    expect(roadmapCacheDir('/x/mlroad', where({ XDG_CACHE_HOME: '/x' }))).toBeNull();
    expect(roadmapCacheDir('/x', where({ XDG_CACHE_HOME: '/x/cache' }))).toBeNull();
    expect(roadmapCacheDir('/x/mlroad-config', where({ XDG_CACHE_HOME: '/x' }))).toBe('/x/mlroad');
    // A relative XDG_CACHE_HOME is taken from the working directory.
    expect(roadmapCacheDir('/home/u/.config/mlroad', where({ XDG_CACHE_HOME: 'cache' }))).toBe('/work/cache/mlroad');
  });

  it('the CLI keeps entries in the cache dir and only state in the config dir', async () => {
    const home = tempDir();
    const f = writeRoadmap(SMALL_ROADMAP);
    const env = { HOME: home, XDG_CACHE_HOME: undefined, XDG_CONFIG_HOME: undefined, MLROAD_CONFIG_DIR: undefined };
    expect((await mlroad(['--roadmap', f, 'done', 'alpha'], { env, home, clock: settled })).code).toBe(0);
    expect((await mlroad(['--roadmap', f, 'next'], { env, home, clock: settled })).code).toBe(0);
    expect(readdirSync(join(home, '.cache', 'mlroad')).filter((n) => n.startsWith('roadmap-'))).toHaveLength(1);
    expect(readdirSync(join(home, '.config', 'mlroad')).filter((n) => n.startsWith('roadmap-'))).toEqual([]);
    // A cache home that would put entries in the config dir: no cache at all, and it still works.
    const shared = tempDir();
    const env2 = { MLROAD_CONFIG_DIR: join(shared, 'mlroad'), XDG_CACHE_HOME: shared };
    expect((await mlroad(['--roadmap', f, 'done', 'beta'], { env: env2, clock: settled })).code).toBe(0);
    expect((await mlroad(['--roadmap', f, 'next'], { env: env2, clock: settled })).code).toBe(0);
    expect(readdirSync(join(shared, 'mlroad')).filter((n) => n.startsWith('roadmap-'))).toEqual([]);
  });
});

describe('deleting the cache', () => {
  it('changes nothing but speed: every command prints the same with a warm, a missing or a damaged cache', async () => {
    const f = writeRoadmap(DESCRIBED);
    const cacheHome = tempDir();
    const env = { MLROAD_CONFIG_DIR: tempDir(), XDG_CACHE_HOME: cacheHome, MLROAD_NOW: '2026-03-01T09:00:00Z' };
    expect((await mlroad(['--roadmap', f, 'start', 'beta'], { env, clock: settled })).code).toBe(0);
    const commands = [
      ['next', '-n', '3'],
      ['next', '--json'],
      ['progress'],
      ['progress', '--json'],
      ['progress', '--short'],
      ['tree', '--json'],
      ['show', 'alpha'],
      ['show', '1.1', '--json'],
      ['validate', f],
    ];
    const outputs = async () => Promise.all(commands.map(async (c) => mlroad(['--roadmap', f, ...c], { env, clock: settled })));
    const warm = await outputs();
    const entries = readdirSync(join(cacheHome, 'mlroad'));
    expect(entries).toHaveLength(1);
    rmSync(join(cacheHome, 'mlroad'), { recursive: true });
    const cold = await outputs();
    expect(existsSync(join(cacheHome, 'mlroad', entries[0]!))).toBe(true); // rewritten
    writeFileSync(join(cacheHome, 'mlroad', entries[0]!), 'damaged');
    const damaged = await outputs();
    for (const [i, c] of commands.entries()) {
      expect(warm[i]!.code, c.join(' ')).toBe(0);
      expect(cold[i], c.join(' ')).toEqual(warm[i]);
      expect(damaged[i], c.join(' ')).toEqual(warm[i]);
    }
    expect(warm[7]!.stdout).toContain('ünïcödé');
  });
});
