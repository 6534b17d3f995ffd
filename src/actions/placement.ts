// Applying a placement: the leaves the learner knew become done in ONE change
// (one `mlroad undo` takes it all back), their history saying "placement",
// each with a first review card as if reviewed Good (as `done` gives).
import { loadScheduler } from '../core/review/load-scheduler.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { setStatus } from '../core/state/ops.js';
import type { StateDoc } from '../core/state/types.js';
import type { StateStore } from '../store/state-store.js';

export interface PlacementResult {
  /** Leaves that became done, in outline order. */
  changed: Topic[];
  doc: StateDoc;
}

export async function applyPlacement(store: StateStore, roadmap: Roadmap, known: readonly Topic[], at: Date): Promise<PlacementResult> {
  const ids = [...new Set(known.filter((t) => t.children.length === 0).map((t) => t.id))];
  const scheduler = await loadScheduler();
  let written: StateDoc | undefined;
  const changedIds = await store.update((doc) => {
    written = doc;
    return ids.length ? setStatus(doc, roadmap.id, ids, 'done', at, scheduler, 'placement') : [];
  });
  const changed = changedIds.map((id) => roadmap.byId.get(id)!).sort((a, b) => a.index - b.index);
  return { changed, doc: written! };
}
