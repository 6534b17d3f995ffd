// Recording a review: one locked read-modify-write of the state, like marking.
// The topic must be a done leaf when the write happens (checked under the lock).
import { UsageError } from '../core/errors.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import type { StateStore } from '../store/state-store.js';
import type { StateDoc } from '../core/state/types.js';
import { type RatingName, type ReviewCard, type ReviewEntry } from '../core/review/card.js';
import { loadScheduler } from '../core/review/load-scheduler.js';

export interface ReviewResult {
  card: ReviewCard;
  entry: ReviewEntry;
  /** Answered reviews of the topic so far, this one included. */
  count: number;
  /** The state as written. */
  doc: StateDoc;
}

export function notReviewable(topic: Topic, status: string): UsageError {
  if (topic.children.length)
    return new UsageError(`${topic.number} ${topic.title} is a section; review its topics one at a time (mlroad review lists those due)`);
  return new UsageError(`${topic.number} ${topic.title} is ${status}, not done: only done topics are reviewed (mark it: mlroad done ${topic.number})`);
}

export async function recordReview(store: StateStore, roadmap: Roadmap, topic: Topic, rating: RatingName, at: Date): Promise<ReviewResult> {
  if (topic.children.length) throw notReviewable(topic, '');
  const scheduler = await loadScheduler();
  let written: StateDoc | undefined;
  const { card, entry, count } = await store.update((doc) => {
    written = doc;
    const record = doc.roadmaps[roadmap.id]?.topics[topic.id];
    if (record?.status !== 'done') throw notReviewable(topic, record?.status ?? 'pending');
    const next = scheduler.rate(record.card, rating, at);
    record.card = next.card;
    (record.reviews ??= []).push(next.entry);
    return { ...next, count: record.reviews.length };
  });
  return { card, entry, count, doc: written! };
}
