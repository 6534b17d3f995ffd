// Status changes, undo, reviews and notes coming back from the store: the
// state shown is what was saved plus the writes under way, applied with the
// store's own pure operation (setStatus), so a change shows at once.
import { leavesOf, type Roadmap } from '../../core/roadmap/types.js';
import { setStatus } from '../../core/state/ops.js';
import { cloneState, type StateDoc } from '../../core/state/types.js';
import { dueAt } from '../due.js';
import { progressOf, type Message, type PendingMark, type TuiState } from '../model.js';
import { reflow } from './tree.js';

/** `saved` with the pending changes applied, through the store's own operation. */
function withPending(roadmap: Roadmap, saved: StateDoc, pending: readonly PendingMark[]): StateDoc {
  if (pending.length === 0) return saved;
  const doc = cloneState(saved);
  for (const m of pending) {
    const leafIds = [...new Set(m.topics.flatMap((t) => leavesOf(roadmap, t).map((l) => l.id)))];
    setStatus(doc, roadmap.id, leafIds, m.status, m.at);
  }
  return doc;
}

/** New saved state and/or pending list: recompute what is shown; under a filter, the rows too. */
export function restate(s: TuiState, saved: StateDoc, pending: readonly PendingMark[], message: Message | null): TuiState {
  const doc = withPending(s.roadmap, saved, pending);
  const progress = progressOf(s.roadmap, doc);
  const due = dueAt(progress, doc.roadmaps[s.roadmap.id], s.now);
  const next: TuiState = { ...s, saved, pending, doc, progress, due, message };
  // Statuses decide what a filter shows; without one the rows stay as they are.
  return s.filter === 'all' ? next : reflow(next, {}, 'index');
}
