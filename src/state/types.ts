import type { Status } from '../progress/status.js';

/** Version of the state file layout; bump with a migration in read.ts. */
export const STATE_VERSION = 1;

export interface HistoryEntry {
  status: Status;
  /** ISO time of the change. */
  at: string;
  previous: Status;
  /** Sequence number of the command that made the change (one per write). */
  change: number;
}

export interface TopicRecord {
  status: Status;
  /** Oldest first; append-only. */
  history: HistoryEntry[];
}

export interface RoadmapState {
  topics: Record<string, TopicRecord>;
  /** Last change sequence number used. */
  changes: number;
}

export interface StateDoc {
  version: number;
  roadmaps: Record<string, RoadmapState>;
}

export const emptyState = (): StateDoc => ({ version: STATE_VERSION, roadmaps: {} });
export const emptyRoadmapState = (): RoadmapState => ({ topics: {}, changes: 0 });
