// RoadmapSpec (plain data) -> Roadmap. The model is a struct of arrays: a
// topic is a position in outline order (pre-order), and the model keeps a few
// numbers per topic in typed arrays; Topic objects are made on demand, so that
// `next` in a shell prompt makes a dozen of them, not 100,000.
//
// RoadmapColumns is what a parse gives (flattenSpec, which derives the tree
// from the child counts in one pass) and what the parse cache stores
// (src/store/roadmap-cache.ts): the tree (parents, subtree ends, leaf ranges),
// estimates and prerequisites as typed arrays, the strings and texts behind
// accessors (a cache entry decodes only what is read). buildModel does no
// pass over the topics at all: what a topic needs is read, and checked, when
// the topic is made, so that a damaged or crafted entry can give an odd tree
// but never a crash or an endless loop. Everything else is linear.
import { LIMITS } from './parse.js';
import type { Resource, Roadmap, RoadmapSpec, Topic, TopicSpec } from './types.js';

/** Strings by outline position. */
interface Strings {
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
  /** Per topic in outline order: its parent's position (-1: a section). */
  readonly parent: Int32Array;
  /** Per topic: one past the last topic of its subtree (its children and their subtrees follow it). */
  readonly end: Int32Array;
  /** Per topic: how many leaves come before it; and the leaf count. */
  readonly leafStart: Int32Array;
  readonly leafCount: number;
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
  const tree = treeOf(childCounts);
  if (typeof tree === 'string') throw new FlatRoadmapError(`roadmap: ${tree}`);
  return {
    ...tree,
    id: spec.id,
    title: spec.title,
    version: spec.version,
    description: spec.description,
    source: spec.source,
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

/** What the topics of one roadmap share. */
interface Shape {
  readonly columns: RoadmapColumns;
  readonly n: number;
  topicAt(index: number): Topic;
  /** 1-based position among its siblings. */
  positionOf(index: number): number;
  /** The topic after `c`'s subtree, or n when that would not move forward (a damaged entry). */
  after(c: number): number;
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

  /** `parent`: already made (see topicAt). Every value read is kept in range, whatever the entry holds. */
  constructor(shape: Shape, index: number, parent: Topic | null) {
    this.#shape = shape;
    this.index = index;
    this.id = shape.columns.ids.get(index);
    this.parent = parent;
    this.depth = parent ? parent.depth + 1 : 0;
    const { leafStart, leafCount } = shape.columns;
    const end = shape.after(index);
    this.leafStart = Math.min(Math.max(leafStart[index]!, 0), leafCount);
    const leafEnd = end === index + 1 ? this.leafStart + 1 : end < shape.n ? leafStart[end]! : leafCount;
    this.leafEnd = Math.min(Math.max(leafEnd, this.leafStart), leafCount);
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
    const { topicAt, after } = this.#shape;
    const last = after(this.index);
    if (last === this.index + 1) return (this.#children = NONE);
    const children: Topic[] = [];
    for (let c = this.index + 1; c < last; c = after(c)) children.push(topicAt(c));
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
 * Parents, subtree ends and leaf ranges from the child counts, in one
 * pre-order pass, or what does not hold together.
 */
function treeOf(childCounts: Int32Array): { parent: Int32Array; end: Int32Array; leafStart: Int32Array; leafCount: number } | string {
  const n = childCounts.length;
  const parent = new Int32Array(n);
  const end = new Int32Array(n);
  const leafStart = new Int32Array(n);
  let leafCount = 0;
  // The open ancestors of the next topic, and how many children each still expects.
  const open: number[] = [];
  const expected: number[] = [];
  for (let i = 0; i < n; i++) {
    while (open.length && expected[open.length - 1] === 0) {
      end[open.pop()!] = i;
      expected.pop();
    }
    parent[i] = open.length ? open[open.length - 1]! : -1;
    if (open.length) expected[open.length - 1]!--;
    leafStart[i] = leafCount;
    const kids = childCounts[i]!;
    if (kids === 0) {
      end[i] = i + 1;
      leafCount++;
    } else if (kids > 0) {
      open.push(i);
      expected.push(kids);
    } else return `topic ${i + 1}: child count`;
  }
  while (open.length && expected[open.length - 1] === 0) {
    end[open.pop()!] = n;
    expected.pop();
  }
  return open.length ? 'child counts' : { parent, end, leafStart, leafCount };
}

/**
 * Builds the model from columns that may come from a cache file. It makes no
 * pass over the topics (in a process that lives 40 ms a loop over 10,000 of
 * them runs in V8's interpreter, and V8 then spends ~5 ms of CPU optimizing
 * it for nothing): each topic is checked as it is made (see ModelTopic and
 * topicAt), and what only shows (estimates, prerequisites) when it is read.
 */
export function buildModel(columns: RoadmapColumns, file: string): Roadmap {
  const bad = (what: string) => new FlatRoadmapError(`cached roadmap: ${what}`);
  const { parent, end, leafStart, leafCount } = columns;
  const n = parent.length;
  if (n === 0) throw bad('no topics');
  if (end.length !== n || leafStart.length !== n || columns.hours.length !== n || columns.requireStarts.length !== n + 1)
    throw bad('columns of different lengths');
  if (!(Number.isInteger(leafCount) && leafCount >= 1 && leafCount <= n)) throw bad('leaf count');
  /** The topic after c's subtree; a subtree always moves forward, within the roadmap. */
  const after = (c: number): number => {
    const e = end[c]!;
    return e > c && e <= n ? e : n;
  };

  // Exercises: on leaves, in outline order.
  const withExercise = new Int32Array(columns.exercised.length);
  columns.exercised.forEach((i, k) => {
    if (!(i >= 0 && i < n && end[i] === i + 1) || (k > 0 && i <= columns.exercised[k - 1]!)) throw bad('exercises');
    withExercise[k] = Math.min(Math.max(leafStart[i]!, 0), leafCount - 1);
  });

  const topics: (Topic | undefined)[] = new Array(n);
  /** A topic's parent as made: an earlier topic, or none (a section), at most LIMITS.depth levels up. */
  const parentOf = (i: number): number => {
    const p = parent[i]!;
    return p >= 0 && p < i ? p : -1;
  };
  /** Positions among siblings, filled for all of a parent's children at once (a number is asked for one at a time). */
  let positions: Int32Array | undefined;
  const shape: Shape = {
    columns,
    n,
    after,
    topicAt(index) {
      const made = topics[index];
      if (made) return made;
      // Its ancestors first, top down (iteratively: a damaged entry may chain thousands).
      const chain: number[] = [];
      for (let i = index; i >= 0 && !topics[i] && chain.length <= LIMITS.depth; i = parentOf(i)) chain.push(i);
      for (let k = chain.length - 1; k >= 0; k--) {
        const i = chain[k]!;
        const p = k === chain.length - 1 && chain.length > LIMITS.depth ? -1 : parentOf(i);
        topics[i] = new ModelTopic(shape, i, p < 0 ? null : topics[p]!);
      }
      return topics[index]!;
    },
    positionOf(index) {
      positions ??= new Int32Array(n);
      if (positions[index] === 0) {
        const p = parentOf(index);
        let k = 0;
        for (let c = p + 1; c < (p < 0 ? n : after(p)); c = after(c)) positions[c] = ++k;
      }
      return positions[index] || 1;
    },
  };
  const topicAt = (index: number): Topic => {
    if (!(index >= 0 && index < n)) throw new RangeError(`no topic at position ${index}`);
    return shape.topicAt(index);
  };
  /** The position of the k-th leaf: the last topic whose leaves-before count is k (binary search; its ancestors share it). */
  const leafIndex = (k: number): number => {
    if (!(k >= 0 && k < leafCount)) throw new RangeError(`no leaf at position ${k}`);
    // (the search ends inside the roadmap whatever the entry holds)
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (leafStart[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(lo - 1, 0);
  };
  const leafAt = (k: number): Topic => shape.topicAt(leafIndex(k));
  let all: readonly Topic[] | undefined;
  let allLeaves: readonly Topic[] | undefined;
  let leafHours: Float64Array | undefined;
  const everyTopic = () => (all ??= Object.freeze(Array.from({ length: n }, (_, i) => shape.topicAt(i))));
  const sectionList: Topic[] = [];
  for (let i = 0; i < n; i = after(i)) sectionList.push(shape.topicAt(i));

  /** "2.1.3" → the third child of the first child of the second section, walking siblings (no map of numbers). */
  const byNumber = (number: string): Topic | undefined => {
    let first = 0;
    let last = n;
    let found = -1;
    for (const part of number.split('.')) {
      if (!/^[1-9]\d{0,8}$/.test(part) || first >= last) return undefined;
      let c = first;
      for (let k = Number(part); c < last && k > 1; k--) c = after(c);
      if (c >= last) return undefined;
      found = c;
      [first, last] = [c + 1, after(c)];
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
