// Topic references: an id, else an outline number, else a
// case-insensitive title match (exact title first, else all query words).
import { UsageError } from '../errors.js';
import { editDistance, SUGGESTION_BUDGET, type Budget } from '../edit-distance.js';
import { pathOf, type Roadmap, type Topic } from './types.js';

export type Resolution = { kind: 'found'; topic: Topic } | { kind: 'ambiguous'; candidates: Topic[] } | { kind: 'unknown'; suggestions: Topic[] };

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
/** Letters and digits only: "back-prop" and "backprop" compare equal. */
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (text: string) =>
  normalize(text)
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);

export function resolveReference(roadmap: Roadmap, reference: string): Resolution {
  const ref = reference.trim();
  const byId = roadmap.byId.get(ref);
  if (byId) return { kind: 'found', topic: byId };
  const byNumber = roadmap.byNumber.get(ref.replace(/\.$/, ''));
  if (byNumber) return { kind: 'found', topic: byNumber };

  const query = normalize(ref);
  if (query === '') return { kind: 'unknown', suggestions: [] };
  const exact = roadmap.all.filter((t) => normalize(t.title) === query);
  if (exact.length === 1) return { kind: 'found', topic: exact[0]! };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };

  const queryWords = words(ref);
  if (queryWords.length) {
    const matches = roadmap.all.filter((t) => {
      const title = normalize(t.title);
      return queryWords.every((w) => title.includes(w));
    });
    if (matches.length === 1) return { kind: 'found', topic: matches[0]! };
    if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  }
  return { kind: 'unknown', suggestions: suggestTopics(roadmap, query) };
}

/**
 * Close misspellings of an id, a title, their beginnings or their words; best
 * first. Distances are bounded (only a score within `budget` counts, so each
 * comparison stops as soon as it must exceed it), and the whole search runs on
 * a fixed work budget: a 2,000-character reference on 100,000 topics answers
 * at once instead of after minutes.
 */
export function suggestTopics(roadmap: Roadmap, query: string, limit = 3, work: Budget = { left: SUGGESTION_BUDGET }): Topic[] {
  const budget = Math.max(2, Math.floor(query.length / 3));
  const queryWords = words(query);
  const scored: { topic: Topic; score: number }[] = [];
  const near = (a: string, b: string, max: number) => editDistance(a, b, max, work);
  for (const t of roadmap.all) {
    if (work.left <= 0) break;
    const title = normalize(t.title);
    let score = Math.min(
      near(query, t.id, budget),
      near(query, title, budget),
      near(query, t.id.slice(0, query.length), budget - 1) + 1,
      near(query, title.slice(0, query.length), budget - 1) + 1,
      near(compact(query), compact(t.id).slice(0, compact(query).length), budget - 1) + 1,
    );
    // Every query word close to some word of the title ("chian rule").
    const titleWords = words(t.title);
    let sum = 1;
    for (const w of queryWords) {
      const most = Math.max(1, Math.floor(w.length / 4));
      const best = Math.min(...titleWords.map((tw) => near(w, tw.slice(0, Math.max(w.length, 4)), most)));
      sum += best > most ? Infinity : best;
    }
    score = Math.min(score, sum);
    if (score <= budget) scored.push({ topic: t, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.topic.index - b.topic.index)
    .slice(0, limit)
    .map((s) => s.topic);
}

/** Resolves or throws a UsageError that names the candidates or suggestions. */
export function resolveTopic(roadmap: Roadmap, reference: string): Topic {
  const result = resolveReference(roadmap, reference);
  if (result.kind === 'found') return result.topic;
  throw new TopicReferenceError(reference, result);
}

/** A usage error that keeps the candidates, so --json output can list them too. */
export class TopicReferenceError extends UsageError {
  constructor(
    readonly reference: string,
    readonly resolution: Exclude<Resolution, { kind: 'found' }>,
  ) {
    super(describeFailure(reference, resolution));
  }
}

const MAX_LISTED = 12;

function describeFailure(reference: string, r: Exclude<Resolution, { kind: 'found' }>): string {
  const listed = r.kind === 'ambiguous' ? r.candidates.slice(0, MAX_LISTED) : r.suggestions;
  const numberWidth = Math.max(0, ...listed.map((t) => t.number.length));
  const idWidth = Math.max(0, ...listed.map((t) => t.id.length));
  const line = (t: Topic) => `  ${t.number.padEnd(numberWidth)}  ${t.id.padEnd(idWidth)}  ${[...pathOf(t), t.title].join(' › ')}`;
  if (r.kind === 'ambiguous') {
    const shown = listed.map(line);
    if (r.candidates.length > MAX_LISTED) shown.push(`  … and ${r.candidates.length - MAX_LISTED} more`);
    return `"${reference}" matches ${r.candidates.length} topics; use an id or an outline number:\n${shown.join('\n')}`;
  }
  if (r.suggestions.length === 0) return `no topic matches "${reference}" (try \`mlroad tree\` to see ids and numbers)`;
  return `no topic matches "${reference}"; did you mean:\n${r.suggestions.map(line).join('\n')}`;
}
