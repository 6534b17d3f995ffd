// Writing from the browser: statuses through markTopics, undo through
// undoLast, reviews through recordReview and notes through appendNote, the
// operations the CLI commands use too (locked read-modify-write, persisted at
// once). Writes run one after another, in the order they were asked for, so
// the last result shown is the latest state (an undo undoes the mark queued
// before it), and quitting can wait until nothing is left unwritten.
import type { Status } from '../core/progress.js';
import type { RatingName } from '../core/review/card.js';
import { recordReview, type ReviewResult } from '../actions/review.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { markTopics, type MarkResult } from '../actions/mark.js';
import { appendNote, type NoteResult } from '../actions/note.js';
import type { StateStore } from '../store/state-store.js';
import { undoLast, type UndoResult } from '../actions/undo.js';

export class Persister {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: StateStore,
    readonly roadmap: Roadmap,
  ) {}

  /** Runs `job` after everything queued before it; a failure does not stop the queue. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(job);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  mark(topics: readonly Topic[], status: Status, at: Date): Promise<MarkResult> {
    return this.run(() => markTopics(this.store, this.roadmap, topics, status, at));
  }

  undo(at: Date): Promise<UndoResult> {
    return this.run(() => undoLast(this.store, this.roadmap, at));
  }

  review(topic: Topic, rating: RatingName, at: Date): Promise<ReviewResult> {
    return this.run(() => recordReview(this.store, this.roadmap, topic, rating, at));
  }

  /**
   * A note written in the editor: after the writes queued before it (none is
   * in flight while the editor has the terminal), `compose` gives the text,
   * which is appended at the clock's time then. Null when it was empty.
   */
  note(topic: Topic, compose: () => Promise<string | null>, clock: () => Date): Promise<NoteResult | null> {
    return this.run(async () => {
      const text = await compose();
      return text === null ? null : appendNote(this.store, this.roadmap.id, topic.id, text, clock());
    });
  }

  /** Resolves when every write asked for so far has finished (or failed). */
  idle(): Promise<void> {
    return this.#queue.then(() => undefined);
  }
}

/** An error as one line for the status line (a corrupt state file, a held lock...). */
export const errorText = (error: unknown): string => `Not saved: ${error instanceof Error ? error.message : String(error)}`;
