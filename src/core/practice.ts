// Which exercise to practise (pure): `mlroad practice` without a topic.
import { nextTopics } from './next.js';
import type { Progress } from './progress.js';
import type { Topic } from './roadmap/types.js';
import { isSolved } from './state/practice.js';
import type { RoadmapState } from './state/types.js';

/** The leaves with an exercise (under `scope`, or in the whole roadmap), in outline order. */
export function exerciseLeaves(progress: Progress, scope?: Topic): Topic[] {
  const roadmap = progress.roadmap;
  const [a, b] = scope ? [scope.leafStart, scope.leafEnd] : [0, roadmap.leafCount];
  return Array.from(
    roadmap.withExercise.filter((k) => k >= a && k < b),
    (k) => roadmap.leafAt(k),
  );
}

/**
 * The next unsolved exercise: the first topic in `next` order (in progress,
 * then pending with prerequisites first) whose exercise is not solved; when
 * every such topic is done or skipped, the first unsolved exercise in outline
 * order (a topic marked done by word alone can still be proven). Null when
 * every exercise is solved.
 */
export function nextExercise(progress: Progress, state: RoadmapState | undefined, within?: Topic): Topic | null {
  const unsolved = (t: Topic) => t.exercise !== null && !isSolved(state?.topics[t.id]);
  const candidates = exerciseLeaves(progress, within).filter(unsolved);
  if (candidates.length === 0) return null;
  const picks = nextTopics(progress, state, { limit: Infinity, ...(within ? { within } : {}) });
  return picks.map((p) => p.topic).find(unsolved) ?? candidates[0]!;
}
