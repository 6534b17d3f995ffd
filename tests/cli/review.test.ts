// `mlroad review`: days pass by setting later MLROAD_NOW values; the schedule
// is read back from review --json and the state file. (The interactive
// session in a real terminal is in tests/process/review-tmux.test.ts.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

const QUESTIONS = SMALL_ROADMAP.replace(
  '        estimate: 2h\n',
  '        estimate: 2h\n        description: Alpha is the first letter.\n        questions: [What comes first?, Why alpha?]\n',
);
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T09:00:00Z');
const day = (d: number) => new Date(T0 + d * DAY).toISOString();

let dir: string;
let roadmap: string;
/** mlroad on the small roadmap, `d` days after T0 (or at an ISO time). */
const at = (d: number | string, ...args: string[]) =>
  mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: typeof d === 'number' ? day(d) : d } });
const json = async (d: number | string, ...args: string[]) => {
  const r = await at(d, ...args, '--json');
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return JSON.parse(r.stdout);
};
const stateFile = () => join(dir, 'state.json');
const record = (id: string) => JSON.parse(readFileSync(stateFile(), 'utf8')).roadmaps.small.topics[id];
const daysTo = (iso: string, from: number) => (Date.parse(iso) - (T0 + from * DAY)) / DAY;

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(QUESTIONS);
});

describe('a topic marked done', () => {
  it('gets its first review 1 to 14 days later and stays out of next until then', async () => {
    await at(0, 'done', 'alpha');
    const card = record('alpha').card;
    expect(daysTo(card.due, 0)).toBeGreaterThanOrEqual(1);
    expect(daysTo(card.due, 0)).toBeLessThanOrEqual(14);
    expect(await json(0, 'review')).toEqual([]);
    expect((await json(0, 'next'))[0]).toMatchObject({ id: 'beta', kind: 'study' });
    const firstDue = daysTo(card.due, 0);
    expect(await json(firstDue - 0.01, 'review')).toEqual([]);
    expect(await json(firstDue, 'review')).toEqual([
      {
        id: 'alpha',
        number: '1.1',
        title: 'Alpha',
        path: ['Basics'],
        status: 'done',
        estimate_hours: 2,
        due: card.due,
        question: 'What comes first?',
        answer: null,
        today: true,
      },
    ]);
  });

  it('review --json lists due reviews only, oldest first, with their count growing as days pass', async () => {
    await at(0, 'done', 'beta');
    await at(1, 'done', 'alpha', 'gamma');
    await at(1, 'done', 'epsilon');
    await at(2, 'reset', 'epsilon');
    const ids = async (d: number) => (await json(d, 'review')).map((t: { id: string }) => t.id);
    expect(await ids(2)).toEqual([]);
    expect(await ids(3)).toEqual(['beta']);
    expect(await ids(4)).toEqual(['beta', 'alpha', 'gamma']);
  });
});

describe('answering reviews', () => {
  it('Good answers on the due day give growing intervals; Again shrinks it', async () => {
    await at(0, 'done', 'alpha');
    let now = 0;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      now += daysTo(record('alpha').card.due, now);
      const r = await json(now, 'review', 'alpha', '--rating', 'good');
      expect(r).toMatchObject({ id: 'alpha', rating: 'good', reviews: i + 1 });
      expect(daysTo(r.due, now)).toBe(r.interval);
      intervals.push(r.interval);
      // Not due again until the new date.
      expect(await json(now, 'review')).toEqual([]);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i], intervals.join(',')).toBeGreaterThan(intervals[i - 1]!);
    now += daysTo(record('alpha').card.due, now);
    const again = await json(now, 'review', 'alpha', '--rating', 'again');
    expect(again.interval).toBeLessThan(intervals.at(-1)!);
    expect(record('alpha').card.lapses).toBe(1);
    expect(record('alpha').reviews.map((r: { rating: string }) => r.rating)).toEqual(['good', 'good', 'good', 'good', 'again']);
  });

  it('the question rotates from one review to the next', async () => {
    await at(0, 'done', 'alpha');
    expect((await json(3, 'review'))[0].question).toBe('What comes first?');
    await at(3, 'review', 'alpha', '--rating', 'again');
    expect((await json(4, 'review'))[0].question).toBe('Why alpha?');
  });

  it('text: the rating is confirmed with the next date; the list shows due date, path and question', async () => {
    await at(0, 'done', 'alpha', 'beta');
    const list = await at(3, 'review');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('2 reviews due (oldest first)');
    expect(list.stdout).toMatch(/1\.1\s+Alpha\s+due 2026-03-04, today/);
    expect(list.stdout).toContain('Basics');
    expect(list.stdout).toContain('Q: What comes first?');
    expect(list.stdout).toContain('record one: mlroad review 1.1 --rating again|hard|good|easy');
    const rated = await at(3, 'review', '1.1', '--rating', '3');
    expect(rated.stdout).toMatch(/^✓ Reviewed 1\.1 Alpha: good → next review in \d+ days \(2026-\d\d-\d\d\)\n1 more review due: mlroad review\n$/);
    const none = await at(0, 'review');
    expect(none.stdout).toBe('✓ No reviews due. Next: 1.2 Beta on 2026-03-04 (in 3 days).\n');
  });

  it('review TOPIC without a rating shows its schedule and what each answer would give, recording nothing', async () => {
    await at(0, 'done', 'alpha');
    const before = readFileSync(stateFile(), 'utf8');
    const r = await json(1, 'review', 'alpha');
    expect(r).toMatchObject({ id: 'alpha', due: record('alpha').card.due, question: 'What comes first?', reviews: [] });
    expect(r.preview.again.interval).toBeLessThan(r.preview.easy.interval);
    expect(readFileSync(stateFile(), 'utf8')).toBe(before);
  });
});

describe('what cannot be reviewed', () => {
  it('a topic that is not done, a section, a bad rating, a missing topic: exit 2, nothing changes', async () => {
    await at(0, 'done', 'alpha');
    await at(0, 'start', 'beta');
    const before = readFileSync(stateFile(), 'utf8');
    const cases: [string[], string][] = [
      [['review', 'gamma', '--rating', 'good'], 'mlroad: 1.3 Gamma Rays is pending, not done: only done topics are reviewed (mark it: mlroad done 1.3)'],
      [['review', 'beta', '--rating', 'good'], 'mlroad: 1.2 Beta is in-progress, not done'],
      [['review', 'beta'], 'is in-progress, not done'],
      [['review', 'basics', '--rating', 'good'], 'mlroad: 1 Basics is a section; review its topics one at a time'],
      [['review', 'alpha', '--rating', 'meh'], "argument 'meh' is invalid. expected again, hard, good or easy (or 1–4)."],
      [['review', '--rating', 'good'], 'mlroad: --rating needs a TOPIC'],
      [['review', 'alhpa', '--rating', 'good'], 'no topic matches "alhpa"'],
    ];
    for (const [args, message] of cases) {
      const r = await at(3, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    expect(readFileSync(stateFile(), 'utf8')).toBe(before);
  });
});

describe('cards follow statuses', () => {
  it('reset removes the card (the review log stays); the topic can no longer be reviewed', async () => {
    await at(0, 'done', 'alpha');
    await at(3, 'review', 'alpha', '--rating', 'good');
    await at(4, 'reset', 'alpha');
    expect(record('alpha').card).toBeUndefined();
    expect(record('alpha').reviews).toHaveLength(1);
    expect((await at(30, 'review', 'alpha', '--rating', 'good')).code).toBe(2);
    expect(await json(30, 'review')).toEqual([]);
  });

  it('skip suspends the card; done again resumes it, or starts over if it fell due meanwhile', async () => {
    await at(0, 'done', 'alpha', 'beta');
    const card = record('alpha').card;
    await at(1, 'skip', 'alpha', 'beta');
    expect(record('alpha').card).toEqual({ ...card, suspended: true });
    expect(await json(10, 'review')).toEqual([]);
    await at(1, 'done', 'alpha');
    expect(record('alpha').card).toEqual(card);
    await at(10, 'done', 'beta');
    expect(daysTo(record('beta').card.due, 10)).toBe(daysTo(card.due, 0));
    expect((await json(10, 'review')).map((t: { id: string }) => t.id)).toEqual(['alpha']);
  });

  it('a corrupt card in the state file is refused (exit 1), never rewritten', async () => {
    await at(0, 'done', 'alpha');
    const doc = JSON.parse(readFileSync(stateFile(), 'utf8'));
    doc.roadmaps.small.topics.alpha.card.due = 'next tuesday';
    const content = JSON.stringify(doc);
    writeFileSync(stateFile(), content);
    for (const args of [['review'], ['next'], ['review', 'alpha', '--rating', 'good']]) {
      const r = await at(5, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('the review card of topic "alpha" of "small" has no valid "due" time');
    }
    expect(readFileSync(stateFile(), 'utf8')).toBe(content);
  });
});

describe('help', () => {
  it('review and focus have --help with examples', async () => {
    for (const command of ['review', 'focus']) {
      const r = await at(0, command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: mlroad ${command}`);
      expect(r.stdout).toContain('Examples:\n  $ mlroad');
    }
  });
});

describe('the daily budget (review.daily-limit)', () => {
  const session = (d: number, keys: string, ...args: string[]) =>
    mlroad(['--roadmap', roadmap, 'review', ...args], {
      configDir: dir,
      env: { MLROAD_NOW: day(d), NO_COLOR: '1' },
      tty: { columns: 80, rows: 24 },
      stdin: keys,
    });

  it('the session stops at the limit; the rest wait for tomorrow or --all; --limit overrides the setting', async () => {
    await at(0, 'done', 'alpha', 'beta', 'gamma');
    await at(0, 'config', 'set', 'review.daily-limit', '2');
    const first = await session(5, ' 3 3');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('── Review 1 of 2');
    expect(first.stdout).not.toContain('Review 3 of');
    expect(first.stdout).toContain(
      "Reviewed 2 of 2: 2 good.\nToday's 2 reviews are done (review.daily-limit); 1 more due review waits for tomorrow (or now: mlroad review --all)\n",
    );
    const again = await session(5, ' 3');
    expect(again.stdout).toBe(
      "Today's 2 reviews are done (review.daily-limit); 1 more due review waits for tomorrow.\nReview them anyway: mlroad review --all\n",
    );
    const list = await json(5, 'review');
    expect(list.map((r: { id: string; today: boolean }) => [r.id, r.today])).toEqual([['gamma', false]]);
    expect((await at(5, 'review')).stdout).toContain("Today's 2 reviews are done (review.daily-limit); 1 more due review waits for tomorrow");
    expect((await json(5, 'review', '--limit', '3')).map((r: { today: boolean }) => r.today)).toEqual([true]);
    const all = await session(5, ' 4', '--all');
    expect(all.stdout).toContain('Reviewed 1 of 1: 1 easy.');
    expect(record('gamma').reviews).toHaveLength(1);
    const bad = await at(5, 'review', '--limit', 'some');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--limit <N>' argument 'some' is invalid. expected a whole number, 0 or more.");
  });
});
