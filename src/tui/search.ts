// Incremental search over titles and ids (pure). Every word of the query must
// occur in the title or the id, case-insensitively ("chain rule", "back-prop").
// An outline number ("2.1.2") also finds that topic, first.
import { mergeRanges } from '../core/ranges.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { clean } from '../render/sanitize.js';

// Lower-cased "title id" per topic, built once per topic and reused on every key.
const haystacks = new WeakMap<Topic, string>();
function haystack(t: Topic): string {
  let h = haystacks.get(t);
  if (h === undefined) haystacks.set(t, (h = `${clean(t.title).toLowerCase()}\n${t.id.toLowerCase()}`));
  return h;
}

const queryWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Topics matching `query`, in outline order. `pool` narrows the search to a
 * previous result (valid when the query only grew).
 */
export function searchTopics(roadmap: Roadmap, query: string, pool?: readonly Topic[]): Topic[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const byNumber = /^\d+(\.\d+)*$/.test(query.trim()) ? roadmap.byNumber.get(query.trim()) : undefined;
  const out: Topic[] = byNumber ? [byNumber] : [];
  for (const t of pool ?? roadmap.all) {
    if (t === byNumber) continue;
    const h = haystack(t);
    if (words.every((w) => h.includes(w))) out.push(t);
  }
  return out;
}

/**
 * Where the query's words occur in a (cleaned) title, as sorted, merged
 * [start, end) ranges of code units, for highlighting.
 */
export function matchRanges(title: string, query: string): [number, number][] {
  const lower = title.toLowerCase();
  // toLowerCase can change the length of some characters; then offsets would lie.
  if (lower.length !== title.length) return [];
  const ranges: [number, number][] = [];
  for (const w of queryWords(query)) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) ranges.push([at, at + w.length]);
  }
  return mergeRanges(ranges);
}
