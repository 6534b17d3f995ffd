// Practice records (contract §11): what `mlroad check` learned about a
// topic's exercise. Counters and times, not a log: a watch session re-runs the
// checks on every save, and the learner's file is the record of the work.
// A pass marks the exercise solved (the first time, with its date) and the
// topic done unless it already is: one status change, undoable like any.
import type { Scheduler } from '../review/card.js';
import type { Roadmap, Topic } from '../roadmap/types.js';
import { isObject } from '../values.js';
import { roadmapState, setStatus } from './ops.js';
import type { PracticeRecord, RoadmapState, StateDoc, TopicRecord } from './types.js';

const CHECK_STATUSES = ['passed', 'failed', 'error', 'timeout'] as const;
/** The verdict of one run of the checks. */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** What `show --json` and `practice list` say of an exercise. */
export type PracticeStatus = 'new' | 'attempted' | 'solved';

export const practiceStatus = (record: PracticeRecord | undefined): PracticeStatus =>
  record?.solved_at ? 'solved' : record && record.attempts > 0 ? 'attempted' : 'new';

export const isSolved = (record: TopicRecord | undefined): boolean => Boolean(record?.practice?.solved_at);

export interface AttemptResult {
  record: PracticeRecord;
  /** True when this run solved the exercise for the first time. */
  solvedNow: boolean;
  /** The leaf ids whose status this changed (the topic, when a pass marked it done). */
  changed: string[];
}

/**
 * Records one run of the checks of `topicId`'s exercise. A pass also marks the
 * topic done (through setStatus: one change in the history, with its review
 * card) unless it already is; `scheduler` is needed for that card.
 */
export function recordAttempt(doc: StateDoc, roadmapId: string, topicId: string, status: CheckStatus, at: Date, scheduler?: Scheduler): AttemptResult {
  const state = roadmapState(doc, roadmapId);
  const topic = (state.topics[topicId] ??= { status: 'pending', history: [] });
  const iso = at.toISOString();
  const before = topic.practice;
  const record: PracticeRecord = { attempts: (before?.attempts ?? 0) + 1, last_status: status, last_at: iso };
  const solvedAt = before?.solved_at ?? (status === 'passed' ? iso : undefined);
  if (solvedAt) record.solved_at = solvedAt;
  topic.practice = record;
  const changed = status === 'passed' ? setStatus(doc, roadmapId, [topicId], 'done', at, scheduler) : [];
  return { record, solvedNow: status === 'passed' && !before?.solved_at, changed };
}

/** The leaves (under `scope`, or in the whole roadmap) that have an exercise, and how many of those are solved. */
export function practiceCounts(roadmap: Roadmap, state: RoadmapState | undefined, scope?: Topic): { exercises: number; practiced: number } {
  const [a, b] = scope ? [scope.leafStart, scope.leafEnd] : [0, roadmap.leafCount];
  let exercises = 0;
  let practiced = 0;
  // By position (a big roadmap's leaves are not all made for this).
  for (const k of roadmap.withExercise) {
    if (k < a || k >= b) continue;
    exercises++;
    if (isSolved(state?.topics[roadmap.leafAt(k).id])) practiced++;
  }
  return { exercises, practiced };
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isTime = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

/** Why `value` is not a practice record ("is not …"), or null when it is one. */
export function practiceProblem(value: unknown): string | null {
  if (!isObject(value)) return 'is not an object';
  if (!isCount(value.attempts) || (value.attempts as number) < 1) return 'has no whole number of attempts (1 or more)';
  if (!(CHECK_STATUSES as readonly unknown[]).includes(value.last_status)) return `has a "last_status" that is not one of ${CHECK_STATUSES.join(', ')}`;
  if (!isTime(value.last_at)) return 'has a "last_at" that is not an ISO time';
  if (value.solved_at !== undefined && !isTime(value.solved_at)) return 'has a "solved_at" that is not an ISO time';
  return null;
}

/** A checked record, copied field by field (nothing else from a file is kept). */
export function practiceFrom(value: Record<string, unknown>): PracticeRecord {
  const out: PracticeRecord = { attempts: value.attempts as number, last_status: value.last_status as CheckStatus, last_at: value.last_at as string };
  if (value.solved_at !== undefined) out.solved_at = value.solved_at as string;
  return out;
}

/**
 * Two machines' records of one exercise (`mlroad import`): solved at the
 * earlier of the two dates, the larger attempt count (a count, not a log: a
 * maximum keeps importing the same file twice harmless), the later last run.
 */
export function mergePractice(local: PracticeRecord | undefined, incoming: PracticeRecord | undefined): PracticeRecord | undefined {
  if (!local || !incoming) return local ?? (incoming && { ...incoming });
  const later = Date.parse(incoming.last_at) > Date.parse(local.last_at) ? incoming : local;
  const out: PracticeRecord = { attempts: Math.max(local.attempts, incoming.attempts), last_status: later.last_status, last_at: later.last_at };
  const solved = [local.solved_at, incoming.solved_at].filter((t): t is string => t !== undefined).sort((a, b) => Date.parse(a) - Date.parse(b));
  if (solved.length) out.solved_at = solved[0]!;
  return out;
}
