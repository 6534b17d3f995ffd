// mlroad stats with days passing simulated by MLROAD_NOW: streaks, weekly
// counts, the heatmap, hours studied and the pace forecast.
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
let roadmap: string;
const run = (args: string[], now: string) => mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { TZ: 'UTC', MLROAD_NOW: now } });
const stats = async (now: string) => {
  const r = await run(['stats', '--json'], now);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const day = (d: string, time = '09:00') => `${d}T${time}:00Z`;

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('streaks', () => {
  beforeEach(async () => {
    // Three days in a row (Mon–Wed), a gap, then two days (Fri–Sat).
    await run(['done', 'alpha'], day('2026-03-02'));
    await run(['done', 'beta'], day('2026-03-03'));
    await run(['start', 'gamma'], day('2026-03-04', '07:00')); // starting is not finishing
    await run(['done', 'gamma'], day('2026-03-04', '22:00'));
    await run(['done', 'delta'], day('2026-03-06'));
    await run(['done', 'epsilon'], day('2026-03-07'));
  });

  it('current and longest streak, on the day and after', async () => {
    const today = await stats(day('2026-03-07', '23:00'));
    expect(today.streak).toEqual({ current: 2, today: true, longest: 3, longest_start: '2026-03-02', longest_end: '2026-03-04' });
    // The next day nothing is done yet: the streak is still alive.
    expect((await stats(day('2026-03-08'))).streak).toMatchObject({ current: 2, today: false, longest: 3 });
    // A day missed: it is broken.
    expect((await stats(day('2026-03-09'))).streak).toMatchObject({ current: 0, today: false, longest: 3 });
  });

  it('a done taken back by undo does not count', async () => {
    await run(['done', 'zeta'], day('2026-03-08'));
    expect((await stats(day('2026-03-08', '12:00'))).streak).toMatchObject({ current: 3, today: true });
    await run(['undo'], day('2026-03-08', '12:05'));
    expect((await stats(day('2026-03-08', '12:10'))).streak).toMatchObject({ current: 2, today: false });
  });

  it('the text says it plainly', async () => {
    const r = await run(['stats'], day('2026-03-08'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Streak   2 days (do a topic today to keep it) · longest 3 days (2026-03-02 → 2026-03-04)');
    expect(r.stdout).toContain('Done     5/6 topics (83%) · ~3.5h studied (+3 topics without an estimate)');
  });
});

describe('weeks, heatmap and hours', () => {
  it('counts topics done per week and per day, and sums the estimates of done leaves', async () => {
    await run(['done', 'alpha'], day('2026-02-23')); // a Monday
    await run(['done', 'beta', 'gamma'], day('2026-03-01')); // the Sunday of the same week
    await run(['done', 'delta'], day('2026-03-04'));
    const s = await stats(day('2026-03-05'));
    expect(s.hours_studied).toBe(3.5); // alpha 2h + beta 1.5h; gamma and delta have no estimate
    expect(s.done_without_estimate).toBe(2);
    expect(s.weeks).toHaveLength(26);
    expect(s.weeks.at(-1)).toEqual({ start: '2026-03-02', done: 1 });
    expect(s.weeks.at(-2)).toEqual({ start: '2026-02-23', done: 3 });
    expect(s.weeks.slice(0, -2).every((w: { done: number }) => w.done === 0)).toBe(true);
    expect(s.heatmap.start).toBe('2025-09-08');
    expect(s.heatmap.end).toBe('2026-03-05');
    expect(s.heatmap.days).toHaveLength(25 * 7 + 4); // up to today (a Thursday), no future days
    const byDate = Object.fromEntries(s.heatmap.days.map((d: { date: string; done: number }) => [d.date, d.done]));
    expect(byDate).toMatchObject({ '2026-02-23': 1, '2026-03-01': 2, '2026-03-04': 1, '2026-03-03': 0 });
  });

  it('the heatmap has weekday rows and week columns, shaded so it reads without colour', async () => {
    await run(['done', 'basics'], day('2026-03-01')); // Sunday: 3 topics
    await run(['done', 'delta'], day('2026-03-03')); // Tuesday: 1
    const r = await run(['stats'], day('2026-03-04'));
    const lines = r.stdout.split('\n');
    const start = lines.indexOf('Topics done per day, last 26 weeks');
    const rows = lines.slice(start + 2, start + 9);
    expect(rows.map((l) => l.slice(2, 5))).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const cells = (row: string) => row.slice(7).split(' ');
    expect(cells(rows[0]!)).toHaveLength(26);
    expect(cells(rows[6]!).at(-1)).toBe('▓'); // last full week's Sunday: 3 topics
    expect(cells(rows[1]!).at(-1)).toBe('░'); // this Tuesday: 1
    expect(cells(rows[2]!).at(-1)).toBe('·'); // today, nothing yet
    expect(cells(rows[3]!)).toHaveLength(25); // Thursday of this week is still to come
    expect(r.stdout).toContain('less · ░ ▒ ▓ █ more');
    expect(r.stdout).not.toContain('\x1b');
  });
});

describe('forecast', () => {
  it('projects the pace of the last 4 weeks onto what is left, overall and per section', async () => {
    // SMALL has estimates for alpha (2h) and beta (1.5h); the others count as the mean, 1.75h.
    await run(['done', 'alpha'], day('2026-03-01'));
    await run(['done', 'beta'], day('2026-03-10'));
    await run(['skip', 'zeta'], day('2026-03-10'));
    const s = await stats(day('2026-03-20'));
    // 3.5h in 28 days = 0.125h a day; left: gamma, delta, epsilon = 5.25h -> 42 days.
    expect(s.pace).toEqual({ weeks: 4, done: 2, hours: 3.5, topics_per_week: 0.5, hours_per_week: 0.9 });
    expect(s.forecast).toMatchObject({ topics_left: 3, hours_left: 5.3, days_left: 42, finish: '2026-05-01' });
    // Basics (gamma left, 1.75h -> 14 days), then Advanced after it.
    expect(s.forecast.sections).toEqual([
      { id: 'basics', number: '1', title: 'Basics', topics_left: 1, hours_left: 1.8, finish: '2026-04-03' },
      { id: 'advanced', number: '2', title: 'Advanced', topics_left: 2, hours_left: 3.5, finish: '2026-05-01' },
    ]);
    const text = await run(['stats'], day('2026-03-20'));
    expect(text.stdout).toContain('At your pace of the last 4 weeks you finish Small Roadmap around 2026-05-01 (in 42 days).');
    expect(text.stdout).toMatch(/1 {3}Basics +2026-04-03/);
  });

  it('a done topic older than 4 weeks gives no pace, and says so', async () => {
    await run(['done', 'alpha'], day('2026-01-01'));
    const s = await stats(day('2026-03-20'));
    expect(s.pace.done).toBe(0);
    expect(s.forecast.finish).toBeNull();
    expect((await run(['stats'], day('2026-03-20'))).stdout).toContain('No topic done in the last 4 weeks, so no pace to forecast from.');
  });

  it('when everything is done or skipped the forecast says it is finished', async () => {
    await run(['done', 'basics'], day('2026-03-01'));
    await run(['skip', 'advanced'], day('2026-03-01'));
    const s = await stats(day('2026-03-02'));
    expect(s.forecast).toMatchObject({ topics_left: 0, finish: null });
    expect((await run(['stats'], day('2026-03-02'))).stdout).toContain('✓ Nothing left: Small Roadmap is finished.');
  });
});
