// What a status change does to a topic's review card. Applied by
// setStatus in the same locked write as the change itself, so every path that
// marks topics (CLI commands, the TUI) keeps cards in step with statuses.
import type { Status } from '../progress.js';
import type { ReviewCard, Scheduler } from './card.js';
import { DAY_MS } from '../time.js';

/** The part of a topic record that holds a card (TopicRecord has it). */
export interface HasCard {
  card?: ReviewCard;
}

/**
 * - done: a new card (first review 1–14 days later); a suspended one resumes,
 *   or starts over when it would fall due within a day (done must never put
 *   a topic straight back at the top of `next`);
 * - pending (reset): the card is removed (its review log stays);
 * - skipped or in progress: the card is suspended (never due) until done again.
 * `scheduler` is needed only for done; without it no card is created.
 */
export function applyCardLifecycle(record: HasCard, status: Status, at: Date, scheduler?: Scheduler): void {
  switch (status) {
    case 'done': {
      const card = record.card;
      if (card && !card.suspended) return;
      if (card && Date.parse(card.due) >= at.getTime() + DAY_MS) {
        delete card.suspended;
        return;
      }
      if (scheduler) record.card = scheduler.firstCard(at);
      else if (card) delete record.card; // a stale suspended card must not fall due at once
      return;
    }
    case 'pending':
      delete record.card;
      return;
    default:
      if (record.card) record.card.suspended = true;
  }
}
