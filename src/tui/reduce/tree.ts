// The tree's rows, cursor and scrolling: flattening the visible rows, keeping
// the cursor on screen, expanding, filtering, jumping to a topic.
// Cost model (a 10,000-topic roadmap must scroll smoothly): `rows` is
// recomputed only when the expansion, the filter or (under a filter) the
// statuses change. Moving the cursor is O(1) here and O(visible rows) to draw.
import type { Progress } from '../../core/progress.js';
import type { Roadmap, Topic } from '../../core/roadmap/types.js';
import { dueBelow, NO_DUE, type Due } from '../due.js';
import { layoutOf } from '../layout.js';
import { ancestorsOf, clamp, labelOf, selected, STATUS_WORD, type Filter, type Message, type TuiState } from '../model.js';

/** Does a topic show under a filter? A parent shows when any leaf below it would. O(1) (O(log due) for 'due'). */
function passes(progress: Progress, filter: Filter, topic: Topic, due: Due = NO_DUE): boolean {
  if (filter === 'all') return true;
  if (filter === 'due') return dueBelow(due, topic) > 0;
  const k = progress.counts(topic);
  return (filter === 'pending' ? k.pending : filter === 'done' ? k.done : k.in_progress) > 0;
}

/** The visible tree rows: top-level topics, and the children of every expanded visible parent. */
export function flatten(roadmap: Roadmap, expanded: ReadonlySet<string>, filter: Filter, progress: Progress, due: Due = NO_DUE): Topic[] {
  const rows: Topic[] = [];
  // Iterative pre-order: a generated roadmap may be deeper than the call stack.
  const stack: Topic[] = [...roadmap.topics].reverse();
  while (stack.length) {
    const t = stack.pop()!;
    if (!passes(progress, filter, t, due)) continue;
    rows.push(t);
    if (t.children.length && expanded.has(t.id)) for (let i = t.children.length - 1; i >= 0; i--) stack.push(t.children[i]!);
  }
  return rows;
}

export const bodyOf = (s: TuiState) => layoutOf(s.size).body;

/** Smallest scroll change that keeps the cursor on screen. */
export function follow(cursor: number, scroll: number, count: number, height: number): number {
  let top = scroll;
  if (cursor < top) top = cursor;
  if (cursor >= top + height) top = cursor - height + 1;
  return clamp(top, 0, Math.max(0, count - height));
}

/** After a jump: the cursor a third of the way down, so what follows it is in view. */
const centre = (cursor: number, count: number, height: number) => clamp(cursor - Math.floor(height / 3), 0, Math.max(0, count - height));

export function withCursor(s: TuiState, cursor: number): TuiState {
  const c = clamp(cursor, 0, Math.max(0, s.rows.length - 1));
  return { ...s, cursor: c, scroll: follow(c, s.scroll, s.rows.length, bodyOf(s)) };
}

/**
 * Re-flattens after the expansion, filter or statuses changed. The cursor stays
 * on its topic; if that is gone, `keep` decides: 'ancestor' moves to the nearest
 * visible ancestor (filter changes), 'index' keeps the position so the next row
 * comes up (marking under a filter: work down the list).
 */
export function reflow(s: TuiState, changes: Partial<Pick<TuiState, 'expanded' | 'filter' | 'progress'>>, keep: 'ancestor' | 'index'): TuiState {
  const next = { ...s, ...changes };
  const rows = flatten(next.roadmap, next.expanded, next.filter, next.progress, next.due);
  const current = selected(s);
  let cursor = current ? rows.indexOf(current) : -1;
  if (cursor < 0 && current && keep === 'ancestor') {
    for (let t = current.parent; t && cursor < 0; t = t.parent) cursor = rows.indexOf(t);
  }
  if (cursor < 0) cursor = clamp(s.cursor, 0, Math.max(0, rows.length - 1));
  return withCursor({ ...next, rows }, cursor);
}

/** Every parent open (`+`), or every one closed (`-`); the cursor stays on its topic (or its section). */
export function expandAll(s: TuiState, open: boolean): TuiState {
  const expanded = new Set<string>();
  if (open) for (const t of s.roadmap.all) if (t.children.length) expanded.add(t.id);
  return reflow(s, { expanded }, 'ancestor');
}

export function setExpanded(s: TuiState, topic: Topic, open: boolean): TuiState {
  if (s.expanded.has(topic.id) === open) return s;
  const expanded = new Set(s.expanded);
  if (open) expanded.add(topic.id);
  else expanded.delete(topic.id);
  return reflow(s, { expanded }, 'ancestor');
}

/** Shows a topic: opens its path, lifts a filter that hides it, puts the cursor on it. */
export function jump(s: TuiState, topic: Topic, message: Message | null = null): TuiState {
  const expanded = new Set(s.expanded);
  for (const a of ancestorsOf(topic)) expanded.add(a.id);
  let filter = s.filter;
  let note = message;
  if (!passes(s.progress, filter, topic, s.due)) {
    const why = filter === 'due' ? 'not due for review' : STATUS_WORD[s.progress.status(topic)];
    filter = 'all';
    note = { text: `Filter is now "all": ${labelOf(topic)} is ${why}`, tone: 'info' };
  }
  const rows = flatten(s.roadmap, expanded, filter, s.progress, s.due);
  const cursor = Math.max(0, rows.indexOf(topic));
  const height = bodyOf(s);
  const inView = s.filter === filter && cursor >= s.scroll && cursor < s.scroll + height && rows.length === s.rows.length;
  return {
    ...s,
    expanded,
    filter,
    rows,
    cursor,
    scroll: inView ? follow(cursor, s.scroll, rows.length, height) : centre(cursor, rows.length, height),
    message: note ?? s.message,
  };
}
