import { DAY_MS } from '../time.js';
// Calendar days in the learner's local time zone (TZ): a streak is about the
// days someone lives, not UTC days. Days are "YYYY-MM-DD" keys; arithmetic
// goes through the calendar (never +86400000 ms) so DST changes are harmless.

export const dayKey = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Local midnight of the day of `d`. */
export const startOfDay = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());

export const addDays = (d: Date, n: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/** 0 = Monday … 6 = Sunday (ISO weeks, as in most of the world's calendars). */
const weekday = (d: Date): number => (d.getDay() + 6) % 7;

/** Local midnight of the Monday of the week of `d`. */
export const startOfWeek = (d: Date): Date => addDays(startOfDay(d), -weekday(d));

/** Local midnight of a "YYYY-MM-DD" key. */
export function fromDayKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** Whole calendar days from a to b. */
export const daysBetween = (a: Date, b: Date): number => Math.round((startOfDay(b).getTime() - startOfDay(a).getTime()) / DAY_MS);
