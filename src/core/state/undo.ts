// Undo: reverts the most recent change still in effect by writing a new
// change (history stays append-only). The entries undo writes carry
// `undoes: N`, so the next undo skips both the undo and the change it
// reverted and walks further back: undo never undoes itself.
import type { Status } from '../progress.js';
import type { ReviewCard, Scheduler } from '../review/card.js';
import { roadmapState, setStatus } from './ops.js';
import type { HistoryEntry, RoadmapState, StateDoc } from './types.js';

interface Revert {
  id: string;
  /** The review card the change removed or suspended, put back by undo. */
  card?: ReviewCard;
  /** The status the change set (and the topic still has). */
  from: Status;
  /** The status before the change: what undo restores. */
  to: Status;
}

export interface UndoPlan {
  /** The change number being reverted. */
  change: number;
  /** When it was made (its latest entry). */
  at: string;
  reverts: Revert[];
}

/**
 * The change `undo` reverts now: the highest-numbered change that is neither
 * an undo nor already undone and that some topic still shows (its status is
 * the one the change set; after an import a newer status may have replaced
 * it). Only such topics are reverted. Null when there is nothing to undo.
 */
export function undoPlan(state: RoadmapState | undefined): UndoPlan | null {
  if (!state) return null;
  const undone = new Set<number>();
  const groups = new Map<number, Map<string, HistoryEntry>>();
  for (const [id, record] of Object.entries(state.topics)) {
    for (const entry of record.history) {
      if (entry.undoes !== undefined) {
        undone.add(entry.undoes);
        continue;
      }
      let group = groups.get(entry.change);
      if (!group) groups.set(entry.change, (group = new Map()));
      group.set(id, entry); // the later entry wins if a topic appears twice in one change
    }
  }
  const candidates = [...groups.keys()].filter((n) => !undone.has(n)).sort((a, b) => b - a);
  for (const change of candidates) {
    const entries = [...groups.get(change)!];
    const reverts = entries
      .filter(([id, entry]) => state.topics[id]!.status === entry.status && entry.previous !== entry.status)
      .map(([id, entry]) => ({ id, from: entry.status, to: entry.previous, ...(entry.card ? { card: entry.card } : {}) }));
    if (reverts.length) {
      const at = entries
        .map(([, e]) => e.at)
        .sort()
        .at(-1)!;
      return { change, at, reverts: reverts.sort((a, b) => a.id.localeCompare(b.id)) };
    }
  }
  return null;
}

/**
 * Applies a plan as ONE new change. It goes through setStatus (one call per
 * restored status) so that everything a status change implies, such as
 * review cards, happens exactly as for `done`/`reset`; the entries are then
 * renumbered into a single change marked as undoing the plan's change.
 * Returns the ids reverted.
 */
export function applyUndo(doc: StateDoc, roadmapId: string, plan: UndoPlan, at: Date, scheduler?: Scheduler): string[] {
  const state = roadmapState(doc, roadmapId);
  const change = state.changes + 1;
  const byTarget = new Map<Status, string[]>();
  for (const r of plan.reverts) byTarget.set(r.to, [...(byTarget.get(r.to) ?? []), r.id]);
  const reverted: string[] = [];
  for (const [status, ids] of byTarget) reverted.push(...setStatus(doc, roadmapId, ids, status, at, scheduler));
  const cards = new Map(plan.reverts.map((r) => [r.id, r.card]));
  for (const id of reverted) {
    const record = state.topics[id]!;
    const entry = record.history.at(-1)!;
    entry.change = change;
    entry.undoes = plan.change;
    delete entry.card; // an undo is never undone: nothing to keep for it
    // The card as it was before the change (a reset removed it, a skip suspended it).
    const card = cards.get(id);
    if (card) record.card = structuredClone(card);
  }
  state.changes = change;
  return reverted;
}
