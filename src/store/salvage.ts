// Pure diagnosis and repair of a state document: orphaned progress, renamed
// ids, and salvaging what is well-formed from a damaged file.
import type { Roadmap } from '../core/roadmap/types.js';
import { shapeProblem } from './state-file.js';
import { STATE_VERSION, emptyRoadmapState, type StateDoc, type TopicRecord } from '../core/state/types.js';

export interface Orphan {
  id: string;
  record: TopicRecord;
}

/** Progress kept for topic ids that are not in the roadmap (kept, never deleted). */
export function orphans(doc: StateDoc, roadmap: Roadmap): Orphan[] {
  const topics = doc.roadmaps[roadmap.id]?.topics ?? {};
  return Object.entries(topics)
    .filter(([id]) => !roadmap.byId.has(id))
    .map(([id, record]) => ({ id, record }));
}

/**
 * Moves the progress of `oldId` to `newId` within one roadmap. When both have
 * records, histories are merged in time order and the latest status wins.
 */
export function renameTopic(doc: StateDoc, roadmapId: string, oldId: string, newId: string): TopicRecord {
  const state = doc.roadmaps[roadmapId];
  const from = state?.topics[oldId];
  if (!state || !from) throw new Error(`no progress recorded for "${oldId}"`);
  const into = state.topics[newId];
  let merged: TopicRecord = from;
  if (into) {
    const history = [...into.history, ...from.history].sort((a, b) => a.at.localeCompare(b.at) || a.change - b.change);
    const latest = history[history.length - 1];
    merged = { ...into, ...from, history, status: latest?.status ?? into.status };
    const notes = [...(into.notes ?? []), ...(from.notes ?? [])].sort((a, b) => a.at.localeCompare(b.at));
    if (notes.length) merged.notes = notes;
  }
  delete state.topics[oldId];
  state.topics[newId] = merged;
  return merged;
}

export interface Salvage {
  doc: StateDoc;
  /** What could not be kept, for the report ("topic x of y: not a status record"). */
  dropped: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps every well-formed roadmap and topic record of parsed JSON; drops the rest. */
export function salvage(data: unknown): Salvage {
  const doc: StateDoc = { version: STATE_VERSION, roadmaps: {} };
  const dropped: string[] = [];
  if (!isObject(data) || !isObject(data.roadmaps)) {
    dropped.push('everything: the file has no "roadmaps" object');
    return { doc, dropped };
  }
  for (const [rid, roadmap] of Object.entries(data.roadmaps)) {
    if (!isObject(roadmap) || !isObject(roadmap.topics)) {
      dropped.push(`roadmap "${rid}": no "topics" object`);
      continue;
    }
    const kept = emptyRoadmapState();
    if (typeof roadmap.focus === 'string') kept.focus = roadmap.focus;
    for (const [tid, record] of Object.entries(roadmap.topics)) {
      // Validate one record at a time with the same rules as the reader.
      const problem = shapeProblem({ version: STATE_VERSION, roadmaps: { [rid]: { topics: { [tid]: record } } } });
      if (problem) {
        dropped.push(problem);
        continue;
      }
      const r = record as TopicRecord;
      kept.topics[tid] = r;
      for (const h of r.history) kept.changes = Math.max(kept.changes, Number.isInteger(h.change) ? h.change : 0);
    }
    if (typeof roadmap.changes === 'number' && Number.isInteger(roadmap.changes)) kept.changes = Math.max(kept.changes, roadmap.changes);
    doc.roadmaps[rid] = kept;
  }
  return { doc, dropped };
}
