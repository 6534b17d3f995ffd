// RoadmapSpec (plain data) -> Roadmap. The model is a struct of arrays: a
// topic is a position in outline order (pre-order), and the model keeps a few
// numbers per topic in typed arrays; Topic objects are made on demand, so that
// `next` in a shell prompt makes a dozen of them, not 100,000.
//
// RoadmapColumns is what a parse gives (flattenSpec) and what the parse cache
// stores (src/store/roadmap-cache.ts): child counts, estimates and
// prerequisites as typed arrays, the strings and texts behind accessors (a
// cache entry decodes only what is read). buildModel derives the rest in one
// pre-order pass over the child counts (parents, subtree ends, leaf ranges,
// positions, depths), checking that they hold together: linear time, whatever
// the shape.
import { LIMITS } from './parse.js';
import type { Resource, Roadmap, RoadmapSpec, Topic, TopicSpec } from './types.js';

/** Strings by outline position. */
export interface Strings {
  get(index: number): string;
}

/** A topic's texts, read only when shown. */
export interface TopicTexts {
  readonly description: string | null;
  readonly questions: readonly string[];
  /** The model answer of each question (same order), null where the file gives none. */
  readonly answers: readonly (string | null)[];
  readonly resources: readonly Resource[];
}

export interface RoadmapColumns {
  readonly id: string;
  readonly title: string;
  readonly version: number;
  readonly description: string | null;
  readonly source: string | null;
  /** Per topic in outline order: how many children it has (they and their subtrees follow it). */
  readonly childCounts: Int32Array;
  /** Per topic: its estimate in hours (a parent without one: the sum of its children's), NaN for none. */
  readonly hours: Float64Array;
  /** Topic i requires the topics at requireTargets[requireStarts[i] .. requireStarts[i + 1]). */
  readonly requireStarts: Int32Array;
  readonly requireTargets: Int32Array;
  readonly ids: Strings;
  readonly titles: Strings;
  /**
   * Per topic: the exercise folder it names, relative to the roadmap file
   * (leaves only), or null. Beside the ids, not with the texts: `next`,
   * `progress` and the browser ask which topics have one on every run.
   */
  exercise(index: number): string | null;
  /** The positions of the topics that name an exercise, ascending. */
  readonly exercised: Int32Array;
  texts(index: number): TopicTexts;
  /** The outline position of an id, or -1. */
  indexOf(id: string): number;
}

/** Columns that do not hold together (only possible for a damaged or crafted cache entry). */
export class FlatRoadmapError extends Error {
  override name = 'FlatRoadmapError';
}

/** One shared empty list for the (many) topics without requires, questions, resources or children. */
const NONE: readonly never[] = Object.freeze([]);
export const NO_TEXTS: TopicTexts = Object.freeze({ description: null, questions: NONE, answers: NONE, resources: NONE });

/** The columns of a parsed roadmap (outline order: iterative, so that deep files cannot overflow the stack). */
export function flattenSpec(spec: RoadmapSpec): RoadmapColumns {
  const specs: TopicSpec[] = [];
  const stack: TopicSpec[] = [...spec.topics].reverse();
  while (stack.length) {
    const s = stack.pop()!;
    specs.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]!);
  }
  const n = specs.length;
  const ids = specs.map((s) => s.id);
  const positions = new Map<string, number>();
  ids.forEach((id, i) => positions.set(id, i));
  const childCounts = new Int32Array(n);
  const hours = new Float64Array(n);
  const requireStarts = new Int32Array(n + 1);
  const targets: number[] = [];
  const texts: TopicTexts[] = new Array(n);
  specs.forEach((s, i) => {
    childCounts[i] = s.children.length;
    hours[i] = s.estimateHours ?? NaN;
    for (const id of s.requires) {
      const target = positions.get(id);
      if (target !== undefined) targets.push(target);
    }
    requireStarts[i + 1] = targets.length;
    const plain = !s.description && !s.questions.length && !s.resources.length;
    texts[i] = plain
      ? NO_TEXTS
      : {
          description: s.description,
          questions: s.questions,
          answers: s.answers.length === s.questions.length ? s.answers : s.questions.map((_, k) => s.answers[k] ?? null),
          resources: s.resources,
        };
  });
  // Reverse pass (children after their parent): a parent without an estimate sums its children's.
  for (let i = n - 1; i >= 0; i--) {
    if (!Number.isNaN(hours[i]!) || childCounts[i] === 0) continue;
    let sum = NaN;
    for (const child of specs[i]!.children) {
      const h = hours[positions.get(child.id)!]!;
      if (!Number.isNaN(h)) sum = (Number.isNaN(sum) ? 0 : sum) + h;
    }
    hours[i] = sum;
  }
  const titles = specs.map((s) => s.title);
  return {
    id: spec.id,
    title: spec.title,
    version: spec.version,
    description: spec.description,
    source: spec.source,
    childCounts,
    hours,
    requireStarts,
    requireTargets: Int32Array.from(targets),
    ids: { get: (i) => ids[i]! },
    titles: { get: (i) => titles[i]! },
    exercise: (i) => specs[i]!.exercise,
    exercised: Int32Array.from(specs.flatMap((s, i) => (s.exercise === null ? [] : [i]))),
    texts: (i) => texts[i]!,
    indexOf: (id) => positions.get(id) ?? -1,
  };
}

export function buildRoadmap(spec: RoadmapSpec, file: string): Roadmap {
  return buildModel(flattenSpec(spec), file);
}

/** What the topics of one roadmap share: the columns, and what one pass derives from them. */
interface Shape {
  readonly columns: RoadmapColumns;
  readonly n: number;
  readonly leafCount: number;
  readonly parent: Int32Array;
  /** One past the last topic of each topic's subtree. */
  readonly end: Int32Array;
  /** Leaves before each topic, in outline order. */
  readonly leafStart: Int32Array;
  topicAt(index: number): Topic;
  /** 1-based position among its siblings. */
  positionOf(index: number): number;
}

class ModelTopic implements Topic {
  readonly id: string;
  readonly index: number;
  readonly depth: number;
  readonly parent: Topic | null;
  readonly leafStart: number;
  readonly leafEnd: number;
  readonly #shape: Shape;
  #number?: string;
  #children?: readonly Topic[];
  #requires?: readonly string[];

  constructor(shape: Shape, index: number) {
    this.#shape = shape;
    this.index = index;
    this.id = shape.columns.ids.get(index);
    const parent = shape.parent[index]!;
    this.parent = parent < 0 ? null : shape.topicAt(parent);
    this.depth = this.parent ? this.parent.depth + 1 : 0;
    this.leafStart = shape.leafStart[index]!;
    const end = shape.end[index]!;
    this.leafEnd = end === index + 1 ? this.leafStart + 1 : end < shape.n ? shape.leafStart[end]! : shape.leafCount;
  }

  get title(): string {
    return this.#shape.columns.titles.get(this.index);
  }

  /** Outline number from position: "6.4.2.1". */
  get number(): string {
    const position = this.#shape.positionOf(this.index);
    return (this.#number ??= this.parent ? `${this.parent.number}.${position}` : String(position));
  }

  get children(): readonly Topic[] {
    if (this.#children) return this.#children;
    const { end, topicAt } = this.#shape;
    const last = end[this.index]!;
    if (last === this.index + 1) return (this.#children = NONE);
    const children: Topic[] = [];
    for (let c = this.index + 1; c < last; c = end[c]!) children.push(topicAt(c));
    return (this.#children = Object.freeze(children));
  }

  /** Null for none (or, from a damaged cache entry, a value that is no estimate). */
  get estimateHours(): number | null {
    const hours = this.#shape.columns.hours[this.index]!;
    return hours >= 0 && hours < Infinity ? hours : null;
  }

  get requires(): readonly string[] {
    if (this.#requires) return this.#requires;
    const { columns, n } = this.#shape;
    const { requireStarts, requireTargets, ids } = columns;
    const [from, to] = [requireStarts[this.index]!, requireStarts[this.index + 1]!];
    const targets = from < to ? Array.from(requireTargets.subarray(from, to)).filter((t) => t >= 0 && t < n) : [];
    return (this.#requires = targets.length ? Object.freeze(targets.map((t) => ids.get(t))) : NONE);
  }

  get description(): string | null {
    return this.#shape.columns.texts(this.index).description;
  }

  get questions(): readonly string[] {
    return this.#shape.columns.texts(this.index).questions;
  }

  get answers(): readonly (string | null)[] {
    return this.#shape.columns.texts(this.index).answers;
  }

  get resources(): readonly Resource[] {
    return this.#shape.columns.texts(this.index).resources;
  }

  get exercise(): string | null {
    return this.#shape.columns.exercise(this.index);
  }
}

/**
 * A map of topics by key, looked up by a function rather than stored: a
 * roadmap of 100,000 topics answers byId.get() without a Map of them all.
 * Iterating it makes every topic.
 */
class TopicMap implements ReadonlyMap<string, Topic> {
  constructor(
    private readonly find: (key: string) => Topic | undefined,
    private readonly list: () => readonly Topic[],
    private readonly keyOf: (topic: Topic) => string,
  ) {}

  get(key: string): Topic | undefined {
    return typeof key === 'string' ? this.find(key) : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.list().length;
  }

  forEach(callback: (value: Topic, key: string, map: ReadonlyMap<string, Topic>) => void, thisArg?: unknown): void {
    for (const t of this.list()) callback.call(thisArg, t, this.keyOf(t), this);
  }

  entries() {
    return this.list()
      .map((t): [string, Topic] => [this.keyOf(t), t])
      [Symbol.iterator]();
  }

  keys() {
    return this.list()
      .map((t) => this.keyOf(t))
      [Symbol.iterator]();
  }

  values() {
    return this.list()[Symbol.iterator]();
  }

  [Symbol.iterator]() {
    return this.entries();
  }
}

/**
 * Builds the model from columns that may come from a cache file. One pass
 * derives parents, subtree ends and leaf ranges from the child counts and
 * checks that they hold together (FlatRoadmapError otherwise: the caller then
 * parses the source file instead); the rest is derived when first asked for,
 * and what only shows (estimates, prerequisites) is checked when read. The
 * pass is kept short on purpose: in a process that lives 40 ms a loop runs
 * mostly in V8's interpreter, where each operation of its body counts.
 */
export function buildModel(columns: RoadmapColumns, file: string): Roadmap {
  const bad = (what: string) => new FlatRoadmapError(`cached roadmap: ${what}`);
  const { childCounts } = columns;
  const n = childCounts.length;
  if (n === 0) throw bad('no topics');
  if (columns.hours.length !== n || columns.requireStarts.length !== n + 1) throw bad('columns of different lengths');

  const parent = new Int32Array(n);
  const end = new Int32Array(n);
  const leafStart = new Int32Array(n);
  let leafCount = 0;
  // Pre-order: the open ancestors of the next topic, and how many children each still expects.
  const open = new Int32Array(LIMITS.depth);
  const expected = new Int32Array(LIMITS.depth);
  let top = -1;
  for (let i = 0; i < n; i++) {
    while (top >= 0 && expected[top] === 0) end[open[top--]!] = i;
    if (top >= 0) {
      parent[i] = open[top]!;
      expected[top]!--;
    } else parent[i] = -1;
    leafStart[i] = leafCount;
    const kids = childCounts[i]!;
    if (kids === 0) {
      end[i] = i + 1;
      leafCount++;
    } else if (kids > 0 && top + 2 < LIMITS.depth) {
      // (its children's depth, 0-based, stays within the parser's limit)
      open[++top] = i;
      expected[top] = kids;
    } else throw bad(`topic ${i + 1}: child count`);
  }
  while (top >= 0 && expected[top] === 0) end[open[top--]!] = n;
  if (top >= 0) throw bad('child counts');

  // Exercises: on leaves, in outline order.
  const withExercise = new Int32Array(columns.exercised.length);
  columns.exercised.forEach((i, k) => {
    if (!(i >= 0 && i < n && end[i] === i + 1) || (k > 0 && i <= columns.exercised[k - 1]!)) throw bad('exercises');
    withExercise[k] = leafStart[i]!;
  });

  const topics: (Topic | undefined)[] = new Array(n);
  /** Positions among siblings, filled for all of a parent's children at once (a number is asked for one at a time). */
  let positions: Int32Array | undefined;
  const shape: Shape = {
    columns,
    n,
    leafCount,
    parent,
    end,
    leafStart,
    topicAt: (index) => (topics[index] ??= new ModelTopic(shape, index)),
    positionOf(index) {
      positions ??= new Int32Array(n);
      if (positions[index] === 0) {
        const p = parent[index]!;
        let k = 0;
        for (let c = p + 1; c < (p < 0 ? n : end[p]!); c = end[c]!) positions[c] = ++k;
      }
      return positions[index]!;
    },
  };
  const topicAt = (index: number): Topic => {
    if (!(index >= 0 && index < n)) throw new RangeError(`no topic at position ${index}`);
    return shape.topicAt(index);
  };
  /** The position of the k-th leaf: the last topic whose leaves-before count is k (binary search; its ancestors share it). */
  const leafIndex = (k: number): number => {
    if (!(k >= 0 && k < leafCount)) throw new RangeError(`no leaf at position ${k}`);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (leafStart[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const leafAt = (k: number): Topic => shape.topicAt(leafIndex(k));
  let all: readonly Topic[] | undefined;
  let allLeaves: readonly Topic[] | undefined;
  let leafHours: Float64Array | undefined;
  const everyTopic = () => (all ??= Object.freeze(Array.from({ length: n }, (_, i) => shape.topicAt(i))));
  const sectionList: Topic[] = [];
  for (let i = 0; i < n; i = end[i]!) sectionList.push(shape.topicAt(i));

  /** "2.1.3" → the third child of the first child of the second section, walking siblings (no map of numbers). */
  const byNumber = (number: string): Topic | undefined => {
    let first = 0;
    let last = n;
    let found = -1;
    for (const part of number.split('.')) {
      if (!/^[1-9]\d{0,8}$/.test(part) || first >= last) return undefined;
      let c = first;
      for (let k = Number(part); c < last && k > 1; k--) c = end[c]!;
      if (c >= last) return undefined;
      found = c;
      [first, last] = [c + 1, end[c]!];
    }
    return found < 0 ? undefined : shape.topicAt(found);
  };

  return Object.freeze({
    id: columns.id,
    title: columns.title,
    version: columns.version,
    description: columns.description,
    source: columns.source,
    file,
    size: n,
    leafCount,
    topics: Object.freeze(sectionList),
    get all(): readonly Topic[] {
      return everyTopic();
    },
    get leaves(): readonly Topic[] {
      if (allLeaves) return allLeaves;
      const list: Topic[] = [];
      for (let i = 0; i < n; i++) if (end[i] === i + 1) list.push(shape.topicAt(i));
      return (allLeaves = Object.freeze(list));
    },
    byId: new TopicMap(
      (id) => {
        const i = columns.indexOf(id);
        return i >= 0 ? shape.topicAt(i) : undefined;
      },
      everyTopic,
      (t) => t.id,
    ),
    byNumber: new TopicMap(byNumber, everyTopic, (t) => t.number),
    topicAt,
    leafAt,
    idAt: (index: number) => columns.ids.get(index),
    indexOf: (id: string) => columns.indexOf(id),
    withExercise,
    leafExercise: (k: number) => columns.exercise(leafIndex(k)),
    get leafHours(): Float64Array {
      if (leafHours) return leafHours;
      const hours = columns.hours;
      leafHours = new Float64Array(leafCount);
      for (let i = 0, k = 0; i < n; i++) if (end[i] === i + 1) leafHours[k++] = hours[i]! >= 0 && hours[i]! < Infinity ? hours[i]! : NaN;
      return leafHours;
    },
  });
}
