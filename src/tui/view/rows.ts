// One tree row and one search-result row (pure). Status glyphs differ without
// colour (✓ ◐ ⊘ ○), the cursor row has a "❯" besides its inverse video, and a
// leaf due for review has "↻" after its title (a closed parent "↻N", the due
// leaves hidden below it), a leaf with an exercise "λ" ("λ✓" once solved), so
// nothing depends on colour alone (NO_COLOR).
import type { Progress } from '../../core/progress.js';
import type { Topic } from '../../core/roadmap/types.js';
import { clean } from '../../render/sanitize.js';
import { pathOf } from '../../core/roadmap/types.js';
import { paintStatus } from '../../render/style.js';
import { bar, plainText, width as textWidth } from '../../render/text.js';
import { dueBelow, NO_DUE, type Due } from '../due.js';
import { matchRanges } from '../search.js';
import { fit, seg, type Seg, type Theme } from './segments.js';

const plainWidth = (segs: readonly Seg[]) => segs.reduce((n, s) => n + textWidth(s.text), 0);
const NO_POINTER = '  ';

/**
 * The cursor row is one uniform bar (inverse video over plain text), not the
 * row's own colours inverted into differently coloured blocks; the pointer
 * marks it without colour too.
 */
const cursorBar = (t: Theme, line: string) => t.cursor(plainText(line));

export interface RowInput {
  progress: Progress;
  expanded: ReadonlySet<string>;
  /** Reviews due (default: none). */
  due?: Due;
  /** Ids of the leaves whose exercise is solved (default: none). */
  solved?: ReadonlySet<string>;
  width: number;
  theme: Theme;
  cursor: boolean;
}

export function treeRow(topic: Topic, { progress, expanded, due = NO_DUE, solved, width, theme: t, cursor }: RowInput): string {
  const status = progress.status(topic);
  const paint = (x: string) => paintStatus(t.c, status, x);
  const parent = topic.children.length > 0;
  // Deep rows keep their title readable on narrow screens: indentation is capped.
  const indent = '  '.repeat(Math.min(topic.depth, Math.max(1, Math.floor((width - 24) / 4))));
  const left: Seg[] = [
    seg(cursor ? `${t.g.pointer} ` : NO_POINTER, t.accent),
    seg(indent),
    seg(parent ? (expanded.has(topic.id) ? `${t.g.open} ` : `${t.g.closed} `) : '  ', t.dim),
    seg(t.g.status[status], paint),
    seg(' '),
    seg(topic.number, t.number),
    seg(' '),
  ];
  let right: Seg[] = [];
  const open = expanded.has(topic.id);
  const hidden = parent && !open ? dueBelow(due, topic) : 0;
  if (parent) {
    const k = progress.counts(topic);
    right = [seg(hidden ? ` ${t.g.due}${hidden}` : '', t.accent), seg(` ${k.done}/${k.total}`, t.dim)];
    if (width >= 52) right.push(seg(' '), seg(bar(k.percent / 100, 6, t.g), t.bar));
  }
  const leftWidth = plainWidth(left);
  if (width - leftWidth - plainWidth(right) < 8) right = [];
  const room = Math.max(1, width - leftWidth - plainWidth(right));
  // The badges stay when a long title is cut.
  const mark = !parent && due.ids.has(topic.id) ? ` ${t.g.due}` : '';
  const practice = topic.exercise === null ? '' : solved?.has(topic.id) ? ` ${t.g.solved}` : ` ${t.g.exercise}`;
  const badges = textWidth(mark) + textWidth(practice);
  const titleRoom = Math.max(1, room - badges);
  const text = clean(topic.title);
  const shown = Math.min(textWidth(text), titleRoom);
  const title =
    fit([seg(text, parent ? (x) => t.bold(paint(x)) : paint)], titleRoom, false, t.g.ellipsis) +
    (mark && t.accent(mark)) +
    (practice && (solved?.has(topic.id) ? t.success(practice) : t.dim(practice))) +
    ' '.repeat(Math.max(0, room - shown - badges));
  const line = fit(left, width, false, t.g.ellipsis) + title + fit(right, plainWidth(right));
  return cursor ? cursorBar(t, line) : line;
}

export interface SearchRowInput {
  progress: Progress;
  due?: Due;
  query: string;
  width: number;
  theme: Theme;
  cursor: boolean;
}

/** "❯ ○ 2.1.2 Chain Rule of Derivation · Mathematical Foundations › Calculus", matches highlighted. */
export function searchRow(topic: Topic, { progress, due = NO_DUE, query, width, theme: t, cursor }: SearchRowInput): string {
  const status = progress.status(topic);
  const title = clean(topic.title);
  // On the cursor bar a match is underlined in the bar's colours; elsewhere highlighted.
  const match = cursor ? (x: string) => t.c.underline(x) : t.match;
  const segs: Seg[] = [
    seg(cursor ? `${t.g.pointer} ` : NO_POINTER, t.accent),
    seg(t.g.status[status], (x) => paintStatus(t.c, status, x)),
    seg(' '),
    seg(topic.number, t.number),
    seg(' '),
  ];
  let at = 0;
  for (const [a, b] of matchRanges(title, query)) {
    if (a > at) segs.push(seg(title.slice(at, a)));
    segs.push(seg(title.slice(a, b), match));
    at = b;
  }
  if (at < title.length) segs.push(seg(title.slice(at)));
  if (due.ids.has(topic.id)) segs.push(seg(` ${t.g.due}`, t.accent));
  if (!title.toLowerCase().includes(query.trim().toLowerCase()) && topic.id.includes(query.trim().toLowerCase())) segs.push(seg(`  [${topic.id}]`, t.dim));
  if (topic.parent) segs.push(seg(`  ${t.g.sep} ${pathOf(topic).map(clean).join(` ${t.g.crumb} `)}`, t.dim));
  if (!cursor) return fit(segs, width, true, t.g.ellipsis);
  // The bar in one colour; only the matches keep their underline.
  return t.cursor(
    fit(
      segs.map((x) => seg(x.text, x.style === match ? match : undefined)),
      width,
      true,
      t.g.ellipsis,
    ),
  );
}
