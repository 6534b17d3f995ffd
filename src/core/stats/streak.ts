// Streaks: runs of consecutive days with at least one topic done.
import { addDays, dayKey, fromDayKey } from './days.js';

export interface Streaks {
  /** Days in the run that ends today, or yesterday when nothing is done yet today (the streak is still alive). */
  current: number;
  /** Whether today already counts. */
  today: boolean;
  longest: number;
  /** First and last day of the longest run (the latest one on a tie); null when there is none. */
  longestStart: string | null;
  longestEnd: string | null;
}

export function streaks(activeDays: Iterable<string>, today: Date): Streaks {
  const days = new Set(activeDays);
  const todayKey = dayKey(today);
  const doneToday = days.has(todayKey);
  let current = 0;
  for (let d = doneToday ? today : addDays(today, -1); days.has(dayKey(d)); d = addDays(d, -1)) current++;

  let longest = 0;
  let longestStart: string | null = null;
  let longestEnd: string | null = null;
  let runStart: string | null = null;
  let run = 0;
  let previous: string | null = null;
  for (const day of [...days].filter((d) => d <= todayKey).sort()) {
    run = previous !== null && dayKey(addDays(fromDayKey(previous), 1)) === day ? run + 1 : 1;
    if (run === 1) runStart = day;
    if (run >= longest) [longest, longestStart, longestEnd] = [run, runStart, day];
    previous = day;
  }
  return { current, today: doneToday, longest, longestStart, longestEnd };
}
