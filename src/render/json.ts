// The contract's JSON shapes (§4), built in one place so that a field is never
// spelled two ways. Text fields are passed through as they are: toJson() makes
// them safe for a terminal.
import type { Counts, Progress } from '../core/progress.js';
import { pathOf, type Roadmap, type Topic } from '../core/roadmap/types.js';
import { practiceCounts, practiceStatus } from '../core/state/practice.js';
import type { PracticeRecord, RoadmapState } from '../core/state/types.js';

export interface TopicJson {
  id: string;
  number: string;
  title: string;
  path: string[];
  status: string;
  estimate_hours: number | null;
}

const round = (hours: number | null) => (hours === null ? null : Math.round(hours * 100) / 100);

export function topicJson(topic: Topic, progress: Progress): TopicJson {
  return {
    id: topic.id,
    number: topic.number,
    title: topic.title,
    path: pathOf(topic),
    status: progress.status(topic),
    estimate_hours: round(topic.estimateHours),
  };
}

export type TreeJson = TopicJson & { children: TreeJson[] };

export function treeJson(topics: readonly Topic[], progress: Progress, depth = Infinity): TreeJson[] {
  return topics.map((t) => ({ ...topicJson(t, progress), children: depth > 1 ? treeJson(t.children, progress, depth - 1) : [] }));
}

function countsJson(counts: Counts) {
  const { done, in_progress, skipped, pending, total, percent } = counts;
  return { done, in_progress, skipped, pending, total, percent };
}

export function progressJson(roadmap: Roadmap, progress: Progress, scope: Topic | null, depth: number, state?: RoadmapState) {
  const sections = (list: readonly Topic[], d: number): object[] =>
    list.map((t) => ({
      id: t.id,
      number: t.number,
      title: t.title,
      ...countsJson(progress.counts(t)),
      hours_left: round(progress.hoursLeft(t)),
      ...(d > 1 && t.children.length ? { sections: sections(t.children, d - 1) } : {}),
    }));
  return {
    roadmap: { id: roadmap.id, title: roadmap.title },
    ...(scope ? { topic: topicJson(scope, progress) } : {}),
    ...countsJson(progress.counts(scope ?? undefined)),
    hours_left: round(progress.hoursLeft(scope ?? undefined)),
    // Leaves with an exercise, and those of them solved (contract §11).
    ...practiceCounts(roadmap, state, scope ?? undefined),
    sections: sections(scope ? scope.children : roadmap.topics, depth),
  };
}

/** The practice state of a topic with an exercise (contract §11: `show --json`, `practice list --json`). */
export function practiceJson(record: PracticeRecord | undefined) {
  return { status: practiceStatus(record), attempts: record?.attempts ?? 0, solved_at: record?.solved_at ?? null };
}
