// The edges of issue 12 that a command shows: reviews under any clock, undo
// bringing review cards back, far-future dates refused on import, private
// exports, doctor --unlock, a config dir that cannot be made, and paths
// printed through the sanitiser.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { startTimeOf } from '../../src/store/processes.js';
import { StateStore } from '../../src/store/state-store.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { mlroad, SMALL_ROADMAP, tempDir, testHost, writeRoadmap } from '../helpers.js';
import { KEY, start, type Harness } from '../tui/helpers.js';

let dir: string;
let roadmap: string;
const run = (args: string[], when = '2026-03-01T09:00:00Z', configDir = dir) =>
  mlroad(['--roadmap', roadmap, ...args], { configDir, env: { MLROAD_NOW: when } });
const record = (id: string) => JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).roadmaps.small.topics[id];

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('reviews under any clock', () => {
  it('a rating with the clock behind the last review is recorded as no time elapsed, not an internal error', async () => {
    await run(['done', 'alpha'], '2026-03-10T09:00:00Z');
    expect((await run(['review', 'alpha', '--rating', 'good'], '2026-03-20T09:00:00Z')).code).toBe(0);
    const card = record('alpha').card;
    const back = await run(['review', 'alpha', '--rating', 'good'], '2026-03-05T09:00:00Z'); // 15 days behind
    expect(back.stderr).toBe('');
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('Reviewed 1.1 Alpha: good');
    const after = record('alpha');
    expect(after.reviews).toHaveLength(2);
    expect(after.reviews[1].at).toBe('2026-03-05T09:00:00.000Z'); // when it was said to happen
    expect(after.card.last_review).toBe(card.last_review); // counted from the last review
    expect(Date.parse(after.card.due)).toBeGreaterThan(Date.parse(card.last_review));
    // The wait it reports is from now, as the learner counts it.
    expect(after.reviews[1].interval).toBe(Math.round((Date.parse(after.card.due) - Date.parse('2026-03-05T09:00:00Z')) / 86_400_000));
    expect(after.reviews[1].interval).toBe(41); // 2026-03-05 to 2026-04-15, not the 26 days after the last review
    expect(back.stdout).toContain('next review in 1.3 months (2026-04-15)');
  });

  it('also in the browser: the preview of a card reviewed "in the future" opens', async () => {
    const store = new StateStore(dir, testHost());
    await run(['done', 'alpha'], '2026-02-01T09:00:00Z');
    await run(['review', 'alpha', '--rating', 'good'], '2026-04-01T09:00:00Z');
    const h: Harness = await start({ roadmap: loadRoadmap(roadmap).roadmap, store, clock: () => new Date('2026-03-01T09:00:00Z') });
    try {
      await h.press('g', 'l'); // 1.1 Alpha
      await h.until(() => /1\.1 Alpha/.test(h.cursorLine()));
      await h.press('r');
      await h.until((f) => f.includes('Q: What is "Alpha" about'));
      await h.press(KEY.enter);
      const revealed = await h.until((f) => /3 Good \d/.test(f)); // each rating with its wait: the preview worked
      expect(revealed).not.toMatch(/delta_t|internal error/i);
      await h.press('3');
      await h.until((f) => f.includes('Reviewed 1.1 Alpha: good'));
    } finally {
      h.unmount();
    }
  });
});

describe('undo restores review cards (notes untouched)', () => {
  it('reset then undo: the card comes back as it was, with its reviews', async () => {
    await run(['done', 'alpha'], '2026-03-01T09:00:00Z');
    await run(['review', 'alpha', '--rating', 'good'], '2026-03-04T09:00:00Z');
    await run(['review', 'alpha', '--rating', 'good'], '2026-03-20T09:00:00Z');
    await run(['note', 'alpha', 'keep me'], '2026-03-20T10:00:00Z');
    const card = record('alpha').card;
    expect(card.reps).toBeGreaterThanOrEqual(2);
    await run(['reset', 'alpha'], '2026-03-21T09:00:00Z');
    expect(record('alpha').card).toBeUndefined();
    const undo = await run(['undo'], '2026-03-21T09:01:00Z');
    expect(undo.code).toBe(0);
    expect(record('alpha').status).toBe('done');
    expect(record('alpha').card).toEqual(card); // stability, reps, due: all as before
    expect(record('alpha').reviews).toHaveLength(2);
    expect(record('alpha').notes.map((n: { text: string }) => n.text)).toEqual(['keep me']);
  });

  it('skip then undo: the card is resumed as it was (not suspended, not new)', async () => {
    await run(['done', 'basics'], '2026-03-01T09:00:00Z');
    await run(['review', 'beta', '--rating', 'easy'], '2026-03-05T09:00:00Z');
    const card = record('beta').card;
    await run(['skip', 'basics'], '2026-03-06T09:00:00Z');
    expect(record('beta').card.suspended).toBe(true);
    await run(['undo'], '2026-03-06T09:01:00Z');
    expect(record('beta').card).toEqual(card);
  });

  it('the browser’s z brings the card back too', async () => {
    await run(['done', 'alpha'], '2026-03-01T09:00:00Z');
    await run(['review', 'alpha', '--rating', 'good'], '2026-03-04T09:00:00Z');
    const card = record('alpha').card;
    const store = new StateStore(dir, testHost());
    const h = await start({ roadmap: loadRoadmap(roadmap).roadmap, store, clock: () => new Date('2026-03-05T09:00:00Z') });
    try {
      await h.press('g', 'l');
      await h.until(() => /1\.1 Alpha/.test(h.cursorLine()));
      await h.press(KEY.space); // done → pending: the card is removed
      await h.until((f) => f.includes('Marked 1.1 Alpha pending'));
      expect(record('alpha').card).toBeUndefined();
      await h.press('z');
      await h.until((f) => f.includes('↶ Undid 1.1 Alpha'));
      expect(record('alpha').card).toEqual(card);
    } finally {
      h.unmount();
    }
  });
});

interface Doc {
  topics: {
    alpha: { reviews: { at: string }[]; card: { last_review: string; due: string }; history: { at: string }[]; notes?: { at: string; text: string }[] };
  };
}

describe('import refuses dates from the far future', () => {
  const exportWith = async (change: (doc: Doc) => void) => {
    await run(['done', 'alpha']);
    await run(['review', 'alpha', '--rating', 'good'], '2026-03-04T09:00:00Z');
    const file = join(tempDir(), 'export.json');
    await run(['export', '-o', file], '2026-03-04T09:00:00Z');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Doc;
    change(doc);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  };

  it.each([
    [
      'a review stamped 9999-12-31',
      (d: Doc) => (d.topics.alpha.reviews[0]!.at = '9999-12-31T00:00:00.000Z'),
      'topics["alpha"].reviews[0].at 9999-12-31T00:00:00.000Z is in the future',
    ],
    [
      'a card last reviewed in 9999',
      (d: Doc) => (d.topics.alpha.card.last_review = '9999-12-31T00:00:00.000Z'),
      'topics["alpha"].card.last_review 9999-12-31T00:00:00.000Z is in the future',
    ],
    [
      'a card due in 9999',
      (d: Doc) => (d.topics.alpha.card.due = '9999-12-31T00:00:00.000Z'),
      'topics["alpha"].card.due 9999-12-31T00:00:00.000Z is more than a year after its last review',
    ],
    [
      'a history entry next year',
      (d: Doc) => (d.topics.alpha.history[0]!.at = '2027-06-01T00:00:00.000Z'),
      'topics["alpha"].history[0].at 2027-06-01T00:00:00.000Z is in the future',
    ],
    [
      'a note next year',
      (d: Doc) => (d.topics.alpha.notes = [{ at: '2027-06-01T00:00:00.000Z', text: 'x' }]),
      'topics["alpha"].notes[0].at 2027-06-01T00:00:00.000Z is in the future',
    ],
  ])('%s: exit 2, nothing imported', async (_name, change, message) => {
    const file = await exportWith(change);
    const fresh = tempDir();
    const r = await run(['import', file], '2026-03-05T09:00:00Z', fresh);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("this machine's clock says 2026-03-05T09:00:00.000Z".slice(0, message.includes('more than') ? 0 : undefined));
    expect(existsSync(join(fresh, 'state.json'))).toBe(false);
  });

  it('a clock a few hours ahead on the other machine is fine', async () => {
    const file = await exportWith((d: Doc) => (d.topics.alpha.reviews[0]!.at = '2026-03-05T15:00:00.000Z'));
    expect((await run(['import', file], '2026-03-05T09:00:00Z', tempDir())).code).toBe(0);
  });
});

describe('export -o', () => {
  it('is private (0600) like the state it copies, also over an existing 0644 file', async () => {
    await run(['note', 'alpha', 'private thoughts']);
    const out = join(tempDir(), 'progress.json');
    writeFileSync(out, 'old', { mode: 0o644 });
    for (const format of ['json', 'markdown', 'csv']) {
      expect((await run(['export', '--format', format, '-o', out])).code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(0o600);
    }
  });
});

describe('doctor and the lock', () => {
  let holder: ChildProcess | undefined;
  afterEach(() => holder?.kill('SIGKILL'));

  it('doctor names a live holder and how to remove its lock; --unlock removes it', async () => {
    holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
    const lock = join(dir, 'state.json.lock');
    writeFileSync(
      lock,
      JSON.stringify({ pid: holder.pid, host: hostname(), start: startTimeOf(holder.pid!), token: 'abc', at: Date.parse('2026-03-01T08:00:00Z') }),
    );
    const report = await run(['doctor']);
    expect(report.stdout).toContain(`! lock     ${lock} is held by mlroad process ${holder.pid}, since 2026-03-01T08:00:00.000Z; if no mlroad is running`);
    expect(report.stdout).toContain('mlroad doctor --unlock');
    const json = JSON.parse((await run(['doctor', '--json'])).stdout);
    expect(json.lock).toMatchObject({ file: lock, pid: holder.pid, stale: false });
    const unlock = await run(['doctor', '--unlock']);
    expect(unlock.code).toBe(0);
    expect(unlock.stdout).toContain(`✓ Removed ${lock} (held by mlroad process ${holder.pid}`);
    expect(unlock.stderr).toContain(`process ${holder.pid} still runs`);
    expect(existsSync(lock)).toBe(false);
    expect((await run(['doctor', '--unlock'])).stdout).toContain('No lock to remove');
    expect((await run(['done', 'alpha'])).code).toBe(0);
  });

  it('a lock left by a process that is gone is reported as such (the next write removes it)', async () => {
    const lock = join(dir, 'state.json.lock');
    writeFileSync(lock, '');
    expect((await run(['doctor'])).stdout).toContain(
      `${lock} was left by no process (the lock file is empty or damaged), which is gone; the next write removes it`,
    );
    expect((await run(['done', 'alpha'])).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});

describe('a config dir that cannot be made', () => {
  it.each([
    ['/proc/mlroad', 'this file system does not allow new directories there'],
    ['/dev/null/mlroad', 'a part of the path is not a directory'],
  ])('%s: exit 1 at once with the cause', async (configDir, cause) => {
    const r = await mlroad(['--roadmap', roadmap, 'done', 'alpha'], { configDir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`mlroad: cannot create the config directory ${configDir}: ${cause}\n`);
  });
});

describe('paths are printed through the sanitiser', () => {
  it('a file name with escape sequences never reaches the terminal raw', async () => {
    const evil = join(tempDir(), 'p\u001b]0;pwned\u0007\u001b[31m.json');
    const exp = await run(['export', '-o', evil]);
    expect(exp.code).toBe(0);
    expect(exp.stdout).not.toMatch(/\u001b|\u0007/);
    const imp = await run(['import', evil]);
    expect(imp.code).toBe(0);
    expect(imp.stdout).not.toMatch(/\u001b|\u0007/);
    const bad = join(tempDir(), 'r\u001b[2Joadmap.yaml');
    writeFileSync(bad, 'id: x\ntitle: X\ntopics: []\n');
    const val = await mlroad(['validate', bad], { configDir: dir });
    expect(val.code).toBe(2);
    expect(val.stdout + val.stderr).not.toMatch(/\u001b/);
    const good = join(tempDir(), 'g\u001b[2Joadmap.yaml');
    writeFileSync(good, SMALL_ROADMAP);
    const valid = await mlroad(['validate', good], { configDir: dir });
    expect(valid.code).toBe(0);
    expect(valid.stdout).not.toMatch(/\u001b/);
  });
});
