// Placement (`mlroad placement`): one self-check question per leaf still to
// study, so that a learner who already knows part of the roadmap marks it
// done in one sitting instead of topic by topic. Pure: what to ask.
import type { Progress } from './progress.js';
import { leavesOf, type Topic } from './roadmap/types.js';

export interface PlacementItem {
  topic: Topic;
  question: string;
  /** The model answer; else the topic's description (`fromDescription`); null when the roadmap has neither. */
  answer: string | null;
  fromDescription: boolean;
}

/** The question for one leaf: its first question with a model answer, else its first question, else "could you explain it?". */
function placementItem(topic: Topic): PlacementItem {
  const i = Math.max(
    0,
    topic.answers.findIndex((a) => a !== null),
  );
  const question = topic.questions[i] ?? `Could you explain "${topic.title}" to someone else, and use it?`;
  const answer = topic.questions[i] !== undefined ? (topic.answers[i] ?? null) : null;
  return answer !== null
    ? { topic, question, answer, fromDescription: false }
    : { topic, question, answer: topic.description, fromDescription: topic.description !== null };
}

/** The pending leaves under `scope` (the whole roadmap without one), in outline order, each with its question. */
export function placementItems(progress: Progress, scope?: Topic): PlacementItem[] {
  const leaves = scope ? leavesOf(progress.roadmap, scope) : progress.roadmap.leaves;
  return leaves.filter((l) => progress.status(l) === 'pending').map(placementItem);
}
