// Overlays (details, help, review): opening a review and scrolling within the bounds of what is drawn.
import { questionFor } from '../../core/review/due.js';
import type { Topic } from '../../core/roadmap/types.js';
import { clamp, type ReviewOverlay, type TuiState } from '../model.js';
import { overlayLength } from '../view/overlay-length.js';
import { bodyOf } from './tree.js';

/**
 * The review overlay of a done leaf, asking the question `mlroad review` would
 * ask now. A topic that is due is part of the queue: rating it moves on.
 */
export function reviewOverlay(s: TuiState, topic: Topic, queue = s.due.ids.has(topic.id)): ReviewOverlay {
  const check = questionFor(topic, s.doc.roadmaps[s.roadmap.id]);
  const question = check?.question ?? `What is "${topic.title}" about, and how would you explain it to someone else?`;
  return { kind: 'review', topic, queue, question, answer: check?.answer ?? null, revealed: false, preview: null, scroll: 0 };
}

export function scrollOverlay(s: TuiState, to: (scroll: number) => number): TuiState {
  if (!s.overlay) return s;
  const max = Math.max(0, overlayLength(s, s.overlay) - bodyOf(s));
  return { ...s, overlay: { ...s.overlay, scroll: clamp(to(s.overlay.scroll), 0, max) } };
}
