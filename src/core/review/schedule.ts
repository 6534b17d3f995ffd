// The FSRS scheduler behind a small pure interface: card state + rating + now
// in, new card state + interval out. The only module that imports ts-fsrs; it
// is loaded on demand (loadScheduler() in card.ts), never by `next`.
//
// Settings, chosen for whole roadmap topics rather than flashcards:
// - no short-term (minute) learning steps: every interval is at least a day;
// - no fuzz: the same answers give the same dates (reproducible with MLROAD_NOW);
// - at most a year between reviews: a topic is seen again at least yearly.
import { createEmptyCard, fsrs, Rating, State, type Card, type CardInput, type Grade } from 'ts-fsrs';
import { CARD_STATES, type CardState, type RatingName, type ReviewCard, type ReviewEntry } from './card.js';
import { DAY_MS } from '../time.js';

export const MAX_INTERVAL_DAYS = 365;
/** Contract §8: a topic marked done gets its first review 1 to 14 days later. */
export const FIRST_REVIEW_DAYS = { min: 1, max: 14 } as const;

const scheduler = fsrs({ request_retention: 0.9, maximum_interval: MAX_INTERVAL_DAYS, enable_fuzz: false, enable_short_term: false });

const GRADE: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATE: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

function toFsrs(card: ReviewCard | undefined, at: Date): CardInput | Card {
  if (!card) return createEmptyCard(at);
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs 5; it is recomputed from last_review
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE[card.state],
    last_review: card.last_review ? new Date(card.last_review) : null,
  };
}

function fromFsrs(card: Card): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: CARD_STATES[card.state] ?? 'review',
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** Whole days from the review to its due time (what the learner sees as the interval). */
const intervalOf = (card: ReviewCard, at: Date) => Math.round((Date.parse(card.due) - at.getTime()) / DAY_MS);

/**
 * Rates a card at `at`. A clock behind the card's last review (set back, or a
 * card imported from a machine whose clock runs ahead) counts as no time
 * elapsed since that review: ts-fsrs refuses a negative interval ("Invalid
 * delta_t"), and the learner's answer is still worth recording.
 */
export function rate(card: ReviewCard | undefined, rating: RatingName, asked: Date): { card: ReviewCard; entry: ReviewEntry } {
  const last = card?.last_review ? Date.parse(card.last_review) : NaN;
  const at = last > asked.getTime() ? new Date(last) : asked;
  let next = fromFsrs(scheduler.next(toFsrs(card, at), at, GRADE[rating]).card);
  // ts-fsrs keeps Easy a day or two past Good even at maximum_interval: hold the cap.
  if (intervalOf(next, at) > MAX_INTERVAL_DAYS)
    next = { ...next, due: new Date(at.getTime() + MAX_INTERVAL_DAYS * DAY_MS).toISOString(), scheduled_days: MAX_INTERVAL_DAYS };
  return { card: next, entry: { at: asked.toISOString(), rating, interval: intervalOf(next, asked), due: next.due } };
}

export function preview(card: ReviewCard | undefined, at: Date): Record<RatingName, { interval: number; due: string }> {
  const out = {} as Record<RatingName, { interval: number; due: string }>;
  for (const rating of Object.keys(GRADE) as RatingName[]) {
    const { card: next } = rate(card, rating, at);
    out[rating] = { interval: intervalOf(next, at), due: next.due };
  }
  return out;
}

/**
 * Marking a topic done counts as having learned it well: a new card rated
 * Good (3 days with the default FSRS weights), kept within FIRST_REVIEW_DAYS
 * whatever the weights.
 */
export function firstCard(at: Date): ReviewCard {
  const { card } = rate(undefined, 'good', at);
  const days = Math.min(FIRST_REVIEW_DAYS.max, Math.max(FIRST_REVIEW_DAYS.min, intervalOf(card, at)));
  return { ...card, due: new Date(at.getTime() + days * DAY_MS).toISOString(), scheduled_days: days };
}
