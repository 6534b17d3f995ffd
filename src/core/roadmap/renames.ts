// Progress kept for ids that are no longer in the roadmap file (contract §6:
// kept, never deleted, and reported). In a custom roadmap the usual cause is a
// renamed title: the id is derived from it. Each such id gets a guess at its
// new topic: the closest id among the topics that hold no progress yet.
import { editDistance } from '../edit-distance.js';
import type { Status } from '../progress.js';
import type { RoadmapState } from '../state/types.js';
import type { Roadmap, Topic } from './types.js';

export interface LostProgress {
  id: string;
  status: Status;
  /** The topic it most likely became (`mlroad doctor --rename id guess.id`), or null. */
  guess: Topic | null;
}

const words = (id: string) => new Set(id.split(/[-_]+/).filter(Boolean));

/** How alike two ids are, 0..1: the better of shared words and edit distance. */
function idSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const jaccard = shared / (wa.size + wb.size - shared || 1);
  const longest = Math.max(a.length, b.length) || 1;
  const budget = Math.ceil(longest / 2);
  const edits = 1 - Math.min(editDistance(a, b, budget), longest) / longest;
  return Math.max(jaccard, edits);
}

/** Below this an id is not offered as the new name of another. */
const LIKE_ENOUGH = 0.5;

/**
 * The ids with progress (a status other than pending, notes or reviews) that
 * the roadmap no longer has, each with its likely new topic. Cheap when
 * there are none: one lookup per recorded id.
 */
export function lostProgress(roadmap: Roadmap, state: RoadmapState | undefined): LostProgress[] {
  if (!state) return [];
  const lost = Object.entries(state.topics).filter(
    ([id, r]) => !roadmap.byId.has(id) && (r.status !== 'pending' || (r.notes?.length ?? 0) > 0 || (r.reviews?.length ?? 0) > 0),
  );
  if (!lost.length) return [];
  // Candidates: the leaves with nothing recorded (a renamed topic starts afresh under its new id).
  const fresh = roadmap.leaves.filter((t) => {
    const r = state.topics[t.id];
    return !r || (r.status === 'pending' && r.history.length === 0 && !r.notes?.length);
  });
  const taken = new Set<string>();
  return lost
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, record]) => {
      let guess: Topic | null = null;
      let best = LIKE_ENOUGH;
      for (const t of fresh) {
        if (taken.has(t.id)) continue;
        const score = idSimilarity(id, t.id);
        if (score > best || (guess === null && score >= LIKE_ENOUGH)) [guess, best] = [t, score];
      }
      if (guess) taken.add(guess.id);
      return { id, status: record.status, guess };
    });
}
