// RoadmapSpec (plain data) -> Roadmap (linked, indexed, frozen). Linear time:
// one pre-order pass assigns indices, parents and leaf ranges.
//
// The build works on a FlatRoadmap: the spec's topics as parallel arrays in
// outline order. It is what the parse cache stores: about half the JSON of
// the nested spec, parsed into a few arrays instead of several objects per
// topic. Its texts (descriptions, questions, resources: half of a big file)
// can come separately and lazily: `next` and `progress` never read them, and
// at 100,000 topics not parsing them saves a fifth of the run.
import type { Resource, Roadmap, RoadmapSpec, Topic, TopicSpec } from './types.js';

/** The texts of a roadmap's topics, by index in outline order; absent ones are null. */
export interface FlatDetails {
  readonly descriptions: readonly (string | null)[];
  readonly questions: readonly (readonly string[] | null)[];
  readonly answers: readonly (readonly (string | null)[] | null)[];
  readonly resources: readonly (readonly Resource[] | null)[];
}

/** A RoadmapSpec without its topics' texts, topics flattened in pre-order (outline order). */
export interface FlatCore {
  readonly id: string;
  readonly title: string;
  readonly version: number;
  readonly description: string | null;
  readonly source: string | null;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  /** Number of children of each topic; a topic's children follow it (pre-order). */
  readonly childCounts: readonly number[];
  readonly estimates: readonly (number | null)[];
  readonly requires: readonly (readonly string[] | null)[];
  /**
   * The leaves that name an exercise folder, as [topic index, folder] pairs
   * (sparse: most topics have none). In the core, not the texts: `next`,
   * `progress` and the browser ask which topics have one on every run.
   */
  readonly exercises: readonly (readonly [number, string])[];
}

/** A whole RoadmapSpec, flattened. */
export type FlatRoadmap = FlatCore & FlatDetails;

export function flattenSpec(spec: RoadmapSpec): FlatRoadmap {
  const flat = {
    id: spec.id,
    title: spec.title,
    version: spec.version,
    description: spec.description,
    source: spec.source,
    ids: [] as string[],
    titles: [] as string[],
    childCounts: [] as number[],
    estimates: [] as (number | null)[],
    requires: [] as (readonly string[] | null)[],
    descriptions: [] as (string | null)[],
    questions: [] as (readonly string[] | null)[],
    answers: [] as (readonly (string | null)[] | null)[],
    resources: [] as (readonly Resource[] | null)[],
    exercises: [] as [number, string][],
  };
  // Iterative pre-order so that very deep files cannot overflow the call stack.
  const stack: TopicSpec[] = [...spec.topics].reverse();
  while (stack.length) {
    const s = stack.pop()!;
    flat.ids.push(s.id);
    flat.titles.push(s.title);
    flat.childCounts.push(s.children.length);
    flat.estimates.push(s.estimateHours);
    flat.requires.push(s.requires.length ? s.requires : null);
    flat.descriptions.push(s.description);
    flat.questions.push(s.questions.length ? s.questions : null);
    flat.answers.push(s.answers.some((a) => a !== null) ? s.answers : null);
    flat.resources.push(s.resources.length ? s.resources : null);
    if (s.exercise !== null) flat.exercises.push([flat.ids.length - 1, s.exercise]);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]!);
  }
  return flat;
}

/** The two halves of a FlatRoadmap, as the cache stores them. */
export function splitFlat(flat: FlatRoadmap): { core: FlatCore; details: FlatDetails } {
  const { descriptions, questions, answers, resources, ...core } = flat;
  return { core, details: { descriptions, questions, answers, resources } };
}

export function buildRoadmap(spec: RoadmapSpec, file: string): Roadmap {
  const flat = flattenSpec(spec);
  return buildFlatRoadmap(flat, file, flat);
}

/** One shared empty list for the (many) topics without requires, questions, resources or children. */
const NONE: readonly never[] = Object.freeze([]);

/** A FlatRoadmap that does not hold together (only possible for a damaged cache entry). */
export class FlatRoadmapError extends Error {
  override name = 'FlatRoadmapError';
}

const isStrings = (v: unknown): v is readonly string[] => {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (typeof x !== 'string') return false;
  return true;
};
const isAnswers = (v: unknown): v is readonly (string | null)[] => {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (x !== null && typeof x !== 'string') return false;
  return true;
};
const isResources = (v: unknown): v is readonly Resource[] => {
  if (!Array.isArray(v)) return false;
  for (const r of v) {
    if (typeof r !== 'object' || r === null || typeof r.title !== 'string' || typeof r.url !== 'string' || (r.kind !== null && typeof r.kind !== 'string'))
      return false;
  }
  return true;
};

/** `value` as the details of `n` topics, or null when it is not that (a damaged cache entry). */
export function checkDetails(value: unknown, n: number): FlatDetails | null {
  if (typeof value !== 'object' || value === null) return null;
  const { descriptions: d, questions: q, answers: a, resources: r } = value as Record<string, unknown>;
  for (const column of [d, q, a, r]) if (!Array.isArray(column) || column.length !== n) return null;
  const [ds, qs, as, rs] = [d, q, a, r] as unknown[][];
  for (let i = 0; i < n; i++) {
    const [di, qi, ai, ri] = [ds![i], qs![i], as![i], rs![i]];
    if ((di !== null && typeof di !== 'string') || (qi !== null && !isStrings(qi)) || (ri !== null && !isResources(ri))) return null;
    if (ai !== null && !(isAnswers(ai) && Array.isArray(qi) && ai.length === qi.length)) return null;
  }
  return { descriptions: ds, questions: qs, answers: as, resources: rs } as FlatDetails;
}

/**
 * Builds the model. `core` may come from a cache file, so every value is
 * checked in the same pass (one cold loop, not two: at 10,000 topics that is
 * most of the cost); anything out of shape throws FlatRoadmapError and the
 * caller parses the source file instead. `details` may be a function: it is
 * then called once, when a topic's description, questions or resources are
 * first read.
 */
export function buildFlatRoadmap(core: FlatCore, file: string, details: FlatDetails | (() => FlatDetails)): Roadmap {
  const bad = (what: string) => new FlatRoadmapError(`cached roadmap: ${what}`);
  const { ids, titles, childCounts, estimates, requires } = core;
  const n = Array.isArray(ids) ? ids.length : 0;
  if (n === 0) throw bad('no topics');
  for (const column of [titles, childCounts, estimates, requires]) {
    if (!Array.isArray(column) || column.length !== n) throw bad('columns of different lengths');
  }
  if (typeof core.id !== 'string' || typeof core.title !== 'string' || typeof core.version !== 'number') throw bad('header');
  if ((core.description !== null && typeof core.description !== 'string') || (core.source !== null && typeof core.source !== 'string')) throw bad('header');

  const exercises = new Map<number, string>();
  if (!Array.isArray(core.exercises)) throw bad('exercises');
  for (const pair of core.exercises as unknown[]) {
    if (!Array.isArray(pair) || !Number.isInteger(pair[0]) || pair[0] < 0 || pair[0] >= n || typeof pair[1] !== 'string') throw bad('exercises');
    exercises.set(pair[0] as number, pair[1] as string);
  }

  let texts = typeof details === 'function' ? null : details;
  const textsOf = () => (texts ??= (details as () => FlatDetails)());
  // Outline numbers are made on first use (most runs print a few); position is 1-based among siblings.
  const numbers: string[] = new Array(n);

  // One class per roadmap: its getters read this roadmap's texts and numbers.
  class RoadmapTopic implements Topic {
    readonly id: string;
    readonly title: string;
    readonly depth: number;
    readonly index: number;
    readonly parent: RoadmapTopic | null;
    readonly children: Topic[] | readonly never[];
    estimateHours: number | null;
    readonly requires: readonly string[];
    readonly leafStart: number;
    leafEnd: number;
    readonly #position: number;

    constructor(
      id: string,
      title: string,
      index: number,
      parent: RoadmapTopic | null,
      position: number,
      kids: number,
      estimate: number | null,
      req: readonly string[] | null,
      leafStart: number,
    ) {
      this.id = id;
      this.title = title;
      this.depth = parent ? parent.depth + 1 : 0;
      this.index = index;
      this.parent = parent;
      this.children = kids ? [] : NONE;
      this.estimateHours = estimate;
      this.requires = req ?? NONE;
      this.leafStart = leafStart;
      this.leafEnd = leafStart + 1;
      this.#position = position;
    }

    get number(): string {
      return (numbers[this.index] ??= this.parent ? `${this.parent.number}.${this.#position}` : String(this.#position));
    }

    get description(): string | null {
      return textsOf().descriptions[this.index] ?? null;
    }

    get questions(): readonly string[] {
      return textsOf().questions[this.index] ?? NONE;
    }

    get answers(): readonly (string | null)[] {
      return textsOf().answers[this.index] ?? this.questions.map(() => null);
    }

    get resources(): readonly Resource[] {
      return textsOf().resources[this.index] ?? NONE;
    }

    get exercise(): string | null {
      return exercises.get(this.index) ?? null;
    }
  }

  const all: RoadmapTopic[] = new Array(n);
  const leaves: Topic[] = [];
  const roots: Topic[] = [];
  const byId = new Map<string, Topic>();

  // Pre-order: the open ancestors of the next topic, and how many children each still expects.
  const open: RoadmapTopic[] = [];
  const expected: number[] = [];
  for (let i = 0; i < n; i++) {
    while (open.length && expected[open.length - 1] === 0) {
      open.pop();
      expected.pop();
    }
    const parent = open.length ? open[open.length - 1]! : null;
    const siblings = parent ? (parent.children as Topic[]) : roots;
    if (parent) expected[open.length - 1]!--;
    const id = ids[i];
    const title = titles[i];
    const kids = childCounts[i];
    const estimate = estimates[i];
    const req = requires[i];
    if (typeof id !== 'string' || typeof title !== 'string') throw bad(`topic ${i + 1}: id or title`);
    if (typeof kids !== 'number' || !(kids >= 0) || kids % 1 !== 0) throw bad(`topic ${i + 1}: child count`);
    if ((estimate !== null && typeof estimate !== 'number') || (req !== null && !isStrings(req))) throw bad(`topic ${i + 1}: fields`);
    const topic = new RoadmapTopic(id, title, i, parent, siblings.length + 1, kids, estimate ?? null, req ?? null, leaves.length);
    all[i] = topic;
    byId.set(id, topic);
    siblings.push(topic);
    if (kids) {
      open.push(topic);
      expected.push(kids);
    } else leaves.push(topic);
  }
  // Every topic got all the children its count announced; no id twice.
  while (open.length && expected[open.length - 1] === 0) {
    open.pop();
    expected.pop();
  }
  if (open.length) throw bad('child counts');
  if (byId.size !== n) throw bad('duplicate ids');

  // Post-order (reverse pre-order) pass: leaf ranges, summed estimates; then frozen.
  for (let i = n - 1; i >= 0; i--) {
    const t = all[i]!;
    if (t.children.length > 0) {
      t.leafEnd = t.children[t.children.length - 1]!.leafEnd;
      if (t.estimateHours === null) {
        let sum: number | null = null;
        for (const c of t.children) if (c.estimateHours !== null) sum = (sum ?? 0) + c.estimateHours;
        t.estimateHours = sum;
      }
      Object.freeze(t.children);
    }
    Object.freeze(t);
  }

  // Outline numbers are looked up only to resolve a reference: built on first use.
  let byNumber: Map<string, Topic> | undefined;
  return Object.freeze({
    id: core.id,
    title: core.title,
    version: core.version,
    description: core.description,
    source: core.source,
    file,
    topics: Object.freeze(roots),
    all: Object.freeze(all as Topic[]),
    leaves: Object.freeze(leaves),
    byId,
    get byNumber(): ReadonlyMap<string, Topic> {
      return (byNumber ??= new Map(all.map((t) => [t.number, t])));
    },
  });
}
