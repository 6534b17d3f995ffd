import { useMemo } from 'react';
import type { Roadmap } from '../../core/roadmap/types.js';
import type { StateDoc } from '../../core/state/types.js';
import type { Due } from '../due.js';
import type { ReviewOverlay } from '../model.js';
import { ratingLines, reviewLines } from '../view/review.js';
import type { Theme } from '../view/segments.js';
import { Lines } from './Lines.js';

export interface ReviewProps {
  overlay: ReviewOverlay;
  roadmap: Roadmap;
  doc: StateDoc;
  due: Due;
  width: number;
  height: number;
  theme: Theme;
}

/** The in-app review of one topic: the question, then the answer key, with the ratings pinned at the bottom. */
export function Review({ overlay, roadmap, doc, due, width, height, theme }: ReviewProps) {
  const { lines } = useMemo(() => reviewLines(overlay, { roadmap, doc, due, width, theme }), [overlay, roadmap, doc, due, width, theme]);
  const pinned = ratingLines(overlay, width, height, theme);
  const room = Math.max(1, height - pinned.length);
  const top = Math.max(0, Math.min(overlay.scroll, lines.length - room));
  const shown = lines.slice(top, top + room);
  while (shown.length < room) shown.push(' ');
  return <Lines lines={[...shown, ...pinned].slice(0, height)} width={width} height={height} ascii={theme.g.ascii} />;
}
