// Pure changes to a state document. Each returns what it changed, so commands
// can confirm it and --json can report it.
import type { Status } from '../progress.js';
import type { Scheduler } from '../review/card.js';
import { applyCardLifecycle } from '../review/lifecycle.js';
import { emptyRoadmapState, type HistoryEntry, type RoadmapState, type StateDoc } from './types.js';

export function roadmapState(doc: StateDoc, roadmapId: string): RoadmapState {
  doc.roadmaps[roadmapId] ??= emptyRoadmapState();
  const state = doc.roadmaps[roadmapId];
  state.changes ??= 0;
  return state;
}

/**
 * Sets `status` on the given leaf ids; records history for those that change
 * and keeps their review cards in step (src/review/lifecycle.ts; marking done
 * needs the `scheduler` from loadScheduler() to create a card).
 * `via` names what made the change when it was not a plain status command
 * (`placement`); it is kept on the history entries.
 * Returns the ids that actually changed (in the order given).
 */
export function setStatus(
  doc: StateDoc,
  roadmapId: string,
  leafIds: readonly string[],
  status: Status,
  at: Date,
  scheduler?: Scheduler,
  via?: HistoryEntry['via'],
): string[] {
  const state = roadmapState(doc, roadmapId);
  const changed = leafIds.filter((id) => (state.topics[id]?.status ?? 'pending') !== status);
  if (changed.length === 0) return changed;
  const change = ++state.changes;
  const iso = at.toISOString();
  for (const id of changed) {
    const record = (state.topics[id] ??= { status: 'pending', history: [] });
    const entry: HistoryEntry = { status, at: iso, previous: record.status, change, ...(via ? { via } : {}) };
    record.history.push(entry);
    record.status = status;
    // Keep the card this change removes or suspends on its entry, for undo.
    const before = record.card ? structuredClone(record.card) : undefined;
    applyCardLifecycle(record, status, at, scheduler);
    if (before && JSON.stringify(before) !== JSON.stringify(record.card)) entry.card = before;
  }
  return changed;
}
