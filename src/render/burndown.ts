// The burndown chart of `mlroad stats` (with a plan date): hours left over
// time, drawn in the terminal like the heatmap. Past columns are the hours
// left then (█), future ones the hours left at the learner's pace (░), with
// the plan's straight line to zero on the target date (·). One column a week
// when the terminal is wide enough, else fewer days a column. Readable
// without colour; ASCII glyphs for a locale that is not UTF-8.
import type { ChalkInstance } from 'chalk';
import { addDays, dayKey, daysBetween, fromDayKey } from '../core/stats/days.js';
import type { BurndownPoint } from '../core/stats/plan.js';
import type { Glyphs } from './glyphs.js';
import { padEnd, padStart } from './text.js';

export interface BurndownChart {
  /** Hours left at the end of past weeks, oldest first (core/stats/plan.ts burndown()). */
  points: readonly BurndownPoint[];
  hoursNow: number;
  today: Date;
  /** The plan's date, "YYYY-MM-DD". */
  by: string;
  paceHoursPerWeek: number;
}

export function drawBurndown(chart: BurndownChart, c: ChalkInstance, g: Glyphs, width: number, height = 8): string[] {
  const { points, hoursNow, today, by, paceHoursPerWeek } = chart;
  const start = points.length ? fromDayKey(points[0]!.date) : today;
  const target = fromDayKey(by);
  const end = target > today ? target : today;
  const days = Math.max(1, daysBetween(start, end));
  const labelW = 7;
  const room = Math.max(8, width - labelW - 1);
  const weeks = Math.ceil(days / 7) + 1;
  const n = Math.min(room, weeks);
  const span = n > 1 ? days / (n - 1) : 1;
  const todayAt = daysBetween(start, today);
  const toTarget = daysBetween(today, target);
  const cols = Array.from({ length: n }, (_, i) => {
    const at = i === n - 1 ? days : Math.round(i * span);
    if (at <= todayAt || i === 0) {
      // The latest past point at or before this day; today itself is "now".
      const day = dayKey(addDays(start, at));
      const past = at >= todayAt ? hoursNow : ([...points].reverse().find((p) => p.date <= day)?.hoursLeft ?? hoursNow);
      return { at, actual: past, pace: null as number | null, plan: null as number | null };
    }
    const ahead = at - todayAt;
    const pace = Math.max(0, hoursNow - (paceHoursPerWeek / 7) * ahead);
    const plan = toTarget > 0 ? Math.max(0, hoursNow * (1 - ahead / toTarget)) : null;
    return { at, actual: null, pace, plan };
  });
  const max = Math.max(1, hoursNow, ...cols.map((x) => x.actual ?? 0));
  const level = (v: number) => Math.round((v / max) * height);
  const rows: string[] = [];
  const axis = g.ascii ? '|' : '┤';
  for (let r = 0; r < height; r++) {
    const from = height - r; // this row is drawn when a column reaches `from` levels
    const label = r === 0 ? `${Math.round(max)}h` : r === Math.floor(height / 2) ? `${Math.round(max / 2)}h` : '';
    let line = '';
    for (const x of cols) {
      if (x.plan !== null && level(x.plan) === from) line += c.dim(g.heat[0]);
      else if (x.actual !== null) line += level(x.actual) >= from ? c.cyan(g.barFull) : ' ';
      else line += x.pace !== null && level(x.pace) >= from ? c.yellow(g.heat[1]) : ' ';
    }
    rows.push(`${padStart(label, labelW - 2)} ${c.dim(axis)}${line}`.trimEnd());
  }
  rows.push(`${padStart('0h', labelW - 2)} ${c.dim((g.ascii ? '+' : '└') + (g.ascii ? '-' : '─').repeat(n))}`);
  // Dates under the axis: the start, today (when it is not at an end), the plan's date.
  const todayCol = cols.findIndex((x) => x.at >= todayAt);
  let under = padEnd('', labelW) + dayKey(start);
  const mark = `${g.ascii ? '^' : '↑'}today`;
  if (todayCol > 0 && todayCol < n - 1 && labelW + todayCol >= under.length + 1) under = padEnd(under, labelW + todayCol) + mark;
  if (target > today) {
    const at = labelW + n - by.length + 1;
    under = at >= under.length + 1 ? padEnd(under, at) + by : `${under} ${by}`;
  }
  rows.push(c.dim(under));
  const perColumn = span <= 7.5 ? 'a week' : `${Math.round(span)} days`;
  rows.push(c.dim(`${padEnd('', labelW)}${g.barFull} hours left  ${g.heat[1]} at your pace  ${g.heat[0]} on plan to ${by}  (one column: ${perColumn})`));
  return rows;
}
