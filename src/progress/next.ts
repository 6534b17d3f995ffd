// What to study next (contract §4): topics in progress first (oldest start
// first), then pending leaves in outline order, each preceded by whatever of
// its prerequisites is still unfinished. Pure: model + statuses in, picks out.
import type { RoadmapState } from '../state/types.js';
import { leavesOf, type Roadmap, type Topic } from '../roadmap/types.js';
import type { Progress } from './status.js';

export interface Pick {
  topic: Topic;
  reason: string;
}

export interface NextOptions {
  limit: number;
  /** Only leaves under this topic (their outside prerequisites still come first). */
  within?: Topic;
}

const label = (t: Topic) => `${t.number} ${t.title}`;

/** Leaves that must be finished before `leaf`: from its own and its ancestors' requires. */
export function prerequisiteLeaves(roadmap: Roadmap, leaf: Topic): Topic[] {
  const seen = new Set<Topic>();
  for (let t: Topic | null = leaf; t; t = t.parent) {
    for (const id of t.requires) {
      const target = roadmap.byId.get(id);
      if (target) for (const l of leavesOf(roadmap, target)) if (l !== leaf) seen.add(l);
    }
  }
  return [...seen].sort((a, b) => a.index - b.index);
}

/** The topics named in requires of the leaf and its ancestors (for display). */
export function requiredTopics(roadmap: Roadmap, topic: Topic): Topic[] {
  const out: Topic[] = [];
  for (let t: Topic | null = topic; t; t = t.parent) {
    for (const id of t.requires) {
      const target = roadmap.byId.get(id);
      if (target && !out.includes(target)) out.push(target);
    }
  }
  return out;
}

/** When a leaf was last started: the time of its latest move to in-progress. */
function startedAt(state: RoadmapState | undefined, id: string): string {
  const history = state?.topics[id]?.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.status === 'in-progress') return history[i]!.at;
  return '';
}

export function nextTopics(progress: Progress, state: RoadmapState | undefined, options: NextOptions): Pick[] {
  const roadmap = progress.roadmap;
  const scope = options.within ? leavesOf(roadmap, options.within) : roadmap.leaves;
  const picks: Pick[] = [];
  const picked = new Set<Topic>();
  const full = () => picks.length >= options.limit;
  const add = (topic: Topic, reason: string) => {
    picked.add(topic);
    picks.push({ topic, reason });
  };

  const started = scope
    .filter((l) => progress.status(l) === 'in-progress')
    .map((l) => ({ l, at: startedAt(state, l.id) }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.l.index - b.l.index);
  for (const { l, at } of started) {
    if (full()) return picks;
    add(l, at ? `in progress since ${at.slice(0, 10)}` : 'in progress');
  }

  for (const leaf of scope) {
    if (full()) break;
    if (picked.has(leaf) || progress.status(leaf) !== 'pending') continue;
    // Depth-first over unfinished prerequisites, emitting each before what needs it.
    const stack: { topic: Topic; needs: Topic[]; next: number; for: Topic | null }[] = [];
    // `leaf` is what the learner is heading for; deeper picks say so.
    const open = new Set<Topic>();
    const push = (topic: Topic, forTopic: Topic | null) => {
      open.add(topic);
      const needs = prerequisiteLeaves(roadmap, topic).filter((p) => progress.status(p) === 'pending' && !picked.has(p));
      stack.push({ topic, needs, next: 0, for: forTopic });
    };
    push(leaf, null);
    while (stack.length && !full()) {
      const frame = stack[stack.length - 1]!;
      const need = frame.needs[frame.next++];
      if (need) {
        if (!picked.has(need) && !open.has(need)) push(need, frame.topic);
        continue;
      }
      stack.pop();
      if (!picked.has(frame.topic)) add(frame.topic, reasonFor(roadmap, progress, frame.topic, frame.for, leaf, picks.length === 0));
    }
  }
  return picks;
}

function reasonFor(roadmap: Roadmap, progress: Progress, topic: Topic, forTopic: Topic | null, goal: Topic, first: boolean): string {
  if (forTopic) return `prerequisite of ${label(forTopic)}${forTopic === goal ? '' : `, on the way to ${label(goal)}`}`;
  const required = requiredTopics(roadmap, topic);
  const met = required.filter((r) => progress.isMet(r));
  const where = topic.parent ? ` of ${label(topic.parent)}` : '';
  const base = first ? `first pending topic${where} in outline order` : `next pending topic${where} in outline order`;
  if (required.length === 0) return base;
  if (met.length === required.length) return `${base}; its prerequisites are finished (${required.map((r) => r.number).join(', ')})`;
  return `${base}; still waiting on ${required.filter((r) => !met.includes(r)).map(label).join(', ')}`;
}
