// The parse cache (src/store/roadmap-cache.ts): an unchanged file is served from it,
// any change to the file is seen, a damaged or crafted entry is ignored and
// rewritten (its ids are checked as a roadmap file's are), invalid files are
// never stored, it lives outside the config dir, and deleting it changes
// nothing but speed.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RoadmapError } from '../../src/core/errors.js';
import { buildModel, FlatRoadmapError, type RoadmapColumns } from '../../src/core/roadmap/model.js';
import { cacheFileFor, entryBytes, readCache, roadmapCacheDir, SETTLE_MS, stampOf } from '../../src/store/roadmap-cache.js';
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
const IDS = ['basics', 'alpha', 'beta', 'gamma', 'advanced', 'delta', 'epsilon', 'zeta'];

/** The columns and warnings of the entry of `file` as mlroad reads them (the entry must be current). */
function entryOf(cacheDir: string, file: string) {
  const hit = readCache(cacheDir, file, stampOf(file)!);
  if (!hit) throw new Error('no usable entry');
  return hit;
}

/** The columns of an entry, with some of them replaced. */
function changed(columns: RoadmapColumns, change: Partial<RoadmapColumns>): RoadmapColumns {
  return { ...columns, ...change, texts: change.texts ?? ((i) => columns.texts(i)), indexOf: change.indexOf ?? ((id) => columns.indexOf(id)) };
}
const ids = (list: string[]) => ({ get: (i: number) => list[i]! });

/**
 * Writes an entry as mlroad would (its own encoder, the file's current key):
 * only the checks of what it holds can then refuse it.
 */
function forge(cacheDir: string, file: string, change: (columns: RoadmapColumns) => RoadmapColumns) {
  const { columns, warnings } = entryOf(cacheDir, file);
  writeFileSync(cacheFileFor(cacheDir, file), entryBytes(stampOf(file)!.key, { columns: change(columns), warnings }));
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
    forge(cacheDir, file, (c) => changed(c, { titles: { get: (i) => (i === 1 ? 'Alpha (from the cache)' : c.titles.get(i)) } }));
    const second = loadRoadmap(file, { dir: cacheDir, clock: settled }).roadmap;
    expect(second.byId.get('alpha')!.title).toBe('Alpha (from the cache)');
    const shape = (r: typeof first) => r.all.map((t) => [t.id, t.number, t.depth, t.leafStart, t.leafEnd, t.estimateHours, t.requires, t.parent?.id]);
    expect(shape(second)).toEqual(shape(first));
    // Texts come from the entry too, non-ASCII included.
    expect(second.byId.get('alpha')!.description).toBe('The first letter, ünïcödé 😀 included.');
    expect(second.byId.get('alpha')!.questions).toEqual(['Why first?']);
    // Atomic writes: nothing but entries is left in the directory.
    expect(readdirSync(cacheDir).filter((f) => !/^roadmap-[0-9a-f]{16}\.json$/.test(f))).toEqual([]);
  });

  it('answers ids and outline numbers without making every topic, and the same object each time', () => {
    const { roadmap } = loadRoadmap(file, { dir: cacheDir, clock: settled });
    expect(roadmap.size).toBe(8);
    expect(roadmap.leafCount).toBe(6);
    expect(roadmap.indexOf('delta')).toBe(5);
    expect(roadmap.byNumber.get('2.1')).toBe(roadmap.byId.get('delta'));
    expect(roadmap.byNumber.get('2.1')!.requires).toEqual(['gamma']);
    expect(roadmap.leafAt(5).id).toBe('zeta');
    expect(roadmap.topicAt(2)).toBe(roadmap.byId.get('beta'));
    for (const missing of ['__proto__', 'constructor', 'toString', 'ALPHA', 'alph', 'alphaa', 'ünï']) expect(roadmap.byId.get(missing)).toBeUndefined();
    for (const missing of ['0', '3', '1.4', '01', '1.01', '1.1.1', '', '1.', 'x']) expect(roadmap.byNumber.get(missing)).toBeUndefined();
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

  type Damage = (cacheDir: string, f: string) => void;
  const raw =
    (change: (bytes: Buffer) => Buffer | string): Damage =>
    (dir, f) =>
      writeFileSync(cacheFileFor(dir, f), change(readFileSync(cacheFileFor(dir, f))));
  const forged =
    (change: (c: RoadmapColumns) => RoadmapColumns): Damage =>
    (dir, f) =>
      forge(dir, f, change);
  const withIds = (list: string[]) => forged((c) => changed(c, { ids: ids(list), indexOf: (id) => list.indexOf(id) }));
  const withId = (id: string) => withIds(IDS.map((x) => (x === 'beta' ? id : x)));
  it.each<[string, Damage]>([
    ['garbage bytes', raw(() => '\u0000\u00ff not an entry at all')],
    ['an empty file', raw(() => '')],
    ['a cut-off entry', raw((b) => b.subarray(0, b.length - 40))],
    ['a byte too many', raw((b) => Buffer.concat([b, Buffer.from('x')]))],
    ['a leaf count of 0', forged((c) => changed(c, { leafCount: 0 }))],
    ['a leaf count above the topic count', forged((c) => changed(c, { leafCount: 9 }))],
    ['an exercise on a section', forged((c) => changed(c, { exercised: Int32Array.from([0]) }))],
    ['exercises out of order', forged((c) => changed(c, { exercised: Int32Array.from([2, 1]) }))],
    ['an id with capitals', withId('Beta')],
    ['an id with a space', withId('be ta')],
    ['an id that is shell code', withId('$(touch pwned)')],
    ['an id "__proto__"', withId('__proto__')],
    ['an id starting with a dash', withId('-beta')],
    ['an empty id', withId('')],
    ['an id of 2,000 characters', withId('b'.repeat(2000))],
    [
      'another mlroad version in the key',
      (dir, f) =>
        writeFileSync(cacheFileFor(dir, f), readFileSync(cacheFileFor(dir, f), 'latin1').replace(/"mlroad":"[^"]*"/, '"mlroad":"0.0.0-other"'), 'latin1'),
    ],
    [
      'another cache format in the key',
      (dir, f) => writeFileSync(cacheFileFor(dir, f), readFileSync(cacheFileFor(dir, f), 'latin1').replace(/"format":\d+/, '"format":1'), 'latin1'),
    ],
  ])('ignores and rewrites an entry with %s', async (_what, damage) => {
    const f = writeRoadmap(DESCRIBED);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    const good = readFileSync(cacheFileFor(cacheDir, f));
    damage(cacheDir, f);
    expect(readFileSync(cacheFileFor(cacheDir, f))).not.toEqual(good);
    // Refused by the entry's checks, or by the model's.
    const hit = readCache(cacheDir, f, stampOf(f)!);
    if (hit) expect(() => buildModel(hit.columns, f)).toThrow(FlatRoadmapError);
    const { roadmap } = loadRoadmap(f, { dir: cacheDir, clock: settled });
    expect(roadmap.all.map((t) => t.id)).toEqual(IDS);
    expect(roadmap.topics.map((t) => t.children.length)).toEqual([3, 3]);
    expect(roadmap.byId.get('alpha')!.title).toBe('Alpha');
    expect(roadmap.byId.get('beta')!.estimateHours).toBe(1.5);
    expect(roadmap.byId.get('alpha')!.description).toContain('ünïcödé');
    expect(readFileSync(cacheFileFor(cacheDir, f))).toEqual(good);
  });

  it('checks what only shows when it is read: a prerequisite outside the roadmap is left out, an estimate that is no time is none', () => {
    const f = writeRoadmap(DESCRIBED);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    forge(cacheDir, f, (c) =>
      changed(c, {
        requireTargets: Int32Array.from([8]),
        hours: Float64Array.from(c.hours, (h, i) => (i === 1 ? -2 : i === 2 ? Infinity : h)),
      }),
    );
    const { roadmap } = loadRoadmap(f, { dir: cacheDir, clock: settled });
    expect(roadmap.byId.get('delta')!.requires).toEqual([]);
    expect(roadmap.byId.get('alpha')!.estimateHours).toBeNull();
    expect(roadmap.byId.get('beta')!.estimateHours).toBeNull();
    expect(Array.from(roadmap.leafHours.subarray(0, 2))).toEqual([NaN, NaN]);
  });

  it.each([
    ['empty', ''],
    ['1,000 characters long', 'B'.repeat(1000)],
  ])('takes a title found %s when read from the file itself, and rewrites the entry', async (_what, bad) => {
    const f = writeRoadmap(DESCRIBED);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    const good = readFileSync(cacheFileFor(cacheDir, f));
    forge(cacheDir, f, (c) => changed(c, { titles: { get: (i) => (i === 2 ? bad : c.titles.get(i)) } }));
    const { roadmap } = loadRoadmap(f, { dir: cacheDir, clock: settled });
    expect(roadmap.byId.get('alpha')!.title).toBe('Alpha');
    expect(roadmap.byId.get('beta')!.title).toBe('Beta');
    expect(readFileSync(cacheFileFor(cacheDir, f))).toEqual(good);
  });

  it('takes damaged texts from the file itself, and rewrites the entry', async () => {
    const f = writeRoadmap(DESCRIBED);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    const good = readFileSync(cacheFileFor(cacheDir, f));
    // Texts of the wrong shape, written by the encoder: caught when they are read.
    forge(cacheDir, f, (c) => changed(c, { texts: (i) => (i === 1 ? { ...c.texts(i), questions: [42 as unknown as string] } : c.texts(i)) }));
    const { roadmap } = loadRoadmap(f, { dir: cacheDir, clock: settled });
    expect(roadmap.byId.get('alpha')!.title).toBe('Alpha'); // the columns came from the entry
    expect(roadmap.byId.get('alpha')!.questions).toEqual(['Why first?']);
    expect(roadmap.byId.get('alpha')!.description).toBe('The first letter, ünïcödé 😀 included.');
    expect(readFileSync(cacheFileFor(cacheDir, f))).toEqual(good);
  });

  it("reads a topic's texts from the entry it was loaded from, even once that entry is replaced", async () => {
    const f = writeRoadmap(DESCRIBED);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    const { roadmap } = loadRoadmap(f, { dir: cacheDir, clock: settled });
    // Another process replaces the entry (new texts) before this one reads a description.
    forge(cacheDir, f, (c) => changed(c, { texts: (i) => (i === 1 ? { ...c.texts(i), description: 'Replaced.' } : c.texts(i)) }));
    expect(roadmap.byId.get('alpha')!.description).toBe('The first letter, ünïcödé 😀 included.');
  });

  it("trusts only its user's private entries: one that others can write, or that another user owns, is a miss", () => {
    const f = writeRoadmap(SMALL_ROADMAP);
    loadRoadmap(f, { dir: cacheDir, clock: settled });
    const marked = (c: RoadmapColumns) => changed(c, { titles: { get: (i) => (i === 1 ? 'Forged' : c.titles.get(i)) } });
    forge(cacheDir, f, marked);
    const me = process.getuid?.();
    expect(loadRoadmap(f, { dir: cacheDir, clock: settled, owner: me }).roadmap.byId.get('alpha')!.title).toBe('Forged');
    if (me !== undefined) expect(loadRoadmap(f, { dir: cacheDir, clock: settled, owner: me + 1 }).roadmap.byId.get('alpha')!.title).toBe('Alpha');
    forge(cacheDir, f, marked);
    chmodSync(cacheFileFor(cacheDir, f), 0o666);
    expect(loadRoadmap(f, { dir: cacheDir, clock: settled, owner: me }).roadmap.byId.get('alpha')!.title).toBe('Alpha');
    expect(statSync(cacheFileFor(cacheDir, f)).mode & 0o777).toBe(0o600); // rewritten
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

describe('a crafted entry, through the commands', () => {
  // The tree is not checked when the entry is read (see src/core/roadmap/model.ts): each topic is, when made.
  const WIDE = `id: wide\ntitle: Wide\ntopics:\n${[1, 2, 3]
    .map((s) => `  - title: S${s}\n    children:\n${Array.from({ length: 40 }, (_, l) => `      - title: T ${s} ${l}\n        estimate: 1h\n`).join('')}`)
    .join('')}`;
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  it.each<[string, (n: number) => Partial<RoadmapColumns>]>([
    ['subtree ends that never move forward', (n) => ({ end: new Int32Array(n) })],
    ['subtree ends past the end', (n) => ({ end: new Int32Array(n).fill(n + 5) })],
    [
      'every topic the child of the one before (a chain 123 deep)',
      (n) => ({ parent: Int32Array.from({ length: n }, (_, i) => i - 1), end: new Int32Array(n).fill(n) }),
    ],
    ['parents after their children', (n) => ({ parent: Int32Array.from({ length: n }, (_, i) => (i + 1) % n) })],
    ['leaf counts out of order', (n) => ({ leafStart: Int32Array.from({ length: n }, (_, i) => (n - i) * 3) })],
    [
      'random numbers',
      (n) => ({
        parent: Int32Array.from({ length: n }, () => Math.floor(random() * 2 * n) - n),
        end: Int32Array.from({ length: n }, () => Math.floor(random() * 2 * n) - 5),
        leafStart: Int32Array.from({ length: n }, () => Math.floor(random() * 2 * n) - 5),
      }),
    ],
  ])('with %s: every command answers, none crashes or hangs', async (_what, tree) => {
    const f = writeRoadmap(WIDE);
    const cacheHome = tempDir();
    const env = { MLROAD_CONFIG_DIR: tempDir(), XDG_CACHE_HOME: cacheHome, MLROAD_NOW: '2026-03-01T09:00:00Z' };
    expect((await mlroad(['--roadmap', f, 'done', 't-1-3'], { env, clock: settled })).code).toBe(0);
    forge(join(cacheHome, 'mlroad'), f, (c) => changed(c, tree(c.parent.length)));
    const forged = readFileSync(cacheFileFor(join(cacheHome, 'mlroad'), f));
    for (const args of [
      ['next', '-n', '5'],
      ['progress', '--depth', '3'],
      ['progress', '--json'],
      ['tree'],
      ['tree', '--json'],
      ['show', '2.1'],
      ['__complete', 'topics'],
      ['done', 't-2-5'],
      ['stats'],
      ['export'],
    ]) {
      const r = await mlroad(['--roadmap', f, ...args], { env, clock: settled });
      expect(r.stderr, args.join(' ')).not.toMatch(/internal error/);
      expect([0, 2], args.join(' ')).toContain(r.code);
    }
    expect(readFileSync(cacheFileFor(join(cacheHome, 'mlroad'), f)), 'the commands ran on the crafted entry').toEqual(forged);
  });

  it('never puts a non-slug id into the completion word list, and "__proto__" never crashes done', async () => {
    const f = writeRoadmap(SMALL_ROADMAP);
    const cacheHome = tempDir();
    const env = { MLROAD_CONFIG_DIR: tempDir(), XDG_CACHE_HOME: cacheHome };
    expect((await mlroad(['--roadmap', f, 'next'], { env, clock: settled })).code).toBe(0);
    const dir = join(cacheHome, 'mlroad');
    for (const id of ['$(touch pwned)', '`id`', '__proto__', 'a;b']) {
      forge(dir, f, (c) =>
        changed(c, { ids: ids(IDS.map((x) => (x === 'beta' ? id : x))), indexOf: (x) => IDS.map((y) => (y === 'beta' ? id : y)).indexOf(x) }),
      );
      const words = await mlroad(['--roadmap', f, '__complete', 'topics'], { env, clock: settled });
      expect(words.code).toBe(0);
      expect(words.stdout).not.toContain(id);
      expect(words.stdout.split('\n').map((l) => l.split('\t')[0])).toContain('beta');
      const done = await mlroad(['--roadmap', f, 'done', '__proto__'], { env, clock: settled });
      expect(done.stderr).not.toMatch(/internal error/);
      expect(done.code).toBe(2);
    }
  });

  it('a leaf whose id is "constructor" works from the cache as from the file', async () => {
    const f = writeRoadmap(
      SMALL_ROADMAP.replace('title: Gamma Rays\n        id: gamma', 'title: Constructor').replace('requires: [gamma]', 'requires: [constructor]'),
    );
    const env = { MLROAD_CONFIG_DIR: tempDir(), XDG_CACHE_HOME: tempDir(), MLROAD_NOW: '2026-03-01T09:00:00Z' };
    const run = (...args: string[]) => mlroad(['--roadmap', f, ...args], { env, clock: settled });
    expect((await run('next')).code).toBe(0); // parsed, then stored
    const done = await run('done', 'constructor');
    expect(done.code, done.stderr).toBe(0);
    const progress = JSON.parse((await run('progress', '--json')).stdout);
    expect(progress.done).toBe(1);
    expect((await run('show', 'constructor', '--json')).stdout).toContain('"status": "done"');
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
