// What to study next: due reviews first (oldest due first),
// then topics in progress (oldest start first), then pending leaves in outline
// order, each preceded by whatever of its prerequisites is still unfinished.
// Pure: model + statuses (+ the due times stored on review cards) in, picks out.
import { mergeRanges } from './ranges.js';
import type { RoadmapState } from './state/types.js';
import { leavesOf, type Roadmap, type Topic } from './roadmap/types.js';
import { daysBetween } from './review/card.js';
import { dueReviews, type Review } from './review/due.js';
import type { Progress } from './progress.js';

/** Why a topic was picked: the rule of the ordering that placed it. */
export type PickRule = 'review' | 'in-progress' | 'prerequisite' | 'outline';

export interface Pick {
  topic: Topic;
  reason: string;
  /** A due review, or a topic to study. */
  kind: 'review' | 'study';
  rule: PickRule;
  /** ISO due time (reviews only). */
  due?: string;
}

export interface NextOptions {
  limit: number;
  /** Only leaves under this topic (their outside prerequisites still come first). */
  within?: Topic;
  /** "Now" for due reviews; without it (or with reviews: false) only topics to study are picked. */
  now?: Date;
  reviews?: boolean;
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
 * Due reviews, then topics to study. Reviews come first but, when more than
 * one pick is asked for, leave the last place to a new topic: a pile of due
 * reviews must not stall progress through the roadmap.
 */
export function nextTopics(progress: Progress, state: RoadmapState | undefined, options: NextOptions): Pick[] {
  const study = studyPicks(progress, state, options);
  if (!options.now || options.reviews === false) return study;
  const due = dueReviews(progress, state, options.now, options.within);
  const room = study.length > 0 && options.limit > 1 ? options.limit - 1 : options.limit;
  const reviews = due.slice(0, room).map((r) => reviewPick(r, state, options.now!));
  return [...reviews, ...study.slice(0, options.limit - reviews.length)];
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
  const scope = options.within ? leavesOf(roadmap, options.within) : roadmap.leaves;
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

  for (const leaf of scope) {
    if (full()) break;
    if (picked.has(leaf) || progress.status(leaf) !== 'pending') continue;
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
          need = roadmap.leaves[i]!;
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
  readonly #roadmap: Roadmap;
  readonly #progress: Progress;

  constructor(roadmap: Roadmap, progress: Progress) {
    this.#roadmap = roadmap;
    this.#progress = progress;
    this.#next = new Int32Array(roadmap.leaves.length + 1);
    this.#next[roadmap.leaves.length] = roadmap.leaves.length + 1;
  }

  #link(i: number): number {
    let v = this.#next[i]!;
    if (v === 0) v = this.#next[i] = (this.#progress.status(this.#roadmap.leaves[i]!) === 'pending' ? i : i + 1) + 1;
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
export const RULE_TEXT: Record<PickRule, string> = {
  review: 'due reviews come first, oldest due first',
  'in-progress': 'topics in progress come next, oldest start first',
  prerequisite: 'an unfinished prerequisite comes before the topic that needs it',
  outline: 'then pending topics in outline order',
};

/**
 * Why a pick was chosen, in detail (`next --explain`): the rule that placed
 * it, the state of its prerequisites, and for a review its schedule.
 */
export function explainPick(progress: Progress, state: RoadmapState | undefined, pick: Pick): string[] {
  const roadmap = progress.roadmap;
  const lines = [RULE_TEXT[pick.rule]];
  const record = state?.topics[pick.topic.id];
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
