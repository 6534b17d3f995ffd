// "At your pace of the last 4 weeks you finish … around DATE." The pace is
// the study time finished in the window (the estimates of the topics done
// then; a topic without an estimate counts as an average one), and what is
// left is studied in outline order, the order `mlroad next` suggests: a
// section is finished once it and every section before it are.
import type { Progress } from '../progress.js';
import { isFinished } from '../progress.js';
import type { Roadmap, Topic } from '../roadmap/types.js';
import type { RoadmapState } from '../state/types.js';
import { addDays, dayKey } from './days.js';
import type { DoneEvent } from './events.js';

export interface Pace {
  weeks: number;
  /** Topics done in the window (each completion counts). */
  topics: number;
  /** Their estimated hours (null when the roadmap has no estimates). */
  hours: number | null;
  topicsPerWeek: number;
  hoursPerWeek: number | null;
}

interface SectionForecast {
  topic: Topic;
  topicsLeft: number;
  hoursLeft: number | null;
  /** "YYYY-MM-DD"; null when finished or when there is no pace. */
  finish: string | null;
}

export interface Forecast {
  pace: Pace;
  topicsLeft: number;
  hoursLeft: number | null;
  finish: string | null;
  daysLeft: number | null;
  sections: SectionForecast[];
}

/** The study time of a leaf: its estimate, or for one without, the mean estimate (1 when the roadmap has none). */
export function studyWeight(roadmap: Roadmap): (leaf: Topic | undefined) => number {
  const estimated = roadmap.leaves.filter((l) => l.estimateHours !== null);
  const mean = estimated.length ? estimated.reduce((s, l) => s + l.estimateHours!, 0) / estimated.length : 1;
  return (leaf) => leaf?.estimateHours ?? mean;
}

export function forecast(roadmap: Roadmap, progress: Progress, events: readonly DoneEvent[], today: Date, weeks = 4): Forecast {
  const estimated = roadmap.leaves.filter((l) => l.estimateHours !== null);
  const weight = studyWeight(roadmap);
  const hoursOrNull = (h: number) => (estimated.length ? Math.round(h * 10) / 10 : null);

  const since = dayKey(addDays(today, -(7 * weeks - 1)));
  const recent = events.filter((e) => e.day >= since && e.day <= dayKey(today));
  const work = recent.reduce((s, e) => s + weight(roadmap.byId.get(e.id)), 0);
  const perDay = work / (7 * weeks);
  const pace: Pace = {
    weeks,
    topics: recent.length,
    hours: hoursOrNull(work),
    topicsPerWeek: Math.round((recent.length / weeks) * 10) / 10,
    hoursPerWeek: estimated.length ? Math.round((work / weeks) * 10) / 10 : null,
  };
  const finishAfter = (left: number): { finish: string | null; days: number | null } => {
    if (left <= 0 || perDay <= 0) return { finish: null, days: null };
    const days = Math.ceil(left / perDay);
    return { finish: dayKey(addDays(today, days)), days };
  };

  const leftIn = (topic?: Topic) => {
    const leaves = topic ? roadmap.leaves.slice(topic.leafStart, topic.leafEnd) : roadmap.leaves;
    const open = leaves.filter((l) => !isFinished(progress.status(l)));
    return { topics: open.length, work: open.reduce((s, l) => s + weight(l), 0) };
  };
  let before = 0;
  const sections = roadmap.topics.map((section) => {
    const left = leftIn(section);
    before += left.work;
    return { topic: section, topicsLeft: left.topics, hoursLeft: hoursOrNull(left.work), finish: left.topics ? finishAfter(before).finish : null };
  });
  const total = leftIn();
  const { finish, days } = finishAfter(total.work);
  return { pace, topicsLeft: total.topics, hoursLeft: hoursOrNull(total.work), finish, daysLeft: days, sections };
}

/** A change that marked more leaves done than this at once was a bulk mark (a section at a time): catching up, not study. */
const BULK_MARK = 3;

/**
 * Estimated hours studied: the estimates of the leaves done now, except those
 * done by a bulk mark (`done 6` marking 34 topics is not 100 hours of study
 * that day) or by a placement; those are counted apart, as `bulk`.
 */
export function hoursStudied(roadmap: Roadmap, progress: Progress, state?: RoadmapState): { hours: number; unestimated: number; bulk: number } {
  // How many leaves each change marked done, and the change that last made each leaf done.
  const perChange = new Map<number, number>();
  const doneBy = new Map<string, number>();
  for (const [id, record] of Object.entries(state?.topics ?? {})) {
    for (const h of record.history) {
      if (h.status !== 'done' || h.undoes !== undefined) continue;
      // A placement (known already) is never study, however few it marked.
      perChange.set(h.change, h.via === 'placement' ? Infinity : (perChange.get(h.change) ?? 0) + 1);
      doneBy.set(id, h.change);
    }
  }
  let hours = 0;
  let unestimated = 0;
  let bulk = 0;
  for (const leaf of roadmap.leaves) {
    if (progress.status(leaf) !== 'done') continue;
    const change = doneBy.get(leaf.id);
    if (change !== undefined && perChange.get(change)! > BULK_MARK) bulk++;
    else if (leaf.estimateHours === null) unestimated++;
    else hours += leaf.estimateHours;
  }
  return { hours: Math.round(hours * 10) / 10, unestimated, bulk };
}
