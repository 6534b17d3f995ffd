// Merging an export into the state (`mlroad import`), per topic:
// - history: the union of both, without duplicates (same time, previous and
//   new status), oldest first; imported changes keep their grouping under new
//   local change numbers, so `undo` can walk back through them too;
// - status: the side whose latest history entry is newer wins (a tie keeps
//   what is here);
// - notes and review logs: the union; the review card follows the status
//   (or, when both sides agree, the more recently reviewed card);
// - practice records: solved at the earlier date, the larger attempt count.
// Pure: the caller decides whether to write (or only report, for --dry-run).
import type { Status } from '../progress.js';
import { applyCardLifecycle } from '../review/lifecycle.js';
import type { Scheduler } from '../review/card.js';
import type { ExportDoc } from './export-doc.js';
import { roadmapState } from './ops.js';
import { mergePractice } from './practice.js';
import type { HistoryEntry, StateDoc, TopicRecord } from './types.js';

export interface MergeSummary {
  /** Topics whose status the import changed. */
  changed: { id: string; from: Status; to: Status }[];
  /** Topics whose status differs in the file but changed more recently here. */
  keptLocal: { id: string; here: Status; file: Status }[];
  historyAdded: number;
  notesAdded: number;
  reviewsAdded: number;
}

const entryKey = (h: HistoryEntry) => `${h.at}|${h.previous}|${h.status}`;
const latest = (history: readonly HistoryEntry[]) => history.reduce((t, h) => Math.max(t, Date.parse(h.at)), -Infinity);
const byTime = <T extends { at: string }>(a: T, b: T) => Date.parse(a.at) - Date.parse(b.at);

export function mergeExport(doc: StateDoc, roadmapId: string, exported: ExportDoc, at: Date, scheduler?: Scheduler): MergeSummary {
  const state = roadmapState(doc, roadmapId);
  const summary: MergeSummary = { changed: [], keptLocal: [], historyAdded: 0, notesAdded: 0, reviewsAdded: 0 };

  // Imported change numbers → local ones. A change already here (one of its
  // entries is) keeps its local number; the others get new numbers in their
  // imported order.
  const numbers = new Map<number, number>();
  const known = new Map<string, Map<string, HistoryEntry>>();
  for (const [id, record] of Object.entries(state.topics)) known.set(id, new Map(record.history.map((h) => [entryKey(h), h])));
  const needed = new Set<number>();
  for (const [id, record] of Object.entries(exported.topics)) {
    for (const h of record.history) {
      const here = known.get(id)?.get(entryKey(h));
      if (here) {
        if (!numbers.has(h.change)) numbers.set(h.change, here.change);
        continue;
      }
      needed.add(h.change);
      if (h.undoes !== undefined) needed.add(h.undoes);
    }
  }
  for (const n of [...needed].sort((a, b) => a - b)) if (!numbers.has(n)) numbers.set(n, ++state.changes);

  for (const [id, incoming] of Object.entries(exported.topics)) {
    const local = state.topics[id];
    const seen = known.get(id);
    const added = incoming.history
      .filter((h) => !seen?.has(entryKey(h)))
      .map((h) => ({ ...h, change: numbers.get(h.change)!, ...(h.undoes !== undefined ? { undoes: numbers.get(h.undoes)! } : {}) }));
    summary.historyAdded += added.length;
    if (!local) {
      const record: TopicRecord = { ...structuredClone(incoming), history: added.sort(byTime) };
      summary.notesAdded += record.notes?.length ?? 0;
      summary.reviewsAdded += record.reviews?.length ?? 0;
      if (record.status !== 'pending') summary.changed.push({ id, from: 'pending', to: record.status });
      if (record.status === 'done' && !record.card) applyCardLifecycle(record, 'done', at, scheduler);
      state.topics[id] = record;
      continue;
    }
    const localLatest = latest(local.history);
    if (added.length) local.history = [...local.history, ...added].sort(byTime);

    const notes = new Set((local.notes ?? []).map((n) => `${n.at}|${n.text}`));
    const newNotes = (incoming.notes ?? []).filter((n) => !notes.has(`${n.at}|${n.text}`));
    if (newNotes.length) local.notes = [...(local.notes ?? []), ...structuredClone(newNotes)].sort(byTime);
    summary.notesAdded += newNotes.length;

    const reviews = new Set((local.reviews ?? []).map((r) => `${r.at}|${r.rating}`));
    const newReviews = (incoming.reviews ?? []).filter((r) => !reviews.has(`${r.at}|${r.rating}`));
    if (newReviews.length) local.reviews = [...(local.reviews ?? []), ...structuredClone(newReviews)].sort(byTime);
    summary.reviewsAdded += newReviews.length;

    const practice = mergePractice(local.practice, incoming.practice);
    if (practice) local.practice = practice;

    if (incoming.status !== local.status) {
      if (latest(incoming.history) > localLatest) {
        summary.changed.push({ id, from: local.status, to: incoming.status });
        local.status = incoming.status;
        if (incoming.card) local.card = structuredClone(incoming.card);
        else applyCardLifecycle(local, incoming.status, at, scheduler);
      } else summary.keptLocal.push({ id, here: local.status, file: incoming.status });
    } else if (incoming.card && (!local.card || (incoming.card.last_review ?? '') > (local.card.last_review ?? ''))) {
      local.card = structuredClone(incoming.card);
    }
  }
  return summary;
}
