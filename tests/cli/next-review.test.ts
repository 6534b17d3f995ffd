// `mlroad next` with reviews: due reviews first (oldest first, with their
// count), then topics to study; --no-review, kind in --json, --explain.
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
  it('due reviews first, oldest first, then in-progress, then outline order; each with its kind', async () => {
    await at(0, 'done', 'beta');
    await at(1, 'done', 'alpha');
    await at(2, 'start', 'zeta');
    expect(kinds(await json(2, 'next', '-n', '4'))).toEqual(['study:zeta', 'study:gamma', 'study:delta', 'study:epsilon']);
    const list = await json(10, 'next', '-n', '5');
    expect(kinds(list)).toEqual(['review:beta', 'review:alpha', 'study:zeta', 'study:gamma', 'study:delta']);
    expect(list[0]).toMatchObject({
      status: 'done',
      due: '2026-03-04T09:00:00.000Z',
      reason: 'review due since 2026-03-04, 7 days overdue; studied 2026-03-01',
    });
    expect(list[2]).not.toHaveProperty('due');
    expect(list[2].reason).toBe('in progress since 2026-03-03');
  });

  it('next alone is the oldest due review; with more places the last one goes to a new topic', async () => {
    await at(0, 'done', 'alpha', 'beta', 'gamma', 'delta');
    expect(kinds(await json(5, 'next'))).toEqual(['review:alpha']);
    expect(kinds(await json(5, 'next', '-n', '3'))).toEqual(['review:alpha', 'review:beta', 'study:epsilon']);
    const text = await at(5, 'next', '-n', '3');
    expect(text.stdout).toContain('4 reviews due (oldest first; showing 2, all of them: mlroad review)');
    expect(text.stdout).toMatch(/Next up in Small Roadmap \(4\/6 done\)\n\n {2}2\.2 {2}Epsilon/);
  });

  it('--no-review hides them: new topics only, as before reviews existed', async () => {
    await at(0, 'done', 'alpha', 'beta');
    expect(kinds(await json(5, 'next', '-n', '2', '--no-review'))).toEqual(['study:gamma', 'study:delta']);
    const text = await at(5, 'next', '--no-review');
    expect(text.stdout).not.toContain('review');
    expect(text.stdout).toMatch(/^Next up in Small Roadmap \(2\/6 done\)\n\n {2}1\.3 {2}Gamma Rays/);
  });

  it('text: the count and the reviews, then the topic to study, then how to review', async () => {
    await at(0, 'done', 'alpha');
    const r = await at(3, 'next', '-n', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '1 review due (oldest first)',
        '',
        '  1.1  Alpha',
        '       Basics',
        '       why: review due since 2026-03-04; studied 2026-03-01',
        '',
        'Next up in Small Roadmap (1/6 done)',
        '',
        '  1.2  Beta  ~1.5h',
        '       Basics',
        '       why: first pending topic of 1 Basics in outline order',
        '',
        'Review: mlroad review (or mlroad review 1.1 --rating good)',
        'Details: mlroad show 1.2 · mark it: mlroad start 1.2 / mlroad done 1.2',
        '',
      ].join('\n'),
    );
  });

  it('one pick taken by a review points to the new topics', async () => {
    await at(0, 'done', 'alpha');
    const r = await at(3, 'next');
    expect(r.stdout).toContain('1 review due');
    expect(r.stdout).not.toContain('Next up');
    expect(r.stdout).toContain('New topics: mlroad next --no-review');
  });

  it('everything done: the due reviews, and nothing left to study', async () => {
    await at(0, 'done', '1', '2');
    const r = await at(3, 'next');
    expect(r.stdout).toContain('6 reviews due (oldest first; showing 1, all of them: mlroad review)');
    expect(r.stdout).toContain('✓ Nothing left to study in Small Roadmap: all 6 topics are done or skipped.');
    expect(kinds(await json(3, 'next', '--no-review'))).toEqual([]);
  });

  it('a review answered Good leaves next until its new date', async () => {
    await at(0, 'done', 'alpha');
    await at(3, 'review', 'alpha', '--rating', 'good');
    expect(kinds(await json(3, 'next'))).toEqual(['study:beta']);
  });

  it('--in limits reviews too, and says how many are due elsewhere', async () => {
    await at(0, 'done', 'alpha', 'epsilon');
    // Gamma (outside the branch) is Delta's prerequisite: it still comes first.
    expect(kinds(await json(5, 'next', '-n', '2', '--in', 'advanced'))).toEqual(['review:epsilon', 'study:gamma']);
    const text = await at(5, 'next', '-n', '2', '--in', 'advanced');
    expect(text.stdout).toContain('1 more review due outside 2 Advanced: mlroad review');
  });
});

describe('next --explain', () => {
  it('says how each topic was chosen: review due, in progress, outline order, prerequisites waiting', async () => {
    await at(0, 'done', 'alpha');
    await at(1, 'start', 'epsilon');
    const r = await at(5, 'next', '-n', '4', '--explain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Order: due reviews \(oldest due first\), then topics in progress/);
    expect(r.stdout).toContain(
      '· due reviews come first, oldest due first\n       · scheduled 3 days after it was marked done; 0 reviews so far, never forgotten',
    );
    expect(r.stdout).toContain('· topics in progress come next, oldest start first');
    expect(r.stdout).toContain('· then pending topics in outline order\n       · no prerequisites');
    const json4 = await json(5, 'next', '-n', '5', '--explain', '--no-review');
    const delta = json4.find((t: { id: string }) => t.id === 'delta');
    expect(delta.explain).toEqual(['then pending topics in outline order', 'requires 1.3 Gamma Rays: waiting (pending)']);
    expect((await json(5, 'next'))[0]).not.toHaveProperty('explain');
  });

  it('an unfinished prerequisite is explained as coming before what needs it', async () => {
    const [first] = await json(0, 'next', '--in', 'delta', '--explain');
    expect(first).toMatchObject({ id: 'gamma', kind: 'study', reason: 'prerequisite of 2.1 Delta' });
    expect(first.explain).toEqual(['an unfinished prerequisite comes before the topic that needs it', 'no prerequisites']);
  });
});
