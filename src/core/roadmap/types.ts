// The roadmap model. A RoadmapSpec is the validated, plain-data form of a file;
// a Roadmap is the indexed tree built from it (src/core/roadmap/model.ts),
// whose Topic objects are made on demand.

export const RESOURCE_KINDS = ['article', 'video', 'course', 'book', 'docs', 'exercise'] as const;

export interface Resource {
  readonly title: string;
  readonly url: string;
  readonly kind: string | null;
}

export interface TopicSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly estimateHours: number | null;
  readonly requires: readonly string[];
  readonly questions: readonly string[];
  /** The model answer of each question (same order), null where the file gives none. */
  readonly answers: readonly (string | null)[];
  readonly resources: readonly Resource[];
  /** Exercise folder, relative to the roadmap file (leaves only). */
  readonly exercise: string | null;
  readonly children: readonly TopicSpec[];
}

export interface RoadmapSpec {
  readonly id: string;
  readonly title: string;
  readonly version: number;
  readonly description: string | null;
  readonly source: string | null;
  readonly topics: readonly TopicSpec[];
}

export interface Topic {
  readonly id: string;
  readonly title: string;
  /** Outline number from position: "6.4.2.1". */
  readonly number: string;
  /** 0 for a section. */
  readonly depth: number;
  /** Position in pre-order (outline order) over all topics. */
  readonly index: number;
  readonly parent: Topic | null;
  readonly children: readonly Topic[];
  readonly description: string | null;
  /** The topic's own estimate; for a parent without one, the sum of its leaves' (null if none has one). */
  readonly estimateHours: number | null;
  readonly requires: readonly string[];
  readonly questions: readonly string[];
  /** The model answer of each question (same order), null where the file gives none. */
  readonly answers: readonly (string | null)[];
  readonly resources: readonly Resource[];
  /** Exercise folder, relative to the roadmap file (leaves only). */
  readonly exercise: string | null;
  /** Leaves below (or the topic itself) are roadmap.leaves[leafStart, leafEnd). */
  readonly leafStart: number;
  readonly leafEnd: number;
}

export interface Roadmap {
  readonly id: string;
  readonly title: string;
  readonly version: number;
  readonly description: string | null;
  readonly source: string | null;
  /** Absolute path of the file it was loaded from. */
  readonly file: string;
  /** Top-level topics (the sections). */
  readonly topics: readonly Topic[];
  /** Every topic in outline order (all made at first use: loops over a big roadmap use size and topicAt). */
  readonly all: readonly Topic[];
  /** Every leaf in outline order (all made at first use: loops use leafCount and leafAt). */
  readonly leaves: readonly Topic[];
  /** By id and by outline number: looked up without building a map of every topic. */
  readonly byId: ReadonlyMap<string, Topic>;
  readonly byNumber: ReadonlyMap<string, Topic>;
  /** How many topics, and how many leaves. */
  readonly size: number;
  readonly leafCount: number;
  /** The topic at an outline position, the k-th leaf: each made at first use, the same object every time. */
  topicAt(index: number): Topic;
  leafAt(k: number): Topic;
  /** The id at an outline position, without making the topic. */
  idAt(index: number): string;
  /** The outline position of an id, or -1. */
  indexOf(id: string): number;
  /** The estimate of each leaf in outline order, NaN for none (made at first use). */
  readonly leafHours: Float64Array;
  /** The leaf positions (as for leafAt) of the leaves that name an exercise, ascending. */
  readonly withExercise: Int32Array;
  /** The exercise folder of the k-th leaf (null: none), without making the topic. */
  leafExercise(k: number): string | null;
}

export function leavesOf(roadmap: Roadmap, topic: Topic): readonly Topic[] {
  const out: Topic[] = [];
  for (let k = topic.leafStart; k < topic.leafEnd; k++) out.push(roadmap.leafAt(k));
  return out;
}

/** Titles of the topic's ancestors, outermost first (the contract's "path"). */
export function pathOf(topic: Topic): string[] {
  const path: string[] = [];
  for (let t = topic.parent; t; t = t.parent) path.push(t.title);
  return path.reverse();
}
