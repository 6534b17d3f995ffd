// The roadmap model. A RoadmapSpec is the validated, plain-data form of a file
// (cheap to cache as JSON); a Roadmap is the linked, indexed tree built from it.

export const RESOURCE_KINDS = ['article', 'video', 'course', 'book', 'docs', 'exercise'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

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
  /** Every topic in outline order. */
  readonly all: readonly Topic[];
  /** Every leaf in outline order. */
  readonly leaves: readonly Topic[];
  readonly byId: ReadonlyMap<string, Topic>;
  readonly byNumber: ReadonlyMap<string, Topic>;
}

export const isLeaf = (topic: Topic): boolean => topic.children.length === 0;

export function leavesOf(roadmap: Roadmap, topic: Topic): readonly Topic[] {
  return roadmap.leaves.slice(topic.leafStart, topic.leafEnd);
}

/** Titles of the topic's ancestors, outermost first (the contract's "path"). */
export function pathOf(topic: Topic): string[] {
  const path: string[] = [];
  for (let t = topic.parent; t; t = t.parent) path.push(t.title);
  return path.reverse();
}
