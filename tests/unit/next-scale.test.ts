// `next` walks prerequisites with a linear-time structure (see studyPicks in
// src/progress/next.ts). This checks it against the plain definition — for each
// pending leaf in outline order, its unfinished prerequisite leaves first,
// depth-first — on many random roadmaps, statuses, scopes and limits.
import { describe, expect, it } from 'vitest';
import { nextTopics, prerequisiteLeaves } from '../../src/core/next.js';
import { Progress, type Status } from '../../src/core/progress.js';
import { buildRoadmap } from '../../src/core/roadmap/model.js';
import { leavesOf, type Roadmap, type RoadmapSpec, type Topic, type TopicSpec } from '../../src/core/roadmap/types.js';

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random tree whose requires only name topics already complete (their whole
 * subtree made, so never an ancestor or a descendant): never a cycle.
 */
function randomRoadmap(seed: number): Roadmap {
  const rand = random(seed);
  let count = 0;
  const made: string[] = [];
  const topic = (depth: number): TopicSpec => {
    const id = `t${++count}`;
    const requires: string[] = [];
    for (let k = 0; k < 2; k++) if (made.length && rand() < 0.3) requires.push(made[Math.floor(rand() * made.length)]!);
    const n = depth < 3 && rand() < 0.6 ? 1 + Math.floor(rand() * 4) : 0;
    const children: TopicSpec[] = [];
    for (let i = 0; i < n; i++) children.push(topic(depth + 1));
    made.push(id);
    return {
      id,
      title: `Topic ${id}`,
      description: null,
      estimateHours: null,
      requires: [...new Set(requires)],
      questions: [],
      answers: [],
      resources: [],
      exercise: null,
      children,
    };
  };
  const topics: TopicSpec[] = [];
  for (let i = 0, n = 2 + Math.floor(rand() * 4); i < n; i++) topics.push(topic(0));
  const spec: RoadmapSpec = { id: 'r', title: 'R', version: 1, description: null, source: null, topics };
  return buildRoadmap(spec, 'random.yaml');
}

/** The definition, as first written: prerequisite lists materialised per topic. */
function reference(progress: Progress, limit: number, within?: Topic): string[] {
  const roadmap = progress.roadmap;
  const scope = within ? leavesOf(roadmap, within) : roadmap.leaves;
  const picks: Topic[] = [];
  const picked = new Set<Topic>();
  const full = () => picks.length >= limit;
  const add = (t: Topic) => (picked.add(t), picks.push(t));
  for (const l of scope) if (progress.status(l) === 'in-progress' && !full()) add(l);
  for (const leaf of scope) {
    if (full()) break;
    if (picked.has(leaf) || progress.status(leaf) !== 'pending') continue;
    const stack: { topic: Topic; needs: Topic[]; next: number }[] = [];
    const open = new Set<Topic>();
    const push = (topic: Topic) => {
      open.add(topic);
      stack.push({ topic, needs: prerequisiteLeaves(roadmap, topic).filter((p) => progress.status(p) === 'pending' && !picked.has(p)), next: 0 });
    };
    push(leaf);
    while (stack.length && !full()) {
      const frame = stack[stack.length - 1]!;
      const need = frame.needs[frame.next++];
      if (need) {
        if (!picked.has(need) && !open.has(need)) push(need);
        continue;
      }
      stack.pop();
      if (!picked.has(frame.topic)) add(frame.topic);
    }
  }
  return picks.map((t) => t.id);
}

const STATUS: Status[] = ['pending', 'pending', 'pending', 'done', 'skipped', 'in-progress'];

describe('next on random roadmaps', () => {
  it('picks exactly what the plain definition picks, in the same order', () => {
    let compared = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const roadmap = randomRoadmap(seed);
      const rand = random(seed * 7919);
      const statuses = new Map(roadmap.leaves.map((l) => [l.id, STATUS[Math.floor(rand() * STATUS.length)]!]));
      const progress = new Progress(roadmap, (id) => statuses.get(id));
      for (const limit of [1, 3, roadmap.leaves.length]) {
        const within = rand() < 0.3 ? roadmap.all[Math.floor(rand() * roadmap.all.length)] : undefined;
        const got = nextTopics(progress, undefined, { limit, ...(within ? { within } : {}) }).map((p) => p.topic.id);
        expect(got, `seed ${seed}, limit ${limit}, within ${within?.id ?? '-'}`).toEqual(reference(progress, limit, within));
        compared++;
      }
    }
    expect(compared).toBe(900);
  });

  it('lists every pending leaf once when asked for all of them, prerequisites first', () => {
    const roadmap = randomRoadmap(42);
    const progress = new Progress(roadmap, () => undefined);
    const picks = nextTopics(progress, undefined, { limit: Infinity }).map((p) => p.topic);
    expect(new Set(picks).size).toBe(roadmap.leaves.length);
    const position = new Map(picks.map((t, i) => [t, i]));
    for (const t of picks) for (const p of prerequisiteLeaves(roadmap, t)) expect(position.get(p)!).toBeLessThan(position.get(t)!);
  });
});
