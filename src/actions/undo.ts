// Undo: plan and apply (core/state/undo.ts) in one locked read-modify-write,
// shared by `mlroad undo` and the browser's `z`.
import { loadScheduler } from '../core/review/load-scheduler.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { applyUndo, undoPlan, type UndoPlan } from '../core/state/undo.js';
import type { StateDoc } from '../core/state/types.js';
import type { StateStore } from '../store/state-store.js';

export interface UndoResult {
  /** The change reverted, or null when there was nothing to undo. */
  plan: UndoPlan | null;
  /** Reverted topics of the roadmap, in outline order (ids no longer in the file are in `plan` only). */
  changed: Topic[];
  doc: StateDoc;
}

/** Undoes the most recent change still in effect, in one locked read-modify-write. */
export async function undoLast(store: StateStore, roadmap: Roadmap, at: Date): Promise<UndoResult> {
  // Restoring `done` creates a review card, which needs the scheduler.
  const scheduler = await loadScheduler();
  let written: StateDoc | undefined;
  const plan = await store.update((doc) => {
    written = doc;
    const found = undoPlan(doc.roadmaps[roadmap.id]);
    if (found) applyUndo(doc, roadmap.id, found, at, scheduler);
    return found;
  });
  const changed = (plan?.reverts ?? [])
    .map((r) => roadmap.byId.get(r.id))
    .filter((t): t is Topic => t !== undefined)
    .sort((a, b) => a.index - b.index);
  return { plan, changed, doc: written! };
}
