// Which reviews are due, computed once per state change (not per row per
// frame): the ids for the ↻ badge on leaves, their leaf positions (sorted) so
// a parent row counts the due leaves below it with two binary searches, and
// the time the next card falls due, so the clock only forces a recount when
// something new can be due.
import type { Progress } from '../core/progress.js';
import type { Topic } from '../core/roadmap/types.js';
import { scheduledReviews } from '../core/review/due.js';
import type { RoadmapState } from '../core/state/types.js';

export interface Due {
  /** Ids of the leaves due for review. */
  readonly ids: ReadonlySet<string>;
  /** Their positions in roadmap.leaves, ascending. */
  readonly leaves: readonly number[];
  /** Epoch ms when the soonest card that is not due yet falls due (Infinity: none). */
  readonly until: number;
}

export const NO_DUE: Due = { ids: new Set(), leaves: [], until: Infinity };

/** The due reviews at `now`: the same rule as `mlroad review` (done leaves with an active card whose time has come). */
export function dueAt(progress: Progress, state: RoadmapState | undefined, now: Date): Due {
  const ids = new Set<string>();
  const leaves: number[] = [];
  let until = Infinity;
  // Soonest first: the due ones are a prefix, and the first one after it sets `until`.
  // (scheduledReviews has left suspended cards out: what remains is due when its time has come, as isDue says.)
  for (const { topic, card } of scheduledReviews(progress, state)) {
    const at = Date.parse(card.due);
    if (!(at <= now.getTime())) {
      until = at;
      break;
    }
    ids.add(topic.id);
    leaves.push(topic.leafStart);
  }
  return { ids, leaves: leaves.sort((a, b) => a - b), until };
}

/** First index in a sorted array whose value is >= x. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Due reviews at or below a topic: O(log due). */
export function dueBelow(due: Due, topic: Topic): number {
  if (due.leaves.length === 0) return 0;
  return lowerBound(due.leaves, topic.leafEnd) - lowerBound(due.leaves, topic.leafStart);
}
