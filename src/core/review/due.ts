// Which reviews are due: pure, from the due times stored on the cards (no
// ts-fsrs here: `next` uses this on its start-up path). Only leaves that are
// done count, so a card left behind by any other path never falls due.
import type { Progress } from '../progress.js';
import type { Topic } from '../roadmap/types.js';
import type { RoadmapState } from '../state/types.js';
import { isDue, type ReviewCard } from './card.js';

export interface Review {
  topic: Topic;
  card: ReviewCard;
}

/** Active cards (done leaves, not suspended) in scope, soonest due first (then outline order). */
export function scheduledReviews(progress: Progress, state: RoadmapState | undefined, within?: Topic): Review[] {
  if (!state) return [];
  const roadmap = progress.roadmap;
  const [from, to] = within ? [within.leafStart, within.leafEnd] : [0, roadmap.leafCount];
  // Only topics with a record can have a card: walk those, not every leaf (`next` runs in prompts).
  const out: (Review & { at: number })[] = [];
  for (const [id, record] of Object.entries(state.topics)) {
    const card = record.card;
    if (!card || card.suspended) continue;
    const topic = roadmap.byId.get(id);
    if (!topic || topic.children.length > 0 || topic.leafStart < from || topic.leafStart >= to || progress.status(topic) !== 'done') continue;
    out.push({ topic, card, at: Date.parse(card.due) });
  }
  return out.sort((a, b) => a.at - b.at || a.topic.index - b.topic.index).map(({ topic, card }) => ({ topic, card }));
}

/** Reviews due at `now`, oldest due first. */
export function dueReviews(progress: Progress, state: RoadmapState | undefined, now: Date, within?: Topic): Review[] {
  return scheduledReviews(progress, state, within).filter((r) => isDue(r.card, now));
}

/** A self-check question and its model answer (null when the roadmap gives none). */
export interface SelfCheck {
  question: string;
  answer: string | null;
}

/** The self-check to ask at this review: rotates through the topic's questions, one per answered review. */
export function questionFor(topic: Topic, state: RoadmapState | undefined): SelfCheck | null {
  const n = topic.questions.length;
  if (n === 0) return null;
  const i = (state?.topics[topic.id]?.reviews?.length ?? 0) % n;
  return { question: topic.questions[i]!, answer: topic.answers[i] ?? null };
}
