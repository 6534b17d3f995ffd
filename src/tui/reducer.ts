// The browser's one pure reducer: state + action -> state. I/O (writing
// statuses, undo, reviews and notes, opening a browser) happens outside, in
// app.tsx, and comes back as actions ('marked', 'undone', 'reviewed', 'noted',
// 'message'), so nothing here touches disk. The parts live in reduce/.
import { focusOf, nextTopics, reviewPicks, type Pick as NextPick } from '../core/next.js';
import { budgetSpentText, reviewBudget } from '../core/review/budget.js';
import { percentText } from '../core/review/recall.js';
import type { Progress } from '../core/progress.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import type { StateDoc } from '../core/state/types.js';
import { clean } from '../render/sanitize.js';
import { plural } from '../core/words.js';
import { dueAt } from './due.js';
import type { Size } from './layout.js';
import {
  clamp,
  DEFAULT_LEARNING,
  FILTER_LABEL,
  FILTERS,
  labelOf,
  progressOf,
  selected,
  type Action,
  type LearningSettings,
  type Message,
  type ReviewOverlay,
  type TuiState,
} from './model.js';
import { restate } from './reduce/changes.js';
import { markedMessage, nothingLeft, reviewedMessage, undoneMessage } from './reduce/messages.js';
import { reviewOverlay, scrollOverlay } from './reduce/overlays.js';
import { searchWith } from './reduce/search.js';
import { bodyOf, expandAll, flatten, follow, jump, reflow, setExpanded, withCursor } from './reduce/tree.js';
import { searchTopics } from './search.js';
import { answerScroll } from './view/overlay-length.js';

export interface InitialOptions {
  roadmap: Roadmap;
  doc: StateDoc;
  size: Size;
  /** For due reviews and predicted recall (as `mlroad next`). */
  now: Date;
  /** The review settings (default: the settings' defaults). */
  learning?: LearningSettings;
}

/**
 * What `mlroad next` would choose, within the focus (`mlroad focus`) if one is
 * set: the topic to study, or first a refresh of its faded prerequisite.
 */
function nextPick(
  roadmap: Roadmap,
  progress: Progress,
  doc: StateDoc,
  now: Date,
  learning: LearningSettings = DEFAULT_LEARNING,
): { pick: NextPick | undefined; focus: Topic | undefined } {
  const state = doc.roadmaps[roadmap.id];
  const focus = focusOf(roadmap, state).topic;
  const [pick] = nextTopics(progress, state, { limit: 1, now, refreshBelow: learning.refreshBelow, ...(focus ? { within: focus } : {}) });
  return { pick, focus };
}

/** The oldest due review within today's budget (review.daily-limit), or why there is none. */
function nextDue(s: TuiState, now: Date): { topic: Topic } | { spent: string | null } {
  const state = s.doc.roadmaps[s.roadmap.id];
  const budget = reviewBudget(state, now, s.learning.dailyLimit);
  const [pick] = reviewPicks(s.progress, state, now, { limit: budget.remaining });
  if (pick) return { topic: pick.topic };
  const due = s.due.ids.size;
  return { spent: due > 0 ? budgetSpentText(budget, due) : null };
}

/**
 * Jumps to the next due review and opens it (part of the queue); or says why
 * there is none. After a rating, `message` (what was recorded) is kept.
 */
function openNextDue(s: TuiState, now: Date, message: Message | null): TuiState {
  const next = nextDue(s, now);
  if ('topic' in next) {
    const moved = jump({ ...s, overlay: null, search: null }, next.topic, message);
    return { ...moved, overlay: reviewOverlay(moved, next.topic, true) };
  }
  if (message) {
    const tail = next.spent ? `today's limit of ${s.learning.dailyLimit} reached (review.daily-limit)` : 'no more due';
    return { ...s, message: { ...message, text: `${message.text} · ${tail}` } };
  }
  return { ...s, message: { text: next.spent ?? 'No reviews due: topics you mark done come back for review a few days later', tone: 'info' } };
}

/** Opens at the topic `mlroad next` would choose, with its path expanded and in view. */
export function initialState({ roadmap, doc, size, now, learning = DEFAULT_LEARNING }: InitialOptions): TuiState {
  const progress = progressOf(roadmap, doc);
  const base: TuiState = {
    roadmap,
    learning,
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
    confirm: null,
    answers: false,
    choosing: null,
  };
  const { pick, focus } = nextPick(roadmap, progress, doc, now, learning);
  if (!pick) return { ...base, message: nothingLeft(focus) };
  return jump(base, pick.topic, pick.kind === 'refresh' ? refreshMessage(pick) : null);
}

/** "Refresh first: 1.3 Gamma (2.1 Delta builds on it; recall ~60 %) · r reviews it". */
function refreshMessage(pick: NextPick): Message {
  return {
    text: `Refresh first: ${labelOf(pick.topic)} (${labelOf(pick.for!)} builds on it; your recall of it is now ~${percentText(pick.recall!.recall)}) · r reviews it`,
    tone: 'info',
  };
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
    case 'expandAll': {
      const next = expandAll(s, a.open);
      const n = next.expanded.size;
      return {
        ...next,
        message: { text: a.open ? `Expanded all ${plural(n, 'section')} (- collapses them)` : 'Collapsed every section (+ expands them all)', tone: 'info' },
      };
    }
    case 'choose': {
      if (!a.topic) return s.choosing ? { ...s, choosing: null, message: null } : s;
      const n = a.topic.resources.length;
      return { ...s, choosing: a.topic, message: { text: `Open which resource of ${labelOf(a.topic)}? 1-${n} (Enter: 1, Esc: none)`, tone: 'info' } };
    }
    case 'answers': {
      const answers = !s.answers;
      const next = { ...s, answers, message: { text: answers ? 'Answers shown (a hides them)' : 'Answers hidden (a shows them)', tone: 'info' as const } };
      return next.overlay ? scrollOverlay(next, (top) => top) : next;
    }
    case 'next': {
      const { pick, focus } = nextPick(s.roadmap, s.progress, s.doc, a.now, s.learning);
      if (!pick) return { ...s, overlay: null, message: nothingLeft(focus) };
      const message: Message = pick.kind === 'refresh' ? refreshMessage(pick) : { text: `Next: ${labelOf(pick.topic)} (${clean(pick.reason)})`, tone: 'info' };
      return jump({ ...s, overlay: null }, pick.topic, message);
    }
    case 'nextReview':
      return openNextDue(reduce(s, { type: 'tick', now: a.now }), a.now, null);
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
      const query = a.all ? '' : a.word ? s.search.query.replace(/\S*\s*$/, '') : Array.from(s.search.query).slice(0, -1).join('');
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
      const next = { ...s, now: a.now, due: dueAt(s.progress, s.doc.roadmaps[s.roadmap.id], a.now) };
      // Under the due filter a review falling due adds rows.
      return s.filter === 'due' ? reflow(next, {}, 'index') : next;
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
      const message = reviewedMessage(next, a);
      // Rated from the queue: on to the next due one, unless the learner has moved on to something else meanwhile.
      if (a.queue && !next.overlay && !next.search) return openNextDue(next, a.now, message);
      return { ...next, message };
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
    case 'confirmOpen':
      return { ...s, confirm: a.request, message: { text: a.text, tone: 'info' } };
    case 'confirmClose':
      return s.confirm ? { ...s, confirm: null, message: null } : s;
    case 'clearMessage':
      return s.message ? { ...s, message: null } : s;
  }
}
