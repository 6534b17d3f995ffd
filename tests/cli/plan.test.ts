// `mlroad plan` and the plan in `stats`: a fixed clock and a roadmap whose
// hours are easy to add up, so every figure below is worked out by hand.
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, tempDir, writeRoadmap } from '../helpers.js';

// 32 hours in all. Four requires One; Six requires Three.
const ROADMAP = `id: plan
title: Plan Roadmap
topics:
  - title: Start
    id: start
    children:
      - { title: One, id: one, estimate: 4h }
      - { title: Two, id: two, estimate: 4h }
  - title: Middle
    id: middle
    children:
      - { title: Three, id: three, estimate: 8h }
      - { title: Four, id: four, estimate: 8h, requires: [one] }
  - title: Extras
    id: extras
    children:
      - { title: Five, id: five, estimate: 6h }
      - { title: Six, id: six, estimate: 2h, requires: [three] }
`;

// Today is Sunday 2026-03-01. One was done on 02-10, Two on 02-20: 8 hours in
// the last 4 weeks, a pace of 2h (0.5 topics) a week. Left: 24 hours, 4 topics.
const TODAY = '2026-03-01T09:00:00Z';
let dir: string;
let roadmap: string;
const run = (args: string[], now = TODAY, env: Record<string, string> = {}) =>
  mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: now, TZ: 'UTC', ...env } });
const json = async (args: string[], env: Record<string, string> = {}) => {
  const r = await run([...args, '--json'], TODAY, env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

beforeEach(async () => {
  dir = tempDir();
  roadmap = writeRoadmap(ROADMAP);
  await run(['done', 'one'], '2026-02-10T18:00:00Z');
  await run(['done', 'two'], '2026-02-20T18:00:00Z');
});

describe('plan --by', () => {
  it('behind: 8 weeks left need 3h/week; at 2h/week 16h get done, 8h are left; skipping Six and Five makes it', async () => {
    const p = await json(['plan', '--by', '2026-04-26']);
    expect(p).toMatchObject({
      by: '2026-04-26',
      today: '2026-03-01',
      days_left: 56,
      topics_left: 4,
      hours_left: 24,
      // 24h / 8 weeks; 4 topics / 8 weeks
      needed: { topics_per_week: 0.5, hours_per_week: 3 },
      pace: { weeks: 4, topics_per_week: 0.5, hours_per_week: 2 },
      verdict: 'behind',
      // 24h − 2h/week × 8 weeks
      behind_hours: 8,
      ahead_hours: 0,
      // 24h at 2h/week: 12 weeks = 84 days after 03-01
      finish_at_pace: '2026-05-24',
    });
    expect(p.sections).toEqual([
      { id: 'start', number: '1', title: 'Start', topics_left: 0, hours_left: 0, plan_by: null, pace_by: null },
      // 16h: at 3h/week 37.3 days → 38 (04-08); at 2h/week 56 days (04-26)
      { id: 'middle', number: '2', title: 'Middle', topics_left: 2, hours_left: 16, plan_by: '2026-04-08', pace_by: '2026-04-26' },
      // 24h in all: 56 days (04-26); 84 days (05-24)
      { id: 'extras', number: '3', title: 'Extras', topics_left: 2, hours_left: 8, plan_by: '2026-04-26', pace_by: '2026-05-24' },
    ]);
    // From the end: Six (2h, nothing needs it), then Five (6h): 8h, enough.
    expect(p.drop.map((d: { id: string; hours_left: number }) => [d.id, d.hours_left])).toEqual([
      ['six', 2],
      ['five', 6],
    ]);
    expect(p.drop_enough).toBe(true);
  });

  it('a topic something still to study requires is never suggested for skipping', async () => {
    // 1 week left: 24 − 2×1 = 22h behind. Six (2h), Five (6h), Four (8h) can go; Three is required by Six,
    // which is still to study; One and Two are done. 16h is not enough.
    const p = await json(['plan', '--by', '2026-03-08']);
    expect(p.behind_hours).toBe(22);
    expect(p.drop.map((d: { id: string }) => d.id)).toEqual(['six', 'five', 'four']);
    expect(p.drop_enough).toBe(false);
    expect((await run(['plan', '--by', '2026-03-08'])).stdout).toContain('Skipping everything nothing else builds on saves ~16h of the 22h:');
    // Six done today: 22h left and a pace of 10h in 4 weeks (2.5h/week): 22 − 2.5 = 19.5h behind (20 shown).
    // Nothing left needs Three now: Five, Four, Three make 22h, enough.
    await run(['done', 'six']);
    const q = await json(['plan', '--by', '2026-03-08']);
    expect(q.behind_hours).toBe(20);
    expect(q.drop.map((d: { id: string }) => d.id)).toEqual(['five', 'four', 'three']);
    expect(q.drop_enough).toBe(true);
  });

  it('on track: 14 weeks at 2h/week is 28h for 24h left, 4h to spare', async () => {
    const p = await json(['plan', '--by', '2026-06-07']);
    expect(p).toMatchObject({ verdict: 'on-track', behind_hours: 0, ahead_hours: 4, needed: { hours_per_week: 1.7, topics_per_week: 0.3 }, drop: [] });
    const text = await run(['plan', '--by', '2026-06-07']);
    expect(text.stdout).toContain('  Verdict    on track (~4h to spare)\n');
  });

  it('text: left, needed, pace, verdict, sections, what to skip and how far to move the date', async () => {
    const r = await run(['plan', '--by', '2026-04-26']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Plan: finish Plan Roadmap by 2026-04-26 (8 weeks from today, 2026-03-01)',
        '',
        '  Left       4 topics · ~24h',
        '  Needed     0.5 topics/week · ~3h/week',
        '  Your pace  0.5 topics/week · ~2h/week (the last 4 weeks)',
        '  Verdict    behind by 8h: ~8h would still be left on 2026-04-26; at your pace you finish around 2026-05-24',
        '',
        'By section, studied in outline order (as mlroad next suggests):',
        '                     left  hours  on plan by  at your pace',
        '  2   Middle            2   ~16h  2026-04-08  2026-04-26',
        '  3   Extras            2    ~8h  2026-04-26  2026-05-24',
        '',
        'To make it at your pace, skip ~8h. Nothing left to study builds on these (the most advanced first):',
        '  3.2  Six     1 topic    ~2h  mlroad skip 3.2',
        '  3.1  Five    1 topic    ~6h  mlroad skip 3.1',
        'Or study ~1h/week more, or move the date: mlroad plan --by 2026-05-24',
        '',
      ].join('\n'),
    );
  });

  it('the date comes from plan.by (or MLROAD_PLAN_BY); none at all is exit 2 saying how to give one; a bad date is exit 2', async () => {
    const none = await run(['plan']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('mlroad: give the date to finish by: mlroad plan --by 2027-06-01 (or keep it: mlroad config set plan.by 2027-06-01)\n');
    await run(['config', 'set', 'plan.by', '2026-04-26']);
    expect((await json(['plan'])).by).toBe('2026-04-26');
    expect((await json(['plan'], { MLROAD_PLAN_BY: '2026-06-07' })).by).toBe('2026-06-07');
    expect((await json(['plan', '--by', '2026-03-29'], { MLROAD_PLAN_BY: '2026-06-07' })).by).toBe('2026-03-29');
    const bad = await run(['plan', '--by', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--by <DATE>' argument '2026-02-30' is invalid. expected a date such as 2027-06-01.");
  });

  it('a date that has passed, and a finished roadmap', async () => {
    const past = await json(['plan', '--by', '2026-02-01']);
    expect(past).toMatchObject({ verdict: 'past', needed: null, behind_hours: 24 });
    await run(['done', '2', '3']);
    const done = await run(['plan', '--by', '2026-06-07']);
    expect(done.stdout).toContain('✓ Nothing left: Plan Roadmap is finished.');
    expect((await json(['plan', '--by', '2026-06-07'])).verdict).toBe('finished');
  });
});

describe('the plan in stats', () => {
  it('stats --json has the plan and the burndown: hours left at the end of each week since the first change', async () => {
    const s = await json(['stats', '--by', '2026-04-26']);
    expect(s.plan).toMatchObject({ by: '2026-04-26', verdict: 'behind', behind_hours: 8 });
    // 02-08: nothing done (32h); 02-15: One (28h); 02-22 and today: One and Two (24h).
    expect(s.burndown).toEqual([
      { date: '2026-02-08', hours_left: 32 },
      { date: '2026-02-15', hours_left: 28 },
      { date: '2026-02-22', hours_left: 24 },
      { date: '2026-03-01', hours_left: 24 },
    ]);
    expect((await json(['stats'])).plan).toBeNull();
  });

  it('an undone change is replayed as undone', async () => {
    await run(['done', 'three'], '2026-02-25T10:00:00Z');
    await run(['undo'], '2026-02-26T10:00:00Z');
    const s = await json(['stats', '--by', '2026-04-26']);
    expect(s.burndown.map((p: { hours_left: number }) => p.hours_left)).toEqual([32, 28, 24, 24]);
  });

  it('text: the verdict and a chart of the hours left, drawn in ASCII too', async () => {
    const r = await run(['stats', '--by', '2026-04-26']);
    const out = r.stdout.split('\n');
    const at = out.findIndex((l) => l.startsWith('Plan: finish by 2026-04-26'));
    expect(out[at]).toBe('Plan: finish by 2026-04-26 · behind by 8h (needs ~3h/week, you do ~2h/week; details: mlroad plan)');
    expect(out[at + 1]).toBe('Hours left');
    // 12 columns: the 3 past weeks and today, then 8 weeks to 04-26. Rows of 4h (32h / 8).
    const chart = out.slice(at + 2, at + 12);
    expect(chart[0]).toBe('  32h ┤█');
    expect(chart[8]).toBe('   0h └────────────');
    expect(chart[9]).toMatch(/^ {7}2026-02-08 +2026-04-26$/);
    expect(out[at + 12]).toBe('       █ hours left  ░ at your pace  · on plan to 2026-04-26  (one column: a week)');
    // Today's column (the 4th) stands at 24h = 6 rows; the plan's line reaches 0 on the last column.
    expect(
      chart
        .slice(0, 8)
        .map((l) => l.slice(7)[3] ?? ' ')
        .join(''),
    ).toBe('  ██████');
    const ascii = await run(['stats', '--by', '2026-04-26'], TODAY, { LANG: 'C' });
    expect(ascii.stdout).toContain('  32h |#');
    expect(ascii.stdout).toContain('   0h +------------');
    expect(ascii.stdout).toMatch(/^[\x20-\x7e\n]*$/);
  });
});
