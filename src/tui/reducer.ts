// The browser's state and its one pure reducer. Everything the screen shows is
// a function of TuiState; every key becomes one or more Actions (see keys.ts).
// I/O (writing statuses, undo, reviews and notes, opening a browser) happens
// outside, in app.tsx, and comes back as actions ('marked', 'undone',
// 'reviewed', 'noted', 'message'), so this file never touches disk.
// A status change shows at once: it is applied to a copy of the state with the
// store's own pure operation (setStatus) while the write is under way, and the
// document the write returns replaces the copy.
//
// Cost model (a 10,000-topic roadmap must scroll smoothly): `rows`, the
// flattened list of visible tree rows, is recomputed only when the expansion,
// the filter or (under a filter) the statuses change. Moving the cursor is O(1)
// here and O(visible rows) to draw.
import { focusOf, nextTopics, type Pick as NextPick } from '../core/next.js';
import { Progress, type Status } from '../core/progress.js';
import { leavesOf, type Roadmap, type Topic } from '../core/roadmap/types.js';
import { clean } from '../render/sanitize.js';
import { intervalText, type RatingName, type ReviewEntry } from '../core/review/card.js';
import { questionFor } from '../core/review/due.js';
import { setStatus } from '../core/state/ops.js';
import type { StateDoc } from '../core/state/types.js';
import type { UndoPlan } from '../core/state/undo.js';
import { dueAt, type Due } from './due.js';
import { layoutOf, type Size } from './layout.js';
import { answerScroll, overlayLength } from './view/overlay-length.js';
import { searchTopics } from './search.js';

export type Filter = 'all' | 'pending' | 'in-progress' | 'done';
export const FILTERS: readonly Filter[] = ['all', 'pending', 'in-progress', 'done'];
export const FILTER_LABEL: Record<Filter, string> = { all: 'all', pending: 'pending', 'in-progress': 'in progress', done: 'done' };
export const STATUS_WORD: Record<Status, string> = { done: 'done', 'in-progress': 'in progress', skipped: 'skipped', pending: 'pending' };

export interface Search {
  readonly query: string;
  readonly matches: readonly Topic[];
  /** Index into matches of the highlighted one. */
  readonly selected: number;
  /** First match shown. */
  readonly scroll: number;
}

/** The wait each rating would give (from the scheduler's preview). */
export type RatingPreview = Readonly<Record<RatingName, { readonly interval: number; readonly due: string }>>;

export interface ReviewOverlay {
  readonly kind: 'review';
  readonly topic: Topic;
  /** The self-check question asked (`mlroad review` asks the same one). */
  readonly question: string;
  /** The answer key is shown. */
  readonly revealed: boolean;
  /** Null until the scheduler is loaded. */
  readonly preview: RatingPreview | null;
  readonly scroll: number;
}

export type Overlay =
  | { readonly kind: 'detail'; readonly topic: Topic; readonly scroll: number }
  /** `back` is what Esc returns to (help opened from the detail view returns there). */
  | { readonly kind: 'help'; readonly scroll: number; readonly back: Overlay | null }
  | ReviewOverlay;

export type Tone = 'info' | 'success' | 'error';
export interface Message {
  readonly text: string;
  readonly tone: Tone;
}

/** A status change asked for and not yet confirmed by the store. */
export interface PendingMark {
  readonly id: number;
  readonly topics: readonly Topic[];
  readonly status: Status;
  readonly at: Date;
}

export interface TuiState {
  readonly roadmap: Roadmap;
  /** The state as last read from or written to the store. */
  readonly saved: StateDoc;
  /** Writes under way, oldest first. */
  readonly pending: readonly PendingMark[];
  /** What is shown: `saved` with the pending changes applied. */
  readonly doc: StateDoc;
  readonly progress: Progress;
  /** The time `due` was computed at (see the 'tick' action). */
  readonly now: Date;
  /** Reviews due at `now` in `doc`. */
  readonly due: Due;
  readonly size: Size;
  /** Ids of expanded parents. */
  readonly expanded: ReadonlySet<string>;
  readonly filter: Filter;
  /** The visible tree rows in outline order (cached flattening). */
  readonly rows: readonly Topic[];
  readonly cursor: number;
  /** Index of the first row on screen. */
  readonly scroll: number;
  readonly search: Search | null;
  readonly overlay: Overlay | null;
  readonly message: Message | null;
}

export type Action =
  | { type: 'move'; by: number }
  | { type: 'page'; by: 1 | -1 }
  | { type: 'top' }
  | { type: 'bottom' }
  /** ←/h: collapse an open parent, else go to the parent. */
  | { type: 'left' }
  /** →/l: expand a closed parent, else go to its first child. */
  | { type: 'right' }
  /** Enter: toggle a parent, open the details of a leaf. */
  | { type: 'enter' }
  /** `now` decides which reviews are due. */
  | { type: 'next'; now: Date }
  | { type: 'jump'; topic: Topic }
  | { type: 'filter'; by: 1 | -1 }
  | { type: 'searchOpen' }
  | { type: 'searchType'; text: string }
  | { type: 'searchErase'; all?: boolean }
  | { type: 'searchMove'; by: number }
  | { type: 'searchAccept' }
  | { type: 'searchCancel' }
  | { type: 'help' }
  | { type: 'details' }
  | { type: 'closeOverlay' }
  | { type: 'scrollOverlay'; by: number }
  | { type: 'resize'; size: Size }
  | { type: 'markStart'; mark: PendingMark }
  | { type: 'marked'; id: number; doc: StateDoc; topic: Topic; status: Status; changed: readonly Topic[] }
  | { type: 'markFailed'; id: number; text: string }
  /** The clock moved on: recount the due reviews if one may have fallen due. */
  | { type: 'tick'; now: Date }
  /** `r` on a done leaf: the review overlay, its question; the preview follows. */
  | { type: 'reviewOpen'; topic: Topic }
  | { type: 'reviewPreview'; topic: Topic; preview: RatingPreview }
  | { type: 'reviewReveal' }
  /** A review was recorded (the overlay closed when it was rated). */
  | { type: 'reviewed'; doc: StateDoc; topic: Topic; rating: RatingName; entry: ReviewEntry }
  | { type: 'undone'; doc: StateDoc; plan: UndoPlan | null; changed: readonly Topic[] }
  /** The editor closed: `count` notes now, or nothing added (`doc` null). */
  | { type: 'noted'; doc: StateDoc | null; topic: Topic; count: number }
  /** The state file changed under us (another mlroad). */
  | { type: 'reloaded'; doc: StateDoc }
  | { type: 'message'; text: string; tone: Tone }
  | { type: 'clearMessage' };

// ---------------------------------------------------------------- helpers

export const progressOf = (roadmap: Roadmap, doc: StateDoc): Progress =>
  new Progress(roadmap, (id) => doc.roadmaps[roadmap.id]?.topics[id]?.status);

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** `saved` with the pending changes applied, through the store's own operation. */
export function withPending(roadmap: Roadmap, saved: StateDoc, pending: readonly PendingMark[]): StateDoc {
  if (pending.length === 0) return saved;
  const doc = structuredClone(saved);
  for (const m of pending) {
    const leafIds = [...new Set(m.topics.flatMap((t) => leavesOf(roadmap, t).map((l) => l.id)))];
    setStatus(doc, roadmap.id, leafIds, m.status, m.at);
  }
  return doc;
}

/** New saved state and/or pending list: recompute what is shown; under a filter, the rows too. */
function restate(s: TuiState, saved: StateDoc, pending: readonly PendingMark[], message: Message | null): TuiState {
  const doc = withPending(s.roadmap, saved, pending);
  const progress = progressOf(s.roadmap, doc);
  const due = dueAt(progress, doc.roadmaps[s.roadmap.id], s.now);
  const next: TuiState = { ...s, saved, pending, doc, progress, due, message };
  // Statuses decide what a filter shows; without one the rows stay as they are.
  return s.filter === 'all' ? next : reflow(next, {}, 'index');
}

/** Does a topic show under a filter? A parent shows when any leaf below it would. O(1). */
export function passes(progress: Progress, filter: Filter, topic: Topic): boolean {
  if (filter === 'all') return true;
  const k = progress.counts(topic);
  return (filter === 'pending' ? k.pending : filter === 'done' ? k.done : k.in_progress) > 0;
}

/** The visible tree rows: top-level topics, and the children of every expanded visible parent. */
export function flatten(roadmap: Roadmap, expanded: ReadonlySet<string>, filter: Filter, progress: Progress): Topic[] {
  const rows: Topic[] = [];
  // Iterative pre-order: a generated roadmap may be deeper than the call stack.
  const stack: Topic[] = [...roadmap.topics].reverse();
  while (stack.length) {
    const t = stack.pop()!;
    if (!passes(progress, filter, t)) continue;
    rows.push(t);
    if (t.children.length && expanded.has(t.id)) for (let i = t.children.length - 1; i >= 0; i--) stack.push(t.children[i]!);
  }
  return rows;
}

export const ancestorsOf = (topic: Topic): Topic[] => {
  const out: Topic[] = [];
  for (let t = topic.parent; t; t = t.parent) out.push(t);
  return out;
};

/** "2.1.2 Chain Rule of Derivation", safe for the terminal. */
export const labelOf = (topic: Topic) => `${topic.number} ${clean(topic.title)}`;

export const selected = (s: TuiState): Topic | undefined => s.rows[s.cursor];

/** The topic that marking keys act on: the one in the detail (or review) overlay, else the cursor's. */
export const target = (s: TuiState): Topic | undefined => (s.overlay && 'topic' in s.overlay ? s.overlay.topic : selected(s));

const bodyOf = (s: TuiState) => layoutOf(s.size).body;

/** Smallest scroll change that keeps the cursor on screen. */
function follow(cursor: number, scroll: number, count: number, height: number): number {
  let top = scroll;
  if (cursor < top) top = cursor;
  if (cursor >= top + height) top = cursor - height + 1;
  return clamp(top, 0, Math.max(0, count - height));
}

/** After a jump: the cursor a third of the way down, so what follows it is in view. */
const centre = (cursor: number, count: number, height: number) => clamp(cursor - Math.floor(height / 3), 0, Math.max(0, count - height));

function withCursor(s: TuiState, cursor: number): TuiState {
  const c = clamp(cursor, 0, Math.max(0, s.rows.length - 1));
  return { ...s, cursor: c, scroll: follow(c, s.scroll, s.rows.length, bodyOf(s)) };
}

/**
 * Re-flattens after the expansion, filter or statuses changed. The cursor stays
 * on its topic; if that is gone, `keep` decides: 'ancestor' moves to the nearest
 * visible ancestor (filter changes), 'index' keeps the position so the next row
 * comes up (marking under a filter: work down the list).
 */
function reflow(s: TuiState, changes: Partial<Pick<TuiState, 'expanded' | 'filter' | 'progress'>>, keep: 'ancestor' | 'index'): TuiState {
  const next = { ...s, ...changes };
  const rows = flatten(next.roadmap, next.expanded, next.filter, next.progress);
  const current = selected(s);
  let cursor = current ? rows.indexOf(current) : -1;
  if (cursor < 0 && current && keep === 'ancestor') {
    for (let t = current.parent; t && cursor < 0; t = t.parent) cursor = rows.indexOf(t);
  }
  if (cursor < 0) cursor = clamp(s.cursor, 0, Math.max(0, rows.length - 1));
  return withCursor({ ...next, rows }, cursor);
}

function setExpanded(s: TuiState, topic: Topic, open: boolean): TuiState {
  if (s.expanded.has(topic.id) === open) return s;
  const expanded = new Set(s.expanded);
  if (open) expanded.add(topic.id);
  else expanded.delete(topic.id);
  return reflow(s, { expanded }, 'ancestor');
}

/** Shows a topic: opens its path, lifts a filter that hides it, puts the cursor on it. */
function jump(s: TuiState, topic: Topic, message: Message | null = null): TuiState {
  const expanded = new Set(s.expanded);
  for (const a of ancestorsOf(topic)) expanded.add(a.id);
  let filter = s.filter;
  let note = message;
  if (!passes(s.progress, filter, topic)) {
    filter = 'all';
    note = { text: `Filter is now "all": ${labelOf(topic)} is ${STATUS_WORD[s.progress.status(topic)]}`, tone: 'info' };
  }
  const rows = flatten(s.roadmap, expanded, filter, s.progress);
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

// ---------------------------------------------------------------- state

export interface InitialOptions {
  roadmap: Roadmap;
  doc: StateDoc;
  size: Size;
  /** For due reviews (as `mlroad next`). */
  now: Date;
}

/** What `mlroad next` would choose: due reviews first, within the focus (`mlroad focus`) if one is set. */
export function nextPick(roadmap: Roadmap, progress: Progress, doc: StateDoc, now: Date): { pick: NextPick | undefined; focus: Topic | undefined } {
  const state = doc.roadmaps[roadmap.id];
  const focus = focusOf(roadmap, state).topic;
  const [pick] = nextTopics(progress, state, { limit: 1, now, reviews: true, ...(focus ? { within: focus } : {}) });
  return { pick, focus };
}

function nothingLeft(focus: Topic | undefined): Message {
  const where = focus ? ` in ${labelOf(focus)}, the focus (mlroad focus --clear lifts it)` : '';
  return { text: `Nothing left to study${where}: every topic is done or skipped.`, tone: 'success' };
}

/** Opens at the topic `mlroad next` would choose, with its path expanded and in view. */
export function initialState({ roadmap, doc, size, now }: InitialOptions): TuiState {
  const progress = progressOf(roadmap, doc);
  const base: TuiState = {
    roadmap,
    saved: doc,
    pending: [],
    doc,
    progress,
    now,
    due: dueAt(progress, doc.roadmaps[roadmap.id], now),
    size,
    expanded: new Set(),
    filter: 'all',
    rows: flatten(roadmap, new Set(), 'all', progress),
    cursor: 0,
    scroll: 0,
    search: null,
    overlay: null,
    message: null,
  };
  const { pick, focus } = nextPick(roadmap, progress, doc, now);
  if (!pick) return { ...base, message: nothingLeft(focus) };
  return jump(base, pick.topic);
}

function markedMessage(a: Extract<Action, { type: 'marked' }>): Message {
  const word = STATUS_WORD[a.status];
  const label = labelOf(a.topic);
  const many = a.topic.children.length > 0;
  if (a.changed.length === 0) return { text: many ? `Every topic in ${label} is already ${word}` : `${label} is already ${word}`, tone: 'info' };
  const n = a.changed.length;
  return { text: many ? `Marked ${label} ${word} (${n} topic${n === 1 ? '' : 's'})` : `Marked ${label} ${word}`, tone: 'success' };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "↶ Undid 3 topics (2.1 Calculus): done → pending", or "Nothing to undo". */
function undoneMessage({ plan, changed }: Extract<Action, { type: 'undone' }>): Message {
  if (!plan) return { text: 'Nothing to undo: no status change is left to revert', tone: 'info' };
  const [first] = plan.reverts;
  const same = plan.reverts.every((r) => r.from === first!.from && r.to === first!.to);
  const arrow = same ? `: ${STATUS_WORD[first!.from]} → ${STATUS_WORD[first!.to]}` : '';
  if (plan.reverts.length === 1 && changed.length === 1) return { text: `↶ Undid ${labelOf(changed[0]!)}${arrow}`, tone: 'success' };
  // Name the section when the change was exactly its leaves (`done 2.1`), else the first few topics.
  const lo = changed.reduce((m, t) => Math.min(m, t.leafStart), Infinity);
  const hi = changed.reduce((m, t) => Math.max(m, t.leafEnd), -Infinity);
  let owner = changed[0]?.parent ?? null;
  while (owner && (owner.leafStart > lo || owner.leafEnd < hi)) owner = owner.parent;
  const whole = owner && changed.length === plan.reverts.length && owner.leafEnd - owner.leafStart === changed.length;
  const names = whole
    ? labelOf(owner!)
    : changed.length
      ? changed.slice(0, 3).map(labelOf).join(', ') + (plan.reverts.length > 3 ? ', …' : '')
      : 'no longer in this roadmap';
  return { text: `↶ Undid ${plural(plan.reverts.length, 'topic')} (${names})${arrow}`, tone: 'success' };
}

function reviewedMessage(s: TuiState, a: Extract<Action, { type: 'reviewed' }>): Message {
  const more = s.due.ids.size;
  const tail = more ? ` · ${more} more due` : '';
  return { text: `✓ Reviewed ${labelOf(a.topic)}: ${a.rating} → next review in ${intervalText(a.entry.interval)} (${a.entry.due.slice(0, 10)})${tail}`, tone: 'success' };
}

/** The review overlay of a done leaf, asking the question `mlroad review` would ask now. */
function reviewOverlay(s: TuiState, topic: Topic): ReviewOverlay {
  const question = questionFor(topic, s.doc.roadmaps[s.roadmap.id]) ?? `What is "${topic.title}" about, and how would you explain it to someone else?`;
  return { kind: 'review', topic, question, revealed: false, preview: null, scroll: 0 };
}

function scrollOverlay(s: TuiState, to: (scroll: number) => number): TuiState {
  if (!s.overlay) return s;
  const max = Math.max(0, overlayLength(s, s.overlay) - bodyOf(s));
  return { ...s, overlay: { ...s.overlay, scroll: clamp(to(s.overlay.scroll), 0, max) } };
}

function searchWith(s: TuiState, query: string): TuiState {
  const previous = s.search;
  // Typing on refines the previous matches (a longer query matches a subset).
  const pool = previous && previous.query && query.startsWith(previous.query) ? previous.matches : undefined;
  return { ...s, search: { query, matches: searchTopics(s.roadmap, query, pool), selected: 0, scroll: 0 } };
}

export function reduce(s: TuiState, a: Action): TuiState {
  switch (a.type) {
    case 'move':
      return withCursor(s, s.cursor + a.by);
    case 'page': {
      const h = bodyOf(s);
      const cursor = clamp(s.cursor + a.by * h, 0, Math.max(0, s.rows.length - 1));
      // Like less: the page turns with the cursor, so the new page is all new rows.
      const scroll = clamp(s.scroll + a.by * h, 0, Math.max(0, s.rows.length - h));
      return { ...s, cursor, scroll: follow(cursor, scroll, s.rows.length, h) };
    }
    case 'top':
      return withCursor(s, 0);
    case 'bottom':
      return withCursor(s, s.rows.length - 1);
    case 'left': {
      const t = selected(s);
      if (!t) return s;
      if (t.children.length && s.expanded.has(t.id)) return setExpanded(s, t, false);
      return t.parent ? withCursor(s, s.rows.indexOf(t.parent)) : s;
    }
    case 'right': {
      const t = selected(s);
      if (!t || !t.children.length) return s;
      if (!s.expanded.has(t.id)) return setExpanded(s, t, true);
      const below = s.rows[s.cursor + 1];
      return below && below.parent === t ? withCursor(s, s.cursor + 1) : s;
    }
    case 'enter': {
      const t = selected(s);
      if (!t) return s;
      if (t.children.length) return setExpanded(s, t, !s.expanded.has(t.id));
      return { ...s, overlay: { kind: 'detail', topic: t, scroll: 0 } };
    }
    case 'details': {
      const t = selected(s);
      return t ? { ...s, overlay: { kind: 'detail', topic: t, scroll: 0 } } : s;
    }
    case 'next': {
      const { pick, focus } = nextPick(s.roadmap, s.progress, s.doc, a.now);
      if (!pick) return { ...s, overlay: null, message: nothingLeft(focus) };
      return jump({ ...s, overlay: null }, pick.topic, { text: `Next: ${labelOf(pick.topic)} (${clean(pick.reason)})`, tone: 'info' });
    }
    case 'jump':
      return jump(s, a.topic);
    case 'filter': {
      const i = FILTERS.indexOf(s.filter);
      const filter = FILTERS[(i + a.by + FILTERS.length) % FILTERS.length]!;
      return { ...reflow(s, { filter }, 'ancestor'), message: { text: `Filter: ${FILTER_LABEL[filter]}`, tone: 'info' } };
    }
    case 'searchOpen':
      return { ...s, overlay: null, search: { query: '', matches: [], selected: 0, scroll: 0 } };
    case 'searchType':
      return s.search ? searchWith(s, s.search.query + a.text) : s;
    case 'searchErase': {
      if (!s.search) return s;
      const query = a.all ? '' : Array.from(s.search.query).slice(0, -1).join('');
      return { ...s, search: { query, matches: searchTopics(s.roadmap, query), selected: 0, scroll: 0 } };
    }
    case 'searchMove': {
      if (!s.search) return s;
      const { matches } = s.search;
      const sel = clamp(s.search.selected + a.by, 0, Math.max(0, matches.length - 1));
      return { ...s, search: { ...s.search, selected: sel, scroll: follow(sel, s.search.scroll, matches.length, bodyOf(s)) } };
    }
    case 'searchAccept': {
      if (!s.search) return s;
      const topic = s.search.matches[s.search.selected];
      const closed = { ...s, search: null };
      if (!topic) return { ...closed, message: s.search.query ? { text: `No topic matches "${clean(s.search.query)}"`, tone: 'info' } : null };
      return jump(closed, topic);
    }
    case 'searchCancel':
      return { ...s, search: null };
    case 'help':
      if (s.overlay?.kind === 'help') return { ...s, overlay: s.overlay.back };
      return { ...s, search: null, overlay: { kind: 'help', scroll: 0, back: s.overlay } };
    case 'closeOverlay':
      return { ...s, overlay: s.overlay?.kind === 'help' ? s.overlay.back : null };
    case 'scrollOverlay':
      return scrollOverlay(s, (top) => top + a.by);
    case 'resize': {
      if (a.size.columns === s.size.columns && a.size.rows === s.size.rows) return s;
      const next = withCursor({ ...s, size: a.size }, s.cursor);
      return next.overlay ? scrollOverlay(next, (top) => top) : next;
    }
    case 'markStart':
      return restate(s, s.saved, [...s.pending, a.mark], s.message);
    case 'marked':
      return restate(
        s,
        a.doc,
        s.pending.filter((m) => m.id !== a.id),
        markedMessage(a),
      );
    case 'markFailed':
      return restate(
        s,
        s.saved,
        s.pending.filter((m) => m.id !== a.id),
        { text: a.text, tone: 'error' },
      );
    case 'tick': {
      const t = a.now.getTime();
      // Nothing new can be due before `until` (cards made from now on fall due a day later at the earliest).
      if (t >= s.now.getTime() && t < s.due.until) return s;
      return { ...s, now: a.now, due: dueAt(s.progress, s.doc.roadmaps[s.roadmap.id], a.now) };
    }
    case 'reviewOpen':
      return { ...s, search: null, overlay: reviewOverlay(s, a.topic) };
    case 'reviewPreview':
      return s.overlay?.kind === 'review' && s.overlay.topic === a.topic ? { ...s, overlay: { ...s.overlay, preview: a.preview } } : s;
    case 'reviewReveal': {
      if (s.overlay?.kind !== 'review' || s.overlay.revealed) return s;
      const overlay: ReviewOverlay = { ...s.overlay, revealed: true };
      // Bring the answer key into view when the question fills the screen.
      return scrollOverlay({ ...s, overlay }, (top) => Math.max(top, answerScroll(s, overlay)));
    }
    case 'reviewed': {
      const next = restate(s, a.doc, s.pending, null);
      return { ...next, message: reviewedMessage(next, a) };
    }
    case 'undone':
      return restate(s, a.doc, s.pending, undoneMessage(a));
    case 'noted': {
      if (!a.doc) return { ...s, message: { text: `No note added to ${labelOf(a.topic)} (the note was empty)`, tone: 'info' } };
      return restate(s, a.doc, s.pending, { text: `✎ Note added to ${labelOf(a.topic)} (${plural(a.count, 'note')})`, tone: 'success' });
    }
    case 'reloaded':
      return JSON.stringify(a.doc) === JSON.stringify(s.saved) ? s : restate(s, a.doc, s.pending, s.message);
    case 'message':
      return { ...s, message: { text: a.text, tone: a.tone } };
    case 'clearMessage':
      return s.message ? { ...s, message: null } : s;
  }
}
