// Marking topics: the one operation the CLI commands and the TUI share.
import { leavesOf, type Roadmap, type Topic } from '../core/roadmap/types.js';
import type { Status } from '../core/progress.js';
import { loadScheduler } from '../core/review/load-scheduler.js';
import { setStatus } from '../core/state/ops.js';
import type { StateStore } from '../store/state-store.js';
import type { StateDoc } from '../core/state/types.js';

export interface MarkResult {
  /** Leaves whose status actually changed, in outline order. */
  changed: Topic[];
  /** The state as written (for re-rendering without another read). */
  doc: StateDoc;
}

/** Sets `status` on every leaf of `topics` in one locked read-modify-write. */
export async function markTopics(store: StateStore, roadmap: Roadmap, topics: readonly Topic[], status: Status, at: Date): Promise<MarkResult> {
  const leafIds = [...new Set(topics.flatMap((t) => leavesOf(roadmap, t).map((l) => l.id)))];
  // Done topics get review cards: the FSRS scheduler is loaded for that only.
  const scheduler = status === 'done' ? await loadScheduler() : undefined;
  let written: StateDoc | undefined;
  const changedIds = await store.update((doc) => {
    written = doc;
    return setStatus(doc, roadmap.id, leafIds, status, at, scheduler);
  });
  const changed = changedIds.map((id) => roadmap.byId.get(id)!).sort((a, b) => a.index - b.index);
  return { changed, doc: written! };
}
