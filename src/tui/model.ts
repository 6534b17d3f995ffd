// The browser's state and actions: what the screen shows is a function of
// TuiState; every key becomes one or more Actions (keys.ts), applied by the
// pure reducer (reducer.ts). Types here, with the small selectors every part uses.
import type { Progress, Status } from '../core/progress.js';
import { Progress as ProgressModel } from '../core/progress.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import type { RatingName, ReviewEntry } from '../core/review/card.js';
import type { StateDoc } from '../core/state/types.js';
import type { UndoPlan } from '../core/state/undo.js';
import { clean } from '../render/sanitize.js';
import type { Due } from './due.js';
import type { Size } from './layout.js';

export type Filter = 'all' | 'pending' | 'in-progress' | 'done' | 'due';
export const FILTERS: readonly Filter[] = ['all', 'pending', 'in-progress', 'done', 'due'];
export const FILTER_LABEL: Record<Filter, string> = { all: 'all', pending: 'pending', 'in-progress': 'in progress', done: 'done', due: 'due for review' };
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
type RatingPreview = Readonly<Record<RatingName, { readonly interval: number; readonly due: string }>>;

export interface ReviewOverlay {
  readonly kind: 'review';
  readonly topic: Topic;
  /** Part of the queue of due reviews: rating it moves on to the next due one (within today's budget). */
  readonly queue: boolean;
  /** The self-check question asked (`mlroad review` asks the same one). */
  readonly question: string;
  /** Its model answer, shown on reveal (null: the topic's description is shown instead). */
  readonly answer: string | null;
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

type Tone = 'info' | 'success' | 'error';
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

/** The settings the browser's learning loop follows (review.daily-limit, review.refresh-below). */
export interface LearningSettings {
  /** 0: no limit. */
  readonly dailyLimit: number;
  /** 0: no refreshes. */
  readonly refreshBelow: number;
}

export const DEFAULT_LEARNING: LearningSettings = { dailyLimit: 0, refreshBelow: 0.8 };

export interface TuiState {
  readonly roadmap: Roadmap;
  readonly learning: LearningSettings;
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
  /** A change to a whole section waiting for y/n (the status line asks). */
  readonly confirm: MarkRequest | null;
  /** The details show the model answers of the self-check questions (`a` toggles). */
  readonly answers: boolean;
  /** `o` on a topic with several resources: which one to open is asked (a number). */
  readonly choosing: Topic | null;
}

/** A status change asked for with a key: `topics`' leaves get `status`; `topic` is what messages name. */
export interface MarkRequest {
  readonly topic: Topic;
  readonly topics: readonly Topic[];
  readonly status: Status;
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
  /** R: the review overlay on the oldest due review (within today's budget). */
  | { type: 'nextReview'; now: Date }
  | { type: 'jump'; topic: Topic }
  | { type: 'filter'; by: 1 | -1 }
  | { type: 'searchOpen' }
  | { type: 'searchType'; text: string }
  /** Backspace: the last character; Ctrl-W (`word`): the last word; Ctrl-U (`all`): everything. */
  | { type: 'searchErase'; all?: boolean; word?: boolean }
  | { type: 'searchMove'; by: number }
  | { type: 'searchAccept' }
  | { type: 'searchCancel' }
  | { type: 'help' }
  | { type: 'details' }
  /** `a`: show or hide the model answers in the details. */
  | { type: 'answers' }
  /** `+` / `-`: open or close every parent. */
  | { type: 'expandAll'; open: boolean }
  /** `o` on a topic with several resources: ask which (null: the question is over). */
  | { type: 'choose'; topic: Topic | null }
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
  /** A review was recorded (the overlay closed when it was rated); `queue`: move on to the next due one. */
  | { type: 'reviewed'; doc: StateDoc; topic: Topic; rating: RatingName; entry: ReviewEntry; queue: boolean; now: Date }
  | { type: 'undone'; doc: StateDoc; plan: UndoPlan | null; changed: readonly Topic[] }
  /** The editor closed: `count` notes now, or nothing added (`doc` null). */
  | { type: 'noted'; doc: StateDoc | null; topic: Topic; count: number }
  /** The state file changed under us (another mlroad). */
  | { type: 'reloaded'; doc: StateDoc }
  | { type: 'message'; text: string; tone: Tone }
  /** Ask before changing many topics at once; `text` is the question. */
  | { type: 'confirmOpen'; request: MarkRequest; text: string }
  | { type: 'confirmClose' }
  | { type: 'clearMessage' };

/** From the recorded statuses (a few hundred), not a lookup for each of the roadmap's leaves (100,000 made topics). */
export const progressOf = (roadmap: Roadmap, doc: StateDoc): Progress => {
  const topics = doc.roadmaps[roadmap.id]?.topics;
  return ProgressModel.of(roadmap, topics ? Object.keys(topics).map((id): [string, Status] => [id, topics[id]!.status]) : []);
};

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

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
