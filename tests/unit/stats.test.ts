// The pure logic behind `mlroad stats`: calendar days, streaks, the heatmap
// grid, weekly counts, completions read from history, and the forecast.
import { afterAll, describe, expect, it } from 'vitest';
import { Progress } from '../../src/core/progress.js';
import { buildRoadmap } from '../../src/core/roadmap/model.js';
import { parseRoadmap } from '../../src/core/roadmap/parse.js';
import { addDays, dayKey, startOfWeek } from '../../src/core/stats/days.js';
import { doneByDay, doneEvents } from '../../src/core/stats/events.js';
import { forecast, hoursStudied } from '../../src/core/stats/forecast.js';
import { heatmap, level, perWeek } from '../../src/core/stats/heatmap.js';
import { streaks } from '../../src/core/stats/streak.js';
import type { RoadmapState } from '../../src/core/state/types.js';
import { SMALL_ROADMAP } from '../helpers.js';

const savedTz = process.env.TZ;
process.env.TZ = 'UTC';
afterAll(() => {
  process.env.TZ = savedTz;
});

const d = (iso: string) => new Date(iso);

describe('calendar days', () => {
  it('weeks start on Monday; adding days goes through the calendar', () => {
    expect(dayKey(startOfWeek(d('2026-03-01T12:00:00Z')))).toBe('2026-02-23'); // a Sunday
    expect(dayKey(startOfWeek(d('2026-03-02T00:00:00Z')))).toBe('2026-03-02'); // a Monday
    expect(dayKey(addDays(d('2028-02-28T10:00:00Z'), 1))).toBe('2028-02-29');
  });

  it('across a DST change a day is still one day (Europe/Berlin, 2026-03-29)', () => {
    process.env.TZ = 'Europe/Berlin';
    try {
      expect(dayKey(addDays(new Date(2026, 2, 28), 1))).toBe('2026-03-29');
      expect(dayKey(addDays(new Date(2026, 2, 29), 1))).toBe('2026-03-30');
      expect(streaks(['2026-03-28', '2026-03-29', '2026-03-30'], new Date(2026, 2, 30, 20)).current).toBe(3);
      // 23:30 UTC on the 29th is already the 30th in Berlin.
      expect(dayKey(d('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    } finally {
      process.env.TZ = 'UTC';
    }
  });
});

describe('streaks', () => {
  const today = d('2026-03-10T12:00:00Z');
  it('counts back from today, or from yesterday when today has nothing yet', () => {
    expect(streaks(['2026-03-08', '2026-03-09', '2026-03-10'], today)).toMatchObject({ current: 3, today: true });
    expect(streaks(['2026-03-08', '2026-03-09'], today)).toMatchObject({ current: 2, today: false });
    expect(streaks(['2026-03-07', '2026-03-08'], today)).toMatchObject({ current: 0, today: false });
    expect(streaks([], today)).toEqual({ current: 0, today: false, longest: 0, longestStart: null, longestEnd: null });
  });

  it('the longest run, the latest one on a tie, across a month end', () => {
    const s = streaks(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-05', '2026-03-01', '2026-03-02', '2026-03-03'], today);
    expect(s).toMatchObject({ longest: 3, longestStart: '2026-03-01', longestEnd: '2026-03-03' });
    // Days after "today" (a report made with MLROAD_NOW in the past) are not counted.
    expect(streaks(['2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14'], today).longest).toBe(0);
  });
});

describe('heatmap and weeks', () => {
  it('26 week columns ending with the current week; future days are null', () => {
    const today = d('2026-03-04T08:00:00Z'); // a Wednesday
    const grid = heatmap(
      new Map([
        ['2026-03-02', 1],
        ['2026-03-01', 5],
        ['2025-09-08', 2],
      ]),
      today,
    );
    expect(grid.weeks).toHaveLength(26);
    expect(grid.start).toBe('2025-09-08');
    expect(grid.weeks.at(-1)).toBe('2026-03-02');
    expect(grid.cells.map((row) => row.at(-1))).toEqual([1, 0, 0, null, null, null, null]);
    expect(grid.cells[6]!.at(-2)).toBe(5);
    expect(grid.cells[0]![0]).toBe(2);
  });

  it('levels are fixed: 0, 1, 2, 3–4, 5+', () => {
    expect([0, 1, 2, 3, 4, 5, 40].map(level)).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });

  it('per week counts distinct topics', () => {
    const at = (id: string, iso: string) => ({ id, at: d(iso) });
    const weeks = perWeek(
      [at('a', '2026-03-02T09:00:00Z'), at('a', '2026-03-03T09:00:00Z'), at('b', '2026-03-08T23:59:00Z'), at('c', '2026-03-09T00:00:00Z')],
      ['2026-03-02', '2026-03-09'],
    );
    expect(weeks).toEqual([
      { start: '2026-03-02', done: 2 },
      { start: '2026-03-09', done: 1 },
    ]);
  });
});

describe('completions read from history', () => {
  const state: RoadmapState = {
    changes: 5,
    topics: {
      a: { status: 'done', history: [{ status: 'done', previous: 'pending', at: '2026-03-01T09:00:00.000Z', change: 1 }] },
      b: {
        status: 'pending',
        history: [
          { status: 'done', previous: 'pending', at: '2026-03-02T09:00:00.000Z', change: 2 },
          { status: 'pending', previous: 'done', at: '2026-03-02T09:05:00.000Z', change: 3, undoes: 2 },
        ],
      },
      c: {
        status: 'done',
        history: [
          { status: 'in-progress', previous: 'pending', at: '2026-03-03T09:00:00.000Z', change: 4 },
          { status: 'done', previous: 'in-progress', at: '2026-03-20T09:00:00.000Z', change: 5 },
        ],
      },
    },
  };
  it('done entries only, without those undo took back, and none after now', () => {
    const events = doneEvents(state, d('2026-03-10T00:00:00Z'));
    expect(events.map((e) => `${e.id} ${e.day}`)).toEqual(['a 2026-03-01']);
    expect(doneEvents(state, d('2026-03-30T00:00:00Z')).map((e) => e.id)).toEqual(['a', 'c']);
    expect([...doneByDay(doneEvents(state, d('2026-03-30T00:00:00Z')))]).toEqual([
      ['2026-03-01', 1],
      ['2026-03-20', 1],
    ]);
  });
});

describe('forecast', () => {
  const roadmap = buildRoadmap(parseRoadmap(SMALL_ROADMAP).spec!, 'small.yaml');
  const progressWith = (statuses: Record<string, 'done' | 'skipped'>) => new Progress(roadmap, (id) => statuses[id]);
  const event = (id: string, iso: string) => ({ id, at: d(iso), day: iso.slice(0, 10) });

  it('pace from the last 4 weeks of estimated work; sections finish in outline order', () => {
    const progress = progressWith({ alpha: 'done', epsilon: 'done' });
    // alpha 2h and epsilon (no estimate: the mean, 1.75h) in the window; one older event outside it.
    const events = [event('beta', '2026-01-01T09:00:00Z'), event('alpha', '2026-02-20T09:00:00Z'), event('epsilon', '2026-03-05T09:00:00Z')];
    const f = forecast(roadmap, progress, events, d('2026-03-10T12:00:00Z'));
    expect(f.pace).toEqual({ weeks: 4, topics: 2, hours: 3.8, topicsPerWeek: 0.5, hoursPerWeek: 0.9 });
    // Left: beta 1.5 + gamma 1.75 (basics), delta 1.75 + zeta 1.75 (advanced) = 6.75h at 3.75h/28d.
    expect(f.topicsLeft).toBe(4);
    expect(f.daysLeft).toBe(Math.ceil(6.75 / (3.75 / 28)));
    expect(f.finish).toBe(dayKey(addDays(d('2026-03-10T12:00:00Z'), f.daysLeft!)));
    expect(f.sections.map((s) => [s.topic.id, s.topicsLeft, s.finish])).toEqual([
      ['basics', 2, dayKey(addDays(d('2026-03-10T12:00:00Z'), Math.ceil(3.25 / (3.75 / 28))))],
      ['advanced', 2, f.finish],
    ]);
  });

  it('no work in the window: no finish date; nothing left: finished sections have none either', () => {
    expect(forecast(roadmap, progressWith({}), [], d('2026-03-10T12:00:00Z'))).toMatchObject({ finish: null, daysLeft: null, topicsLeft: 6 });
    const all = progressWith({ alpha: 'done', beta: 'done', gamma: 'done', delta: 'skipped', epsilon: 'done', zeta: 'done' });
    const f = forecast(roadmap, all, [event('alpha', '2026-03-09T09:00:00Z')], d('2026-03-10T12:00:00Z'));
    expect(f).toMatchObject({ topicsLeft: 0, finish: null });
    expect(f.sections.every((s) => s.finish === null)).toBe(true);
  });

  it('hours studied sums the estimates of done leaves and counts those without one', () => {
    expect(hoursStudied(roadmap, progressWith({ alpha: 'done', beta: 'done', gamma: 'done', delta: 'skipped' }))).toEqual({
      hours: 3.5,
      unestimated: 1,
      bulk: 0,
    });
  });

  it('a bulk mark (one change marking more than 3 leaves done) is not study time: counted apart', () => {
    const entry = (change: number) => ({ status: 'done' as const, previous: 'pending' as const, at: '2026-03-01T09:00:00Z', change });
    // alpha alone (change 1), then the other five in one go (change 2): `done 1 2`, catching up.
    const state: RoadmapState = {
      changes: 2,
      topics: Object.fromEntries([
        ['alpha', { status: 'done', history: [entry(1)] }],
        ...['beta', 'gamma', 'delta', 'epsilon', 'zeta'].map((id) => [id, { status: 'done', history: [entry(2)] }]),
      ]),
    };
    const all = progressWith({ alpha: 'done', beta: 'done', gamma: 'done', delta: 'done', epsilon: 'done', zeta: 'done' });
    expect(hoursStudied(roadmap, all, state)).toEqual({ hours: 2, unestimated: 0, bulk: 5 });
    // Three at once is still study (`done beta gamma delta` after an evening's work).
    const three: RoadmapState = {
      changes: 1,
      topics: Object.fromEntries(['beta', 'gamma', 'delta'].map((id) => [id, { status: 'done', history: [entry(1)] }])),
    };
    expect(hoursStudied(roadmap, progressWith({ beta: 'done', gamma: 'done', delta: 'done' }), three)).toEqual({ hours: 1.5, unestimated: 2, bulk: 0 });
  });
});
