// Writing statuses from the browser: through markTopics, the one operation the
// CLI commands use too (locked read-modify-write, persisted at once). Writes
// run one after another, so the last result shown is the latest state, and
// quitting can wait until nothing is left unwritten.
import type { Status } from '../progress/status.js';
import type { Roadmap, Topic } from '../roadmap/types.js';
import { markTopics, type MarkResult } from '../state/mark.js';
import type { StateStore } from '../state/store.js';

export class Persister {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: StateStore,
    readonly roadmap: Roadmap,
  ) {}

  mark(topics: readonly Topic[], status: Status, at: Date): Promise<MarkResult> {
    const run = this.#queue.then(() => markTopics(this.store, this.roadmap, topics, status, at));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every write asked for so far has finished (or failed). */
  idle(): Promise<void> {
    return this.#queue.then(() => undefined);
  }
}

/** An error as one line for the status line (a corrupt state file, a held lock...). */
export const errorText = (error: unknown): string => `Not saved: ${error instanceof Error ? error.message : String(error)}`;
