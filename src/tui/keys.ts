// Keys → steps (pure). A step is either a reducer Action or an Effect that
// app.tsx performs (writing a status, undo, a review or a note, opening a
// link, quitting). Interpreting against the latest state one key at a time is
// what keeps a pasted "jjj" or fast typing correct (Ink delivers a chunk of
// characters in one call).
import type { Status } from '../core/progress.js';
import { RATINGS, type RatingName } from '../core/review/card.js';
import { notReviewable } from '../actions/review.js';
import { leavesOf, type Topic } from '../core/roadmap/types.js';
import { layoutOf } from './layout.js';
import { exerciseLeaves, nextExercise } from '../core/practice.js';
import { labelOf, target, type Action, type MarkRequest, type ReviewOverlay, type TuiState } from './model.js';

/** The part of Ink's Key that the browser reads (Ink's Key is assignable to it). */
export interface KeyInfo {
  upArrow: boolean;
  downArrow: boolean;
  leftArrow: boolean;
  rightArrow: boolean;
  pageUp: boolean;
  pageDown: boolean;
  home?: boolean;
  end?: boolean;
  return: boolean;
  escape: boolean;
  ctrl: boolean;
  shift: boolean;
  tab: boolean;
  backspace: boolean;
  delete: boolean;
  meta: boolean;
}

export type Effect =
  /** Set `status` on the leaves of `topics`; `topic` is what the message names. */
  | { effect: 'mark'; topic: Topic; topics: readonly Topic[]; status: Status }
  /** Open resource `index` of `topic`. */
  | { effect: 'open'; topic: Topic; index: number }
  /** Revert the most recent change still in effect (`mlroad undo`). */
  | { effect: 'undo' }
  /** Write `topic`'s exercise to the practice folder (`mlroad practice TOPIC`). */
  | { effect: 'practice'; topic: Topic }
  /** Write a note on `topic` in the editor (`mlroad note TOPIC`). */
  | { effect: 'note'; topic: Topic }
  /** Load the wait each rating would give, for the review overlay. */
  | { effect: 'preview'; topic: Topic }
  /** Record a review (`mlroad review TOPIC --rating R`); `queue`: then open the next due one. */
  | { effect: 'rate'; topic: Topic; rating: RatingName; queue: boolean }
  /** Jump to what `mlroad next` picks; an effect only because it reads the clock. */
  | { effect: 'next' }
  /** Open the oldest due review (R); an effect because it reads the clock. */
  | { effect: 'nextReview' }
  | { effect: 'quit' };

export type Step = Action | Effect;

export const isEffect = (step: Step): step is Effect => 'effect' in step;

export const NO_KEY: KeyInfo = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
};

const isPlain = (key: KeyInfo) =>
  !(
    key.ctrl ||
    key.meta ||
    key.upArrow ||
    key.downArrow ||
    key.leftArrow ||
    key.rightArrow ||
    key.pageUp ||
    key.pageDown ||
    key.home ||
    key.end ||
    key.return ||
    key.escape ||
    key.tab ||
    key.backspace ||
    key.delete
  );

/**
 * Splits one useInput call into single keys: a pasted or fast-typed "jjj"
 * arrives as one plain string and must act as three presses.
 */
export function splitKeys(input: string, key: KeyInfo): [string, KeyInfo][] {
  if (!isPlain(key) || input.length <= 1) return [[input, key]];
  return Array.from(input, (ch) => controlKey(ch) ?? ([ch, { ...NO_KEY, shift: ch !== ch.toLowerCase() }] as [string, KeyInfo]));
}

/**
 * A control byte inside a chunk (two Backspaces of a held key arrive as
 * "\x7f\x7f", which Ink passes on as text): the key it stands for, as Ink
 * reports it when it arrives alone. Null for a printable character.
 */
function controlKey(ch: string): [string, KeyInfo] | null {
  const code = ch.charCodeAt(0);
  if (ch === '\x7f') return ['', { ...NO_KEY, delete: true }];
  if (ch === '\b') return ['', { ...NO_KEY, backspace: true }];
  if (ch === '\r') return ['', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  if (code < 0x20) return ['', NO_KEY];
  return null;
}

/** Space toggles done; on a topic that is done, its done leaves go back to pending (skipped ones stay skipped). */
function markRequest(s: TuiState, topic: Topic, ch: string): MarkRequest {
  switch (ch) {
    case ' ': {
      if (s.progress.status(topic) !== 'done') return { topic, topics: [topic], status: 'done' };
      const done = leavesOf(s.roadmap, topic).filter((l) => s.progress.status(l) === 'done');
      return { topic, topics: done, status: 'pending' };
    }
    case 's':
      return { topic, topics: [topic], status: 'in-progress' };
    case 'x':
      return { topic, topics: [topic], status: 'skipped' };
    default:
      return { topic, topics: [topic], status: 'pending' };
  }
}

const QUESTION: Record<Status, (what: string) => string> = {
  done: (what) => `Mark ${what} done? y/n`,
  'in-progress': (what) => `Start ${what}? y/n`,
  skipped: (what) => `Skip ${what}? y/n`,
  pending: (what) => `Reset ${what} to pending? y/n`,
};

/** A key on a section that would change more than one topic asks first (one stray key must not undo a month). */
function markSteps(s: TuiState, ch: string): Step[] {
  const topic = target(s);
  if (!topic) return [{ type: 'message', text: 'Nothing is selected', tone: 'info' }];
  const request = markRequest(s, topic, ch);
  if (topic.children.length) {
    const changing = request.topics.flatMap((t) => leavesOf(s.roadmap, t)).filter((l) => s.progress.status(l) !== request.status).length;
    if (changing > 1) return [{ type: 'confirmOpen', request, text: QUESTION[request.status](`${changing} topics of ${labelOf(topic)}`) }];
  }
  return [{ effect: 'mark', ...request }];
}

/** While a question is asked: y does it, any other key leaves everything as it was. */
function confirmKey(request: MarkRequest, input: string): Step[] {
  if (input === 'y' || input === 'Y') return [{ type: 'confirmClose' }, { effect: 'mark', ...request }];
  return [{ type: 'confirmClose' }, { type: 'message', text: `Nothing changed in ${labelOf(request.topic)}`, tone: 'info' }];
}

/** `p`: a leaf's exercise; on a section, its next unsolved one (as `mlroad practice SECTION`), jumping to it. */
function practiceSteps(s: TuiState): Step[] {
  const topic = target(s);
  if (!topic) return [{ type: 'message', text: 'Nothing is selected', tone: 'info' }];
  const none = `${labelOf(topic)} has no exercise (topics with one are marked λ; all of them: mlroad practice list)`;
  if (!topic.children.length) return topic.exercise === null ? [{ type: 'message', text: none, tone: 'info' }] : [{ effect: 'practice', topic }];
  const leaf = nextExercise(s.progress, s.doc.roadmaps[s.roadmap.id], topic);
  if (leaf)
    return [
      { type: 'jump', topic: leaf },
      { effect: 'practice', topic: leaf },
    ];
  const any = exerciseLeaves(s.progress, topic).length > 0;
  return [
    { type: 'message', text: any ? `Every exercise under ${labelOf(topic)} is solved` : none.replace('has no exercise', 'has no exercises'), tone: 'info' },
  ];
}

/** `r`: the review overlay on a done leaf; anything else says why it cannot be reviewed. */
function reviewSteps(s: TuiState): Step[] {
  const topic = target(s);
  if (!topic) return [{ type: 'message', text: 'Nothing is selected', tone: 'info' }];
  const status = s.progress.status(topic);
  if (topic.children.length || status !== 'done') return [{ type: 'message', text: notReviewable(topic, status).message, tone: 'info' }];
  return [
    { type: 'reviewOpen', topic },
    { effect: 'preview', topic },
  ];
}

/** In the review overlay: reveal, rate 1–4; Esc (or q) leaves without recording. Null: not one of these. */
function reviewKey(o: ReviewOverlay, input: string, key: KeyInfo): Step[] | null {
  if (key.escape || input === 'q')
    return [{ type: 'closeOverlay' }, { type: 'message', text: `Review of ${labelOf(o.topic)} cancelled: nothing recorded`, tone: 'info' }];
  if (key.return || input === ' ') return [{ type: 'reviewReveal' }];
  if (isPlain(key) && /^[1-4]$/.test(input))
    return [{ type: 'closeOverlay' }, { effect: 'rate', topic: o.topic, rating: RATINGS[Number(input) - 1]!, queue: o.queue }];
  return null;
}

function searchKey(input: string, key: KeyInfo, page: number): Step[] {
  if (key.escape) return [{ type: 'searchCancel' }];
  if (key.return) return [{ type: 'searchAccept' }];
  if (key.upArrow || (key.ctrl && input === 'p')) return [{ type: 'searchMove', by: -1 }];
  if (key.downArrow || (key.ctrl && input === 'n')) return [{ type: 'searchMove', by: 1 }];
  if (key.pageUp) return [{ type: 'searchMove', by: -page }];
  if (key.pageDown) return [{ type: 'searchMove', by: page }];
  if (key.backspace || key.delete) return [{ type: 'searchErase' }];
  if (key.ctrl && input === 'u') return [{ type: 'searchErase', all: true }];
  if (key.ctrl && input === 'w') return [{ type: 'searchErase', word: true }];
  // Never a control byte in the query (a stray one would be drawn as "\uFFFD").
  const text = isPlain(key) ? input.replace(/[\x00-\x1f\x7f-\x9f]/g, '') : '';
  if (text) return [{ type: 'searchType', text }];
  return [];
}

function overlayKey(s: TuiState, input: string, key: KeyInfo, page: number): Step[] | null {
  const overlay = s.overlay!;
  if (overlay.kind === 'review') {
    const steps = reviewKey(overlay, input, key);
    if (steps) return steps;
  }
  if (key.escape) return [{ type: 'closeOverlay' }];
  if (key.upArrow || input === 'k') return [{ type: 'scrollOverlay', by: -1 }];
  if (key.downArrow || input === 'j') return [{ type: 'scrollOverlay', by: 1 }];
  if (key.pageUp) return [{ type: 'scrollOverlay', by: -page }];
  if (key.pageDown) return [{ type: 'scrollOverlay', by: page }];
  if (key.home || input === 'g') return [{ type: 'scrollOverlay', by: -Infinity }];
  if (key.end || input === 'G') return [{ type: 'scrollOverlay', by: Infinity }];
  if (overlay.kind === 'help') {
    if (key.return) return [{ type: 'closeOverlay' }];
    return input === '?' || input === 'q' ? null : [];
  }
  // A review scrolls (above), shows the help, and ignores every other key.
  if (overlay.kind === 'review') return input === '?' ? null : [];
  // Details: Enter, ←, h, d and q also go back; marking, o, n, R, e, p, z, r, a, / and ? work as in the tree.
  if (key.return || key.leftArrow || input === 'h' || input === 'd') return [{ type: 'closeOverlay' }];
  // q closes the details too (as in less; the footer says Esc); in the tree it quits.
  if (input === 'q') return [{ type: 'closeOverlay' }];
  return isPlain(key) && ' sxuonRepzra/?'.includes(input) && input.length === 1 ? null : [];
}

/** `o`: the only resource opens at once; with several, which one is asked (a number follows). */
function openSteps(s: TuiState): Step[] {
  const topic = target(s);
  if (!topic) return [{ type: 'message', text: 'Nothing is selected', tone: 'info' }];
  if (topic.resources.length > 1) return [{ type: 'choose', topic }];
  return [{ effect: 'open', topic, index: 0 }];
}

/**
 * After `o`: a number opens that resource, Enter the first, Esc none. Null for
 * any other key: the question is dropped and the key does what it always does.
 */
function chooseKey(topic: Topic, input: string, key: KeyInfo): Step[] | null {
  const done: Step = { type: 'choose', topic: null };
  const n = Number(input);
  if (isPlain(key) && /^[1-9]$/.test(input)) {
    if (n <= topic.resources.length) return [done, { effect: 'open', topic, index: n - 1 }];
    return [done, { type: 'message', text: `${labelOf(topic)} has ${topic.resources.length} resources: no number ${n}`, tone: 'error' }];
  }
  if (key.return) return [done, { effect: 'open', topic, index: 0 }];
  if (key.escape) return [done, { type: 'message', text: 'Nothing opened', tone: 'info' }];
  return null;
}

export function interpret(s: TuiState, input: string, key: KeyInfo): Step[] {
  if (key.ctrl && input === 'c') return [{ effect: 'quit' }];
  if (s.confirm) return confirmKey(s.confirm, input);
  if (s.choosing) return chooseKey(s.choosing, input, key) ?? [{ type: 'choose', topic: null }, ...interpret({ ...s, choosing: null }, input, key)];
  const page = Math.max(1, layoutOf(s.size).body - 1);
  if (s.search) return searchKey(input, key, page);
  if (s.overlay) {
    const steps = overlayKey(s, input, key, page);
    if (steps) return steps;
  }
  if (key.escape) return [{ effect: 'quit' }];
  if (key.upArrow || input === 'k') return [{ type: 'move', by: -1 }];
  if (key.downArrow || input === 'j') return [{ type: 'move', by: 1 }];
  if (key.leftArrow || input === 'h') return [{ type: 'left' }];
  if (key.rightArrow || input === 'l') return [{ type: 'right' }];
  if (key.pageUp) return [{ type: 'page', by: -1 }];
  if (key.pageDown) return [{ type: 'page', by: 1 }];
  if (key.home || input === 'g') return [{ type: 'top' }];
  if (key.end || input === 'G') return [{ type: 'bottom' }];
  if (key.return) return [{ type: 'enter' }];
  if (key.tab) return [{ type: 'filter', by: key.shift ? -1 : 1 }];
  if (key.ctrl || key.meta) return [];
  switch (input) {
    case ' ':
    case 's':
    case 'x':
    case 'u':
      return markSteps(s, input);
    case 'n':
      return [{ effect: 'next' }];
    case 'R':
      return [{ effect: 'nextReview' }];
    case '/':
      return [{ type: 'searchOpen' }];
    case 'o':
      return openSteps(s);
    case '+':
    case '*':
      return [{ type: 'expandAll', open: true }];
    case '-':
      return [{ type: 'expandAll', open: false }];
    case 'p':
      return practiceSteps(s);
    case 'e': {
      const topic = target(s);
      return topic ? [{ effect: 'note', topic }] : [{ type: 'message', text: 'Nothing is selected', tone: 'info' }];
    }
    case 'z':
      return [{ effect: 'undo' }];
    case 'r':
      return reviewSteps(s);
    case 'd':
      return [{ type: 'details' }];
    case 'a':
      return [{ type: 'answers' }];
    case '?':
      return [{ type: 'help' }];
    case 'q':
      return [{ effect: 'quit' }];
    default:
      return [];
  }
}
