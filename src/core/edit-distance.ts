// How far apart two words are, for "did you mean" suggestions.

/** Work left for suggestions, shared by every call on one file: counts table cells computed and candidates looked at. */
export interface Budget {
  left: number;
}

/** Enough for hundreds of suggestions in any real roadmap; a hostile file runs out of it in well under a second. */
export const SUGGESTION_BUDGET = 20_000_000;

/**
 * Edit distance where swapping two neighbours counts as one edit ("chian" ~
 * "chain"). With `max`, only the band of the table within `max` of the
 * diagonal is computed, and it stops as soon as the distance must exceed
 * `max`, returning max + 1: suggestions only care about close words, and a
 * roadmap may hold thousands of long ids to compare with. `budget` (if given)
 * is charged for every cell of each row computed.
 */
export function editDistance(a: string, b: string, max = Infinity, budget?: Budget): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const band = Number.isFinite(max) ? max : Math.max(a.length, b.length);
  const BIG = max + 1 > 0 && Number.isFinite(max) ? max + 1 : a.length + b.length + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= band ? j : BIG));
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(b.length, i + band);
    const cur = new Array<number>(b.length + 1).fill(BIG);
    cur[0] = i <= band ? i : BIG;
    let rowMin = cur[0];
    for (let j = lo; j <= hi; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (budget) budget.left -= b.length + 1; // the row is allocated whole
    if (rowMin > max) return max + 1;
    [prev2, prev] = [prev, cur];
  }
  return Math.min(prev[b.length]!, max + 1);
}

/**
 * The candidate closest to `word` within `max` edits, or null. Candidates
 * whose length is out of reach cost one unit each; the others cost the cells
 * their comparison computes. When `budget` runs out the best found so far is
 * returned (or null): a file with thousands of unknown references gets
 * suggestions for the first ones, and every problem is still reported.
 */
export function closest(word: string, candidates: Iterable<string>, max: number, budget: Budget = { left: SUGGESTION_BUDGET }): string | null {
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const c of candidates) {
    if (budget.left <= 0) break;
    budget.left--;
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = editDistance(word, c, bestDistance - 1, budget);
    if (d < bestDistance) [best, bestDistance] = [c, d];
    if (d === 0) break;
  }
  return best;
}
