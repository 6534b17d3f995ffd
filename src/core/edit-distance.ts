// How far apart two words are, for "did you mean" suggestions.

/**
 * Edit distance where swapping two neighbours counts as one edit ("chian" ~
 * "chain"). With `max`, stops as soon as the distance must exceed it and
 * returns max + 1: suggestions only care about close words, and a roadmap
 * may hold thousands of long ids to compare with.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev] = [prev, cur];
  }
  return Math.min(prev[b.length]!, max + 1);
}

/**
 * The candidate closest to `word` within `max` edits, or null. Candidates are
 * compared against a bounded budget: at most `limit` of them are looked at
 * closely (those whose length is within reach), so the cost stays linear in
 * the number of candidates with a small constant.
 */
export function closest(word: string, candidates: Iterable<string>, max: number, limit = 5_000): string | null {
  let best: string | null = null;
  let bestDistance = max + 1;
  let looked = 0;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    if (++looked > limit) break;
    const d = editDistance(word, c, bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [c, d];
    if (d === 0) break;
  }
  return best;
}
