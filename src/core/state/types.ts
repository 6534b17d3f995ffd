import { asDict, dict } from '../values.js';
import type { Status } from '../progress.js';
import type { ReviewCard, ReviewEntry } from '../review/card.js';

/** Version of the state file layout; bump with a migration in read.ts. */
export const STATE_VERSION = 1;

export interface HistoryEntry {
  status: Status;
  /** ISO time of the change. */
  at: string;
  previous: Status;
  /** Sequence number of the command that made the change (one per write). */
  change: number;
  /** Set on the entries written by `undo`: the change they revert. */
  undoes?: number;
  /**
   * What made the change, when it was not a status command: "placement"
   * (`mlroad placement`: the learner already knew the topic). Such a done is
   * not study done that day (streaks and pace leave it out).
   */
  via?: string;
  /**
   * The review card the topic had before this change, when the change removed
   * or suspended it (`reset`, `skip`): what `undo` puts back.
   */
  card?: ReviewCard;
}

export interface TopicRecord {
  status: Status;
  /** Oldest first; append-only. */
  history: HistoryEntry[];
  /** Spaced-review card while the topic is done (suspended while skipped or in progress). */
  card?: ReviewCard;
  /** Answered reviews, oldest first; append-only (kept when the card is removed). */
  reviews?: ReviewEntry[];
  /** The learner's notes on this topic, oldest first (`mlroad note`). */
  notes?: TopicNote[];
  /** What `mlroad check` recorded of the topic's exercise (core/state/practice.ts). */
  practice?: PracticeRecord;
}

export interface PracticeRecord {
  /** Runs of the checks that reached a verdict. */
  attempts: number;
  /** The verdict of the latest run. */
  last_status: 'passed' | 'failed' | 'error' | 'timeout';
  /** ISO time of the latest run. */
  last_at: string;
  /** ISO time of the first pass; absent until then. */
  solved_at?: string;
}

export interface TopicNote {
  /** ISO time the note was written. */
  at: string;
  text: string;
}

export interface RoadmapState {
  topics: Record<string, TopicRecord>;
  /** Last change sequence number used. */
  changes: number;
  /** Topic id that `next` is restricted to (`mlroad focus`). */
  focus?: string;
}

export interface StateDoc {
  version: number;
  roadmaps: Record<string, RoadmapState>;
}

// Id-keyed objects have no prototype (core/values.ts): a topic id such as
// "constructor" must never find Object.prototype's member.
export const emptyState = (): StateDoc => ({ version: STATE_VERSION, roadmaps: dict() });
export const emptyRoadmapState = (): RoadmapState => ({ topics: dict(), changes: 0 });

/** The same document with its id-keyed objects made prototype-free, in place (after JSON.parse or structuredClone, which give plain objects). */
export function prototypeFree(doc: StateDoc): StateDoc {
  asDict(doc.roadmaps);
  for (const id of Object.keys(doc.roadmaps)) asDict(doc.roadmaps[id]!.topics);
  return doc;
}

/** A deep copy that stays prototype-free (structuredClone alone gives objects whose "constructor" is Object's). */
export const cloneState = (doc: StateDoc): StateDoc => prototypeFree(structuredClone(doc));
