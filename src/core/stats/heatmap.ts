// A GitHub-style activity grid: one column per week (Monday first), one row
// per weekday, the current week last. Levels are fixed, not relative to the
// busiest day, so the same day always looks the same.
import { addDays, dayKey, startOfWeek } from './days.js';

export interface Heatmap {
  /** Monday of the first column. */
  start: string;
  /** Today (the last cell drawn). */
  end: string;
  /** cells[weekday][week]: topics done that day, or null for days after today. */
  cells: (number | null)[][];
  /** Monday of each column. */
  weeks: string[];
}

export function heatmap(perDay: ReadonlyMap<string, number>, today: Date, weeks = 26): Heatmap {
  const first = addDays(startOfWeek(today), -7 * (weeks - 1));
  const todayKey = dayKey(today);
  const cells: (number | null)[][] = Array.from({ length: 7 }, () => []);
  const mondays: string[] = [];
  for (let w = 0; w < weeks; w++) {
    mondays.push(dayKey(addDays(first, 7 * w)));
    for (let d = 0; d < 7; d++) {
      const key = dayKey(addDays(first, 7 * w + d));
      cells[d]!.push(key > todayKey ? null : (perDay.get(key) ?? 0));
    }
  }
  return { start: mondays[0]!, end: todayKey, cells, weeks: mondays };
}

/** A day's count as one of five shades (drawn as render/glyphs.ts `heat`): distinct without colour. */
export function level(count: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count === 2) return 2;
  return count <= 4 ? 3 : 4;
}

/** Topics done per week (distinct per week), for the `weeks` Mondays given. */
export function perWeek(events: readonly { id: string; at: Date }[], mondays: readonly string[]): { start: string; done: number }[] {
  const sets = new Map<string, Set<string>>(mondays.map((m) => [m, new Set()]));
  for (const e of events) sets.get(dayKey(startOfWeek(e.at)))?.add(e.id);
  return mondays.map((start) => ({ start, done: sets.get(start)!.size }));
}
