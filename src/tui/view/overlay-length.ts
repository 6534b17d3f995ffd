// How many lines an overlay has, so the reducer can clamp its scrolling. Uses
// the same line builders as the screen, without colour (length does not
// depend on it).
import { Chalk } from 'chalk';
import { layoutOf } from '../layout.js';
import type { Overlay, ReviewOverlay, TuiState } from '../model.js';
import { detailLines } from './detail.js';
import { helpLines } from './help.js';
import { ratingLines, reviewLines } from './review.js';
import { theme } from './segments.js';

const plain = theme(new Chalk({ level: 0 }));

const reviewView = (s: TuiState, overlay: ReviewOverlay) =>
  reviewLines(overlay, { roadmap: s.roadmap, doc: s.doc, due: s.due, width: layoutOf(s.size).width, theme: plain });

/** Lines of the overlay; for a review, the scrolling part plus the lines pinned below it. */
export function overlayLength(s: TuiState, overlay: Overlay): number {
  const { width, body } = layoutOf(s.size);
  if (overlay.kind === 'help') return helpLines(width, plain).length;
  if (overlay.kind === 'review') return reviewView(s, overlay).lines.length + ratingLines(overlay, width, body, plain).length;
  return detailLines(overlay.topic, { roadmap: s.roadmap, progress: s.progress, doc: s.doc, due: s.due, width, theme: plain, answers: s.answers }).length;
}

/**
 * The least scroll that shows the answer key's heading and its first lines
 * once revealed: the question stays in view whenever there is room for both.
 */
export function answerScroll(s: TuiState, overlay: ReviewOverlay): number {
  const { width, body } = layoutOf(s.size);
  const { lines, answerAt } = reviewView(s, overlay);
  if (answerAt < 0) return 0;
  const room = body - ratingLines(overlay, width, body, plain).length;
  const wanted = Math.min(lines.length, answerAt + 4);
  return Math.max(0, Math.min(answerAt, wanted - room));
}
