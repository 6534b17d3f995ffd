// What to study next (contract §4, §8, issue 16): topics in progress (oldest
// start first), then pending leaves in outline order, each preceded by
// whatever of its prerequisites is still unfinished; before a topic whose done
// prerequisite has faded from memory (predicted recall below a threshold), a
// short refresh of that prerequisite. Due reviews are a queue of their own
// (reviewPicks), counted beside the pick rather than taking its place.
// Pure: model + statuses (+ the cards stored in the state) in, picks out.
import { mergeRanges } from './ranges.js';
import type { RoadmapState } from './state/types.js';
import { leavesOf, type Roadmap, type Topic } from './roadmap/types.js';
import { daysBetween } from './review/card.js';
import { dueReviews, type Review } from './review/due.js';
import { FSRS_DECAY, FSRS_FACTOR, percentText, recallOf, type Recall } from './review/recall.js';
import type { Progress } from './progress.js';

/** Why a topic was picked: the rule of the ordering that placed it. */
type PickRule = 'review' | 'refresh' | 'in-progress' | 'prerequisite' | 'outline';

export interface Pick {
  topic: Topic;
  reason: string;
  /** A due review, a refresh of a faded prerequisite, or a topic to study. */
  kind: 'review' | 'refresh' | 'study';
  rule: PickRule;
  /** ISO due time (reviews only). */
  due?: string;
  /** Refresh only: the topic about to be studied that builds on this one. */
  for?: Topic;
  /** Refresh only: the predicted recall, and the threshold it fell below. */
  recall?: Recall;
  below?: number;
}

export interface NextOptions {
  /** How many topics to study (refreshes come on top, each before the topic it is for). */
  limit: number;
  /** Only leaves under this topic (their outside prerequisites still come first). */
  within?: Topic;
  /** "Now", for predicted recall; without it there are no refreshes. */
  now?: Date;
  /** Refresh a done prerequisite first when its predicted recall is below this (0 or absent: never). */
  refreshBelow?: number;
}

const label = (t: Topic) => `${t.number} ${t.title}`;

/** Leaves that must be finished before `leaf`: from its own and its ancestors' requires. */
export function prerequisiteLeaves(roadmap: Roadmap, leaf: Topic): Topic[] {
  const seen = new Set<Topic>();
  for (let t: Topic | null = leaf; t; t = t.parent) {
    for (const id of t.requires) {
      const target = roadmap.byId.get(id);
      if (target) for (const l of leavesOf(roadmap, target)) if (l !== leaf) seen.add(l);
    }
  }
  return [...seen].sort((a, b) => a.index - b.index);
}

/** The topics named in requires of the leaf and its ancestors (for display). */
export function requiredTopics(roadmap: Roadmap, topic: Topic): Topic[] {
  const out: Topic[] = [];
  for (let t: Topic | null = topic; t; t = t.parent) {
    for (const id of t.requires) {
      const target = roadmap.byId.get(id);
      if (target && !out.includes(target)) out.push(target);
    }
  }
  return out;
}

/** When a leaf was last started: the time of its latest move to in-progress. */
function startedAt(state: RoadmapState | undefined, id: string): string {
  const history = state?.topics[id]?.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.status === 'in-progress') return history[i]!.at;
  return '';
}

/**
 * Topics to study, each preceded by a refresh of its most faded done
 * prerequisite when that one's predicted recall is below `refreshBelow` (one
 * refresh per topic, and never the same prerequisite twice).
 */
export function nextTopics(progress: Progress, state: RoadmapState | undefined, options: NextOptions): Pick[] {
  const study = studyPicks(progress, state, options);
  const below = options.refreshBelow ?? 0;
  if (!options.now || !(below > 0) || !state) return study;
  const out: Pick[] = [];
  const refreshed = new Set<Topic>();
  for (const pick of study) {
    const refresh = refreshFor(progress, state, pick.topic, options.now, below, refreshed);
    if (refresh) {
      refreshed.add(refresh.topic);
      out.push(refresh);
    }
    out.push(pick);
  }
  return out;
}

/** The refresh to do before studying `topic`: its done prerequisite of lowest predicted recall, if below the threshold. */
function refreshFor(progress: Progress, state: RoadmapState, topic: Topic, now: Date, below: number, skip: ReadonlySet<Topic>): Pick | null {
  const faded: { leaf: Topic; recall: Recall }[] = [];
  for (const leaf of prerequisiteLeaves(progress.roadmap, topic)) {
    if (progress.status(leaf) !== 'done') continue;
    const card = state.topics[leaf.id]?.card;
    if (!card || card.suspended) continue;
    const recall = recallOf(card, now);
    if (recall && recall.recall < below) faded.push({ leaf, recall });
  }
  const open = faded.filter((f) => !skip.has(f.leaf)).sort((a, b) => a.recall.recall - b.recall.recall || a.leaf.index - b.leaf.index);
  const weakest = open[0];
  if (!weakest) return null;
  const more = faded.length - 1;
  const reason =
    `${label(topic)} builds on ${label(weakest.leaf)}; your recall of it is now ~${percentText(weakest.recall.recall)}` +
    (more > 0 ? ` (${more} more of its prerequisites ${more === 1 ? 'is' : 'are'} below ${percentText(below)})` : '');
  return { topic: weakest.leaf, reason, kind: 'refresh', rule: 'refresh', for: topic, recall: weakest.recall, below };
}

/** Due reviews within `within` (or `due`, already found), oldest due first, at most `limit` of them (the rest of today's budget). */
export function reviewPicks(
  progress: Progress,
  state: RoadmapState | undefined,
  now: Date,
  options: { within?: Topic; limit?: number; due?: readonly Review[] } = {},
): Pick[] {
  const due = options.due ?? dueReviews(progress, state, now, options.within);
  return due.slice(0, options.limit ?? Infinity).map((r) => reviewPick(r, state, now));
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

function reviewPick({ topic, card }: Review, state: RoadmapState | undefined, now: Date): Pick {
  const late = daysBetween(card.due, now);
  const reviewed = state?.topics[topic.id]?.reviews?.length ?? 0;
  const last = card.last_review ? `; ${reviewed ? 'last reviewed' : 'studied'} ${day(card.last_review)}` : '';
  const reason = `review due since ${day(card.due)}${late >= 1 ? `, ${late} day${late === 1 ? '' : 's'} overdue` : ''}${last}`;
  return { topic, reason, kind: 'review', rule: 'review', due: card.due };
}

/** In-progress topics, then pending ones in outline order with their prerequisites first. */
function studyPicks(progress: Progress, state: RoadmapState | undefined, options: NextOptions): Pick[] {
  const roadmap = progress.roadmap;
  const [first, last] = options.within ? [options.within.leafStart, options.within.leafEnd] : [0, roadmap.leafCount];
  const picks: Pick[] = [];
  const picked = new Set<Topic>();
  const full = () => picks.length >= options.limit;
  const waiting = new Waiting(roadmap, progress);
  const add = (topic: Topic, reason: string, rule: PickRule) => {
    picked.add(topic);
    waiting.remove(topic);
    picks.push({ topic, reason, kind: 'study', rule });
  };

  const started = progress
    .leavesWith('in-progress', options.within)
    .map((l) => ({ l, at: startedAt(state, l.id) }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.l.index - b.l.index);
  for (const { l, at } of started) {
    if (full()) return picks;
    add(l, at ? `in progress since ${at.slice(0, 10)}` : 'in progress', 'in-progress');
  }

  // By position: leaves are made only for what is looked at (a big roadmap has 100,000).
  for (let k = first; k < last; k++) {
    if (full()) break;
    if (progress.leafStatus(k) !== 'pending') continue;
    const leaf = roadmap.leafAt(k);
    if (picked.has(leaf)) continue;
    // Depth-first over unfinished prerequisites, emitting each before what needs it.
    // Each frame walks the leaf ranges its topic requires, asking `waiting` for
    // the next pending, unpicked leaf: linear in the roadmap however many picks.
    const stack: { topic: Topic; ranges: [number, number][]; range: number; at: number; for: Topic | null }[] = [];
    // `leaf` is what the learner is heading for; deeper picks say so.
    const open = new Set<Topic>();
    const push = (topic: Topic, forTopic: Topic | null) => {
      open.add(topic);
      stack.push({ topic, ranges: requiredRanges(roadmap, topic), range: 0, at: 0, for: forTopic });
    };
    push(leaf, null);
    while (stack.length && !full()) {
      const frame = stack[stack.length - 1]!;
      let need: Topic | undefined;
      while (!need && frame.range < frame.ranges.length) {
        const [a, b] = frame.ranges[frame.range]!;
        const i = waiting.first(Math.max(a, frame.at));
        if (i < b) {
          frame.at = i + 1;
          need = roadmap.leafAt(i);
        } else {
          frame.range++;
        }
      }
      if (need) {
        if (need !== frame.topic && !open.has(need)) push(need, frame.topic);
        continue;
      }
      stack.pop();
      if (!picked.has(frame.topic))
        add(frame.topic, reasonFor(roadmap, progress, frame.topic, frame.for, leaf, picks.length === 0), frame.for ? 'prerequisite' : 'outline');
    }
  }
  return picks;
}

/** The leaf ranges [start, end) that `leaf`'s own and its ancestors' requires cover, merged, in outline order. */
function requiredRanges(roadmap: Roadmap, leaf: Topic): [number, number][] {
  const ranges: [number, number][] = [];
  for (let t: Topic | null = leaf; t; t = t.parent) {
    for (const id of t.requires) {
      const target = roadmap.byId.get(id);
      if (target) ranges.push([target.leafStart, target.leafEnd]);
    }
  }
  return mergeRanges(ranges);
}

/**
 * The leaves still waiting to be studied (pending and not yet picked), as a
 * "next waiting leaf at or after i" structure: union-find with path halving,
 * so that skipping finished and picked leaves costs amortized O(1). Entries
 * are filled on first visit: `next` usually looks at a handful of leaves.
 */
class Waiting {
  /** 0: not visited yet; else 1 + the index of the next candidate (itself when waiting). */
  readonly #next: Int32Array;
  readonly #progress: Progress;

  constructor(roadmap: Roadmap, progress: Progress) {
    this.#progress = progress;
    this.#next = new Int32Array(roadmap.leafCount + 1);
    this.#next[roadmap.leafCount] = roadmap.leafCount + 1;
  }

  #link(i: number): number {
    let v = this.#next[i]!;
    if (v === 0) v = this.#next[i] = (this.#progress.leafStatus(i) === 'pending' ? i : i + 1) + 1;
    return v - 1;
  }

  /** The index of the first waiting leaf at or after `i` (the leaf count when none is). */
  first(i: number): number {
    for (let up = this.#link(i); up !== i; up = this.#link(i)) {
      const upper = this.#link(up);
      this.#next[i] = upper + 1;
      i = upper;
    }
    return i;
  }

  remove(leaf: Topic): void {
    if (leaf.children.length === 0) this.#next[leaf.leafStart] = leaf.leafStart + 2;
  }
}

function reasonFor(roadmap: Roadmap, progress: Progress, topic: Topic, forTopic: Topic | null, goal: Topic, first: boolean): string {
  if (forTopic) return `prerequisite of ${label(forTopic)}${forTopic === goal ? '' : `, on the way to ${label(goal)}`}`;
  const required = requiredTopics(roadmap, topic);
  const met = required.filter((r) => progress.isMet(r));
  const where = topic.parent ? ` of ${label(topic.parent)}` : '';
  const base = first ? `first pending topic${where} in outline order` : `next pending topic${where} in outline order`;
  if (required.length === 0) return base;
  if (met.length === required.length) return `${base}; its prerequisites are finished (${required.map((r) => r.number).join(', ')})`;
  return `${base}; still waiting on ${required
    .filter((r) => !met.includes(r))
    .map(label)
    .join(', ')}`;
}

/** The ordering rule behind each rule, for `next --explain`. */
const RULE_TEXT: Record<PickRule, string> = {
  review: 'due reviews are their own queue, oldest due first (mlroad review)',
  refresh: 'a done prerequisite that has faded from memory is refreshed before the topic that builds on it',
  'in-progress': 'topics in progress come first, oldest start first',
  prerequisite: 'an unfinished prerequisite comes before the topic that needs it',
  outline: 'then pending topics in outline order',
};

const round = (n: number, places: number) => Number(n.toFixed(places));

/**
 * Why a pick was chosen, in detail (`next --explain`): the rule that placed
 * it, the state of its prerequisites, for a review its schedule, and for a
 * refresh the figures of its predicted recall.
 */
export function explainPick(progress: Progress, state: RoadmapState | undefined, pick: Pick): string[] {
  const roadmap = progress.roadmap;
  const lines = [RULE_TEXT[pick.rule]];
  const record = state?.topics[pick.topic.id];
  if (pick.kind === 'refresh' && pick.recall) {
    const { recall, days, stability, since } = pick.recall;
    const reviews = record?.reviews?.length ?? 0;
    lines.push(
      `stability ${round(stability, 2)} days (recall falls to 90 % after that long); ${reviews ? 'last reviewed' : 'marked done'} ${day(since)}, ${days} day${days === 1 ? '' : 's'} ago`,
      `predicted recall (1 + ${FSRS_FACTOR.toFixed(4)} × ${days} / ${round(stability, 2)})^${FSRS_DECAY} = ${recall.toFixed(3)}, below ${pick.below} (review.refresh-below)`,
    );
    return lines;
  }
  if (pick.kind === 'review' && record?.card) {
    const { card } = record;
    const reviews = record.reviews?.length ?? 0;
    lines.push(
      `scheduled ${card.scheduled_days} day${card.scheduled_days === 1 ? '' : 's'} after ${reviews ? 'its last review' : 'it was marked done'}; ${reviews} review${reviews === 1 ? '' : 's'} so far, ${card.lapses ? `forgotten ${card.lapses} time${card.lapses === 1 ? '' : 's'}` : 'never forgotten'}`,
    );
    return lines;
  }
  if (pick.rule === 'in-progress') return lines;
  const required = requiredTopics(roadmap, pick.topic);
  if (required.length === 0) lines.push('no prerequisites');
  for (const r of required) {
    const waiting = !progress.isMet(r);
    lines.push(`requires ${label(r)}: ${waiting ? `waiting (${progress.status(r)})` : progress.status(r)}`);
  }
  return lines;
}

/**
 * The branch `next` is restricted to (`mlroad focus`, stored per roadmap):
 * the topic, or `stale` with the stored id when the roadmap no longer has it.
 */
export function focusOf(roadmap: Roadmap, state: RoadmapState | undefined): { topic?: Topic; stale?: string } {
  const id = state?.focus;
  if (!id) return {};
  const topic = roadmap.byId.get(id);
  return topic ? { topic } : { stale: id };
}
