import type { Progress } from '../../core/progress.js';
import type { Topic } from '../../core/roadmap/types.js';
import type { Due } from '../due.js';
import { FILTER_LABEL, type Filter } from '../model.js';
import { treeRow } from '../view/rows.js';
import { fit, seg, type Theme } from '../view/segments.js';
import { Lines } from './Lines.js';

export interface TreeProps {
  rows: readonly Topic[];
  cursor: number;
  scroll: number;
  expanded: ReadonlySet<string>;
  filter: Filter;
  progress: Progress;
  due: Due;
  /** Leaves whose exercise is solved (the λ✓ badge). */
  solved: ReadonlySet<string>;
  width: number;
  height: number;
  theme: Theme;
}

/** Draws only the rows on screen: the work per frame is O(height), whatever the roadmap's size. */
export function Tree({ rows, cursor, scroll, expanded, filter, progress, due, solved, width, height, theme }: TreeProps) {
  if (rows.length === 0) {
    const text = filter === 'all' ? 'This roadmap has no topics.' : `No topics are ${FILTER_LABEL[filter]}. Tab changes the filter.`;
    return <Lines lines={[fit([seg(`  ${text}`, theme.dim)], width)]} width={width} height={height} ascii={theme.g.ascii} />;
  }
  // The reducer keeps the cursor in view; this also holds for the one frame
  // drawn after a resize and before the reducer hears of it.
  let top = Math.max(0, Math.min(scroll, rows.length - height));
  if (cursor < top) top = cursor;
  if (cursor >= top + height) top = cursor - height + 1;
  const lines: string[] = [];
  for (let i = top; i < Math.min(rows.length, top + height); i++) {
    lines.push(treeRow(rows[i]!, { progress, expanded, due, solved, width, theme, cursor: i === cursor }));
  }
  return <Lines lines={lines} width={width} height={height} ascii={theme.g.ascii} />;
}
