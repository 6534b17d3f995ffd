// RoadmapSpec (plain data) -> Roadmap (linked, indexed, frozen). Linear time:
// one pre-order pass assigns outline numbers, indices and leaf ranges.
//
// The build works on a FlatRoadmap: the spec's topics as parallel arrays in
// outline order. It is what the parse cache stores, because it is about half
// the JSON of the nested spec and parses into a few arrays instead of several
// objects per topic (at 100,000 topics: ~10 MB, parsed and built in ~100 ms).
import type { Resource, Roadmap, RoadmapSpec, Topic, TopicSpec } from './types.js';

type MutableTopic = { -readonly [K in keyof Topic]: Topic[K] };

/** A RoadmapSpec with its topics flattened in pre-order (outline order); absent fields are null. */
export interface FlatRoadmap {
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
  readonly descriptions: readonly (string | null)[];
  readonly requires: readonly (readonly string[] | null)[];
  readonly questions: readonly (readonly string[] | null)[];
  readonly resources: readonly (readonly Resource[] | null)[];
}

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
    descriptions: [] as (string | null)[],
    requires: [] as (readonly string[] | null)[],
    questions: [] as (readonly string[] | null)[],
    resources: [] as (readonly Resource[] | null)[],
  };
  // Iterative pre-order so that very deep files cannot overflow the call stack.
  const stack: TopicSpec[] = [...spec.topics].reverse();
  while (stack.length) {
    const s = stack.pop()!;
    flat.ids.push(s.id);
    flat.titles.push(s.title);
    flat.childCounts.push(s.children.length);
    flat.estimates.push(s.estimateHours);
    flat.descriptions.push(s.description);
    flat.requires.push(s.requires.length ? s.requires : null);
    flat.questions.push(s.questions.length ? s.questions : null);
    flat.resources.push(s.resources.length ? s.resources : null);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]!);
  }
  return flat;
}

export function buildRoadmap(spec: RoadmapSpec, file: string): Roadmap {
  return buildFlatRoadmap(flattenSpec(spec), file);
}

/** One shared empty list for the (many) topics without requires, questions, resources or children. */
const NONE: readonly never[] = Object.freeze([]);

export function buildFlatRoadmap(flat: FlatRoadmap, file: string): Roadmap {
  const n = flat.ids.length;
  const all: Topic[] = new Array(n);
  const leaves: Topic[] = [];
  const roots: Topic[] = [];
  const byId = new Map<string, Topic>();

  // Pre-order: the open ancestors of the next topic, and how many children each still expects.
  const open: MutableTopic[] = [];
  const expected: number[] = [];
  for (let i = 0; i < n; i++) {
    while (open.length && expected[open.length - 1] === 0) open.pop(), expected.pop();
    const parent = open.length ? open[open.length - 1]! : null;
    const siblings = parent ? (parent.children as Topic[]) : roots;
    if (parent) expected[open.length - 1]!--;
    const kids = flat.childCounts[i]!;
    const topic: MutableTopic = {
      id: flat.ids[i]!,
      title: flat.titles[i]!,
      number: parent ? `${parent.number}.${siblings.length + 1}` : String(siblings.length + 1),
      depth: open.length,
      index: i,
      parent,
      children: kids ? [] : NONE,
      description: flat.descriptions[i] ?? null,
      estimateHours: flat.estimates[i] ?? null,
      requires: flat.requires[i] ?? NONE,
      questions: flat.questions[i] ?? NONE,
      resources: flat.resources[i] ?? NONE,
      leafStart: leaves.length,
      leafEnd: leaves.length + 1,
    };
    all[i] = topic;
    byId.set(topic.id, topic);
    siblings.push(topic);
    if (kids) open.push(topic), expected.push(kids);
    else leaves.push(topic);
  }

  // Post-order (reverse pre-order) pass: leaf ranges and summed estimates.
  for (let i = n - 1; i >= 0; i--) {
    const t = all[i] as MutableTopic;
    if (t.children.length === 0) continue;
    t.leafEnd = t.children[t.children.length - 1]!.leafEnd;
    if (t.estimateHours === null) {
      let sum: number | null = null;
      for (const c of t.children) if (c.estimateHours !== null) sum = (sum ?? 0) + c.estimateHours;
      t.estimateHours = sum;
    }
  }
  for (const t of all) Object.freeze(t.children), Object.freeze(t);

  // Outline numbers are looked up only to resolve a reference: built on first use.
  let byNumber: Map<string, Topic> | undefined;
  return Object.freeze({
    id: flat.id,
    title: flat.title,
    version: flat.version,
    description: flat.description,
    source: flat.source,
    file,
    topics: Object.freeze(roots),
    all: Object.freeze(all),
    leaves: Object.freeze(leaves),
    byId,
    get byNumber(): ReadonlyMap<string, Topic> {
      return (byNumber ??= new Map(all.map((t) => [t.number, t])));
    },
  });
}
