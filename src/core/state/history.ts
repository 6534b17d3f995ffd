// A topic's history as one timeline: its own, or for a parent its leaves'.
// Shared by `mlroad show` and the browser's details.
import { leavesOf, type Roadmap, type Topic } from '../roadmap/types.js';
import type { HistoryEntry, RoadmapState } from './types.js';

export type TimelineEntry = HistoryEntry & { topic: Topic };

/** Oldest first; entries of one change keep their order. */
export function topicHistory(roadmap: Roadmap, state: RoadmapState | undefined, topic: Topic): TimelineEntry[] {
  if (!state) return [];
  const out: TimelineEntry[] = [];
  for (const leaf of leavesOf(roadmap, topic)) for (const h of state.topics[leaf.id]?.history ?? []) out.push({ ...h, topic: leaf });
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.change - b.change);
}
