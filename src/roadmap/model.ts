// RoadmapSpec (plain data) -> Roadmap (linked, indexed, frozen). Linear time:
// one pre-order pass assigns outline numbers, indices and leaf ranges.
import type { Roadmap, RoadmapSpec, Topic, TopicSpec } from './types.js';

type MutableTopic = { -readonly [K in keyof Topic]: Topic[K] };

export function buildRoadmap(spec: RoadmapSpec, file: string): Roadmap {
  const all: Topic[] = [];
  const leaves: Topic[] = [];
  const byId = new Map<string, Topic>();
  const byNumber = new Map<string, Topic>();

  // Iterative pre-order so that very deep files cannot overflow the call stack.
  const roots: MutableTopic[] = [];
  const stack: { spec: TopicSpec; parent: MutableTopic | null; number: string; depth: number }[] = [];
  for (let i = spec.topics.length - 1; i >= 0; i--) stack.push({ spec: spec.topics[i]!, parent: null, number: String(i + 1), depth: 0 });
  while (stack.length) {
    const { spec: s, parent, number, depth } = stack.pop()!;
    const topic: MutableTopic = {
      id: s.id,
      title: s.title,
      number,
      depth,
      index: all.length,
      parent,
      children: [],
      description: s.description,
      estimateHours: s.estimateHours,
      requires: s.requires,
      questions: s.questions,
      resources: s.resources,
      leafStart: leaves.length,
      leafEnd: leaves.length,
    };
    all.push(topic);
    byId.set(topic.id, topic);
    byNumber.set(number, topic);
    if (parent) (parent.children as Topic[]).push(topic);
    else roots.push(topic);
    if (s.children.length === 0) leaves.push(topic);
    for (let i = s.children.length - 1; i >= 0; i--) {
      stack.push({ spec: s.children[i]!, parent: topic, number: `${number}.${i + 1}`, depth: depth + 1 });
    }
  }

  // Post-order (reverse pre-order) pass: leaf ranges and summed estimates.
  for (let i = all.length - 1; i >= 0; i--) {
    const t = all[i] as MutableTopic;
    if (t.children.length === 0) {
      t.leafEnd = t.leafStart + 1;
      continue;
    }
    t.leafEnd = t.children[t.children.length - 1]!.leafEnd;
    if (t.estimateHours === null) {
      let sum: number | null = null;
      for (const c of t.children) if (c.estimateHours !== null) sum = (sum ?? 0) + c.estimateHours;
      t.estimateHours = sum;
    }
  }
  for (const t of all) Object.freeze(t.children), Object.freeze(t);

  return Object.freeze({
    id: spec.id,
    title: spec.title,
    version: spec.version,
    description: spec.description,
    source: spec.source,
    file,
    topics: Object.freeze(roots as Topic[]),
    all: Object.freeze(all),
    leaves: Object.freeze(leaves),
    byId,
    byNumber,
  });
}
