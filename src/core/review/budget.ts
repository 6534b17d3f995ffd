// The daily review budget (`review.daily-limit`): how many reviews are left
// for today once those already answered today (local calendar day, as streaks
// count days) are taken off. Every answered review counts, refreshes included.
import type { RoadmapState } from '../state/types.js';
import { dayKey } from '../stats/days.js';

export interface ReviewBudget {
  /** The daily limit; 0 means none. */
  limit: number;
  /** Reviews answered today. */
  doneToday: number;
  /** How many more may be offered today (Infinity without a limit). */
  remaining: number;
}

export function reviewBudget(state: RoadmapState | undefined, now: Date, limit: number): ReviewBudget {
  const today = dayKey(now);
  let doneToday = 0;
  for (const record of Object.values(state?.topics ?? {})) {
    for (const r of record.reviews ?? []) {
      const at = new Date(r.at);
      if (at <= now && dayKey(at) === today) doneToday++;
    }
  }
  return { limit, doneToday, remaining: limit > 0 ? Math.max(0, limit - doneToday) : Infinity };
}

/** "Today's 20 reviews are done (review.daily-limit); 6 more due reviews wait for tomorrow". */
export function budgetSpentText(budget: ReviewBudget, due: number): string {
  const done = budget.limit === 1 ? "Today's review is done" : `Today's ${budget.limit} reviews are done`;
  const wait = due === 1 ? '1 more due review waits for tomorrow' : `${due} more due reviews wait for tomorrow`;
  return `${done} (review.daily-limit); ${wait}`;
}
