// `mlroad next` with reviews (issue 16): the topic to study stays the pick,
// due reviews are counted above it (within review.daily-limit); a faded
// prerequisite is refreshed first; settings and flags; kind in --json; --explain.
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, tempDir, SMALL_ROADMAP, writeRoadmap } from '../helpers.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T09:00:00Z');
const day = (d: number) => new Date(T0 + d * DAY).toISOString();

let dir: string;
let roadmap: string;
const at = (d: number, ...args: string[]) => mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: day(d) } });
const json = async (d: number, ...args: string[]) => {
  const r = await at(d, ...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const kinds = (list: { kind: string; id: string }[]) => list.map((t) => `${t.kind}:${t.id}`);

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('next with due reviews', () => {
  it('the topic to study stays the pick; due reviews follow it in --json, each with its kind', async () => {
    await at(0, 'done', 'beta');
    await at(1, 'done', 'alpha');
    await at(2, 'start', 'zeta');
    expect(kinds(await json(2, 'next', '-n', '4'))).toEqual(['study:zeta', 'study:gamma', 'study:delta', 'study:epsilon']);
    const list = await json(10, 'next', '-n', '3');
    expect(kinds(list)).toEqual(['study:zeta', 'study:gamma', 'study:delta', 'review:beta', 'review:alpha']);
    expect(list[3]).toMatchObject({
      status: 'done',
      due: '2026-03-04T09:00:00.000Z',
      reason: 'review due since 2026-03-04, 7 days overdue; studied 2026-03-01',
    });
    expect(list[0]).not.toHaveProperty('due');
    expect(list[0].reason).toBe('in progress since 2026-03-03');
  });

  it('text: the count of due reviews above the pick, never taking its place', async () => {
    await at(0, 'done', 'alpha');
    const r = await at(3, 'next');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '1 review due — mlroad review',
        '',
        'Next up in Small Roadmap (1/6 done)',
        '',
        '  1.2  Beta  ~1.5h',
        '       Basics',
        '       why: first pending topic of 1 Basics in outline order',
        '',
        'Details: mlroad show 1.2 · mark it: mlroad start 1.2 / mlroad done 1.2',
        '',
      ].join('\n'),
    );
  });

  it('--no-review (or review.enabled false) leaves reviews out; --review brings them back', async () => {
    await at(0, 'done', 'alpha', 'beta');
    expect(kinds(await json(5, 'next', '-n', '2', '--no-review'))).toEqual(['study:gamma', 'study:delta']);
    const text = await at(5, 'next', '--no-review');
    expect(text.stdout).not.toContain('review');
    expect(text.stdout).toMatch(/^Next up in Small Roadmap \(2\/6 done\)\n\n {2}1\.3 {2}Gamma Rays/);
    await at(5, 'config', 'set', 'review.enabled', 'false');
    expect((await at(5, 'next')).stdout).not.toContain('review');
    expect(kinds(await json(5, 'next', '--review'))).toEqual(['study:gamma', 'review:alpha', 'review:beta']);
    // The environment beats the file; a flag beats both.
    expect(kinds(await json(5, 'next'))).toEqual(['study:gamma']);
    const env = await mlroad(['--roadmap', roadmap, 'next', '--json'], { configDir: dir, env: { MLROAD_NOW: day(5), MLROAD_REVIEW: 'yes' } });
    expect(kinds(JSON.parse(env.stdout))).toEqual(['study:gamma', 'review:alpha', 'review:beta']);
  });

  it('next.count is how many topics next lists, unless -n says otherwise', async () => {
    await at(0, 'config', 'set', 'next.count', '3');
    expect(kinds(await json(0, 'next'))).toEqual(['study:alpha', 'study:beta', 'study:gamma']);
    expect(kinds(await json(0, 'next', '-n', '1'))).toEqual(['study:alpha']);
    const env = await mlroad(['--roadmap', roadmap, 'next', '--json'], { configDir: dir, env: { MLROAD_NOW: day(0), MLROAD_NEXT_COUNT: '2' } });
    expect(kinds(JSON.parse(env.stdout))).toEqual(['study:alpha', 'study:beta']);
    const bad = await mlroad(['--roadmap', roadmap, 'next'], { configDir: dir, env: { MLROAD_NOW: day(0), MLROAD_NEXT_COUNT: 'lots' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('mlroad: MLROAD_NEXT_COUNT="lots": next.count must be a whole number, 1 or more\n');
  });

  it('everything done: the due reviews, and nothing left to study', async () => {
    await at(0, 'done', '1', '2');
    const r = await at(3, 'next');
    expect(r.stdout).toContain('6 reviews due — mlroad review');
    expect(r.stdout).toContain('✓ Nothing left to study in Small Roadmap: all 6 topics are done or skipped.');
    expect(kinds(await json(3, 'next', '--no-review'))).toEqual([]);
  });

  it('a review answered Good leaves the queue until its new date', async () => {
    await at(0, 'done', 'alpha');
    await at(3, 'review', 'alpha', '--rating', 'good');
    expect(kinds(await json(3, 'next'))).toEqual(['study:beta']);
  });

  it('--in limits reviews too, and says how many are due elsewhere', async () => {
    await at(0, 'done', 'alpha', 'epsilon');
    // Gamma (outside the branch) is Delta's prerequisite: it still comes first.
    expect(kinds(await json(5, 'next', '-n', '2', '--in', 'advanced'))).toEqual(['study:gamma', 'study:delta', 'review:epsilon']);
    const text = await at(5, 'next', '-n', '2', '--in', 'advanced');
    expect(text.stdout).toMatch(/^1 review due — mlroad review \(1 more outside 2 Advanced\)\n/);
  });
});

describe('the daily review budget', () => {
  it('review.daily-limit caps the reviews offered today; those answered today count against it', async () => {
    await at(0, 'done', 'alpha', 'beta', 'gamma', 'epsilon');
    await at(5, 'config', 'set', 'review.daily-limit', '3');
    expect(kinds(await json(5, 'next'))).toEqual(['study:delta', 'review:alpha', 'review:beta', 'review:gamma']);
    expect((await at(5, 'next')).stdout).toMatch(/^3 reviews for today — mlroad review \(4 due; daily limit 3\)\n/);
    await at(5, 'review', 'alpha', '--rating', 'good');
    expect((await at(5, 'next')).stdout).toMatch(/^2 reviews for today — mlroad review \(3 due; 1 of your daily 3 done\)\n/);
    await at(5, 'review', 'beta', '--rating', 'good');
    await at(5, 'review', 'gamma', '--rating', 'hard');
    expect(kinds(await json(5, 'next'))).toEqual(['study:delta']);
    expect((await at(5, 'next')).stdout).toMatch(/^Today's 3 reviews are done \(review\.daily-limit\); 1 more due review waits for tomorrow\n/);
    // A new day, a new budget; 0 means no limit.
    expect(kinds(await json(6, 'next'))).toContain('review:epsilon');
    const none = await mlroad(['--roadmap', roadmap, 'next', '--json'], { configDir: dir, env: { MLROAD_NOW: day(5), MLROAD_REVIEW_DAILY_LIMIT: '0' } });
    expect(kinds(JSON.parse(none.stdout))).toEqual(['study:delta', 'review:epsilon']);
  });
});

describe('refresh before you build on it', () => {
  // Gamma done at day 0 has a first card rated Good: stability 2.3065 days. Its
  // recall after t whole days is (1 + 0.98034649·t/2.3065)^−0.1542: day 7,
  // 3.975255^−0.1542 = 0.808 (kept); day 8, 4.400291^−0.1542 = 0.796 (refresh);
  // day 59, 26.077148^−0.1542 = 0.605.
  it('before Delta, a refresh of Gamma once its recall is below 0.8', async () => {
    await at(0, 'done', 'alpha', 'beta', 'gamma');
    await at(0, 'config', 'set', 'review.enabled', 'false');
    expect(kinds(await json(7, 'next'))).toEqual(['study:delta']);
    const [refresh, study] = await json(8, 'next');
    expect(refresh).toMatchObject({ id: 'gamma', kind: 'refresh', for: 'delta', recall: 0.7957 });
    expect(refresh.reason).toBe('2.1 Delta builds on 1.3 Gamma Rays; your recall of it is now ~79 %');
    expect(study).toMatchObject({ id: 'delta', kind: 'study' });
    expect((await json(59, 'next'))[0].recall).toBe(0.6048);
    const text = await at(59, 'next');
    expect(text.stdout).toBe(
      [
        'Next up in Small Roadmap (3/6 done)',
        '',
        '  1.3  Gamma Rays  refresh first · recall ~60 %',
        '       Basics',
        '       why: 2.1 Delta builds on 1.3 Gamma Rays; your recall of it is now ~60 %',
        '',
        '  2.1  Delta',
        '       Advanced',
        '       why: first pending topic of 2 Advanced in outline order; its prerequisites are finished (1.3)',
        '',
        'Refresh first: mlroad review 1.3 (a question and your rating, a minute or two)',
        'Details: mlroad show 2.1 · mark it: mlroad start 2.1 / mlroad done 2.1',
        '',
      ].join('\n'),
    );
  });

  it('--explain shows the figures; the threshold is a setting; --no-refresh turns it off', async () => {
    await at(0, 'done', 'alpha', 'beta', 'gamma');
    const r = await at(59, 'next', '--explain', '--no-review');
    expect(r.stdout).toContain(
      [
        '       · stability 2.31 days (recall falls to 90 % after that long); marked done 2026-03-01, 59 days ago',
        '       · predicted recall (1 + 0.9803 × 59 / 2.31)^-0.1542 = 0.605, below 0.8 (review.refresh-below)',
      ].join('\n'),
    );
    expect(kinds(await json(59, 'next', '--no-refresh', '--no-review'))).toEqual(['study:delta']);
    await at(59, 'config', 'set', 'review.refresh-below', '0.6');
    expect(kinds(await json(59, 'next', '--no-review'))).toEqual(['study:delta']);
    await at(59, 'config', 'set', 'review.refresh-below', '0.61');
    expect(kinds(await json(59, 'next', '--no-review'))).toEqual(['refresh:gamma', 'study:delta']);
  });

  it('a refresh answered leaves next at once', async () => {
    await at(0, 'done', 'alpha', 'beta', 'gamma');
    await at(59, 'review', 'gamma', '--rating', 'hard');
    expect(kinds(await json(59, 'next', '--no-review'))).toEqual(['study:delta']);
  });
});

describe('next --explain', () => {
  it('says how each topic was chosen: in progress, outline order, prerequisites waiting; reviews on their own', async () => {
    await at(0, 'done', 'alpha');
    await at(1, 'start', 'epsilon');
    const r = await at(5, 'next', '-n', '4', '--explain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Order: topics in progress \(oldest start first\), then pending topics in outline/);
    expect(r.stdout).toContain('· topics in progress come first, oldest start first');
    expect(r.stdout).toContain('· then pending topics in outline order\n       · no prerequisites');
    const json4 = await json(5, 'next', '-n', '5', '--explain', '--no-review');
    const delta = json4.find((t: { id: string }) => t.id === 'delta');
    expect(delta.explain).toEqual(['then pending topics in outline order', 'requires 1.3 Gamma Rays: waiting (pending)']);
    const review = (await json(5, 'next', '--explain')).find((t: { kind: string }) => t.kind === 'review');
    expect(review.explain).toEqual([
      'due reviews are their own queue, oldest due first (mlroad review)',
      'scheduled 3 days after it was marked done; 0 reviews so far, never forgotten',
    ]);
    expect((await json(5, 'next'))[0]).not.toHaveProperty('explain');
  });

  it('an unfinished prerequisite is explained as coming before what needs it', async () => {
    const [first] = await json(0, 'next', '--in', 'delta', '--explain');
    expect(first).toMatchObject({ id: 'gamma', kind: 'study', reason: 'prerequisite of 2.1 Delta' });
    expect(first.explain).toEqual(['an unfinished prerequisite comes before the topic that needs it', 'no prerequisites']);
  });
});
