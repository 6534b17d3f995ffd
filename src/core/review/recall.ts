// Predicted recall of a done topic: the FSRS forgetting curve over its stored
// stability and the time since its last review, without loading ts-fsrs
// (`next` computes it on its start-up path, in shell prompts):
//
//   R(t) = (1 + FACTOR · t / S) ^ DECAY,  FACTOR = 0.9 ^ (1 / DECAY) − 1
//
// so that R(S) = 0.9: stability is the time in days until recall falls to 90 %.
// DECAY is ts-fsrs 5's default (FSRS-6, the last of its default weights:
// default_w[20] = 0.1542), which is what schedule.ts uses; t is whole days
// since the last review, as ts-fsrs's get_retrievability counts them.
// tests/unit/recall.test.ts checks both against ts-fsrs itself.
import { DAY_MS } from '../time.js';
import type { ReviewCard } from './card.js';

export const FSRS_DECAY = -0.1542;
/** 0.98034649 (rounded to 8 places, as ts-fsrs does). */
export const FSRS_FACTOR = Math.round((Math.pow(0.9, 1 / FSRS_DECAY) - 1) * 1e8) / 1e8;

/** The forgetting curve: recall after `days` at stability `stability` (days). */
export const forgettingCurve = (days: number, stability: number): number => Math.pow(1 + (FSRS_FACTOR * days) / stability, FSRS_DECAY);

export interface Recall {
  /** Predicted probability of recalling the topic now, 0–1. */
  recall: number;
  /** Whole days since the last review (or since it was marked done). */
  days: number;
  stability: number;
  /** ISO time of the last review. */
  since: string;
}

/** The predicted recall of a card at `now`; null for a card that has no review yet or no usable stability. */
export function recallOf(card: ReviewCard | undefined, now: Date): Recall | null {
  if (!card || !card.last_review || !(card.stability > 0)) return null;
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(card.last_review)) / DAY_MS));
  return { recall: forgettingCurve(days, card.stability), days, stability: card.stability, since: card.last_review };
}

/** "62 %": recall as the learner reads it, rounded down (so a recall below a threshold never reads as the threshold; never "0 %" above 0). */
export function percentText(recall: number): string {
  let p = Math.floor(recall * 100);
  if (recall < 1 && p >= 100) p = 99;
  if (recall > 0 && p <= 0) p = 1;
  return `${p} %`;
}
