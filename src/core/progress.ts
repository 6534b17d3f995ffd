// Statuses and progress. Leaves carry statuses; a parent's is
// derived from its leaves. Prefix sums over the leaves (which are contiguous
// per topic in outline order) make every topic's counts O(1).
import type { Roadmap, Topic } from './roadmap/types.js';

const STATUSES = ['pending', 'in-progress', 'done', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

export const isStatus = (value: unknown): value is Status => (STATUSES as readonly unknown[]).includes(value);
/** Finished leaves satisfy prerequisites and leave `next`. */
export const isFinished = (status: Status): boolean => status === 'done' || status === 'skipped';

export interface Counts {
  done: number;
  in_progress: number;
  skipped: number;
  pending: number;
  total: number;
  /** done / (total - skipped) * 100, rounded down to one decimal; 100 when nothing is left to count. */
  percent: number;
}

/** Rounded down to one decimal in integer arithmetic, so 99.99 never becomes 100.0. */
export function percentOf(done: number, total: number, skipped: number): number {
  const base = total - skipped;
  return base <= 0 ? 100 : Math.floor((done * 1000) / base) / 10;
}

const CODES: readonly Status[] = STATUSES;
const CODE: Record<Status, number> = { pending: 0, 'in-progress': 1, done: 2, skipped: 3 };

/** The first position in the sorted list that is >= value. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Leaf statuses as codes (index in STATUSES), and the ascending leaf positions of each code but pending's. */
interface Recorded {
  readonly codes: Uint8Array;
  readonly positions: readonly Int32Array[];
}

/**
 * Statuses of the leaves: pending unless recorded otherwise. What is kept is
 * the sorted leaf positions of each other status (a learner's records: a few
 * hundred, whatever the roadmap's size), so that counts over any topic are
 * binary searches and `next` on 100,000 topics never walks them all.
 */
export class Progress {
  readonly #roadmap: Roadmap;
  readonly #codes: Uint8Array;
  readonly #positions: readonly Int32Array[];

  /**
   * Statuses from a lookup by id, asked for every leaf (tests, small
   * roadmaps); Progress.of takes the recorded statuses instead.
   */
  constructor(roadmap: Roadmap, statusOf: ((id: string) => Status | undefined) | Recorded) {
    this.#roadmap = roadmap;
    if (typeof statusOf !== 'function') {
      this.#codes = statusOf.codes;
      this.#positions = statusOf.positions;
      return;
    }
    const n = roadmap.leafCount;
    const codes = new Uint8Array(n);
    const found: number[][] = [[], [], [], []];
    for (let k = 0; k < n; k++) {
      const s = statusOf(roadmap.leafAt(k).id);
      if (s === undefined || !isStatus(s) || s === 'pending') continue;
      codes[k] = CODE[s];
      found[CODE[s]]!.push(k);
    }
    this.#codes = codes;
    this.#positions = found.map((list) => Int32Array.from(list));
  }

  /** From recorded statuses by id (ids not in the roadmap, and parents, are ignored): nothing per leaf. */
  static of(roadmap: Roadmap, statuses: Iterable<readonly [string, Status]>): Progress {
    const codes = new Uint8Array(roadmap.leafCount);
    const found: number[][] = [[], [], [], []];
    for (const [id, status] of statuses) {
      const i = roadmap.indexOf(id);
      if (i < 0 || !isStatus(status) || status === 'pending') continue;
      const topic = roadmap.topicAt(i);
      if (topic.children.length > 0 || codes[topic.leafStart]) continue;
      codes[topic.leafStart] = CODE[status];
      found[CODE[status]]!.push(topic.leafStart);
    }
    return new Progress(roadmap, { codes, positions: found.map((list) => Int32Array.from(list).sort()) });
  }

  get roadmap(): Roadmap {
    return this.#roadmap;
  }

  /** How many leaves in [a, b) have the (non-pending) status code. */
  #count(code: number, a: number, b: number): number {
    const list = this.#positions[code]!;
    return list.length === 0 ? 0 : lowerBound(list, b) - lowerBound(list, a);
  }

  /** Counts over the leaves of a topic, or of the whole roadmap. */
  counts(topic?: Topic): Counts {
    const [a, b] = topic ? [topic.leafStart, topic.leafEnd] : [0, this.#roadmap.leafCount];
    const done = this.#count(2, a, b);
    const skipped = this.#count(3, a, b);
    const inProgress = this.#count(1, a, b);
    const total = b - a;
    return { done, in_progress: inProgress, skipped, pending: total - done - skipped - inProgress, total, percent: percentOf(done, total, skipped) };
  }

  /** The leaves with `status` (under `topic`, or in the whole roadmap), in outline order. */
  leavesWith(status: Status, topic?: Topic): Topic[] {
    const [a, b] = topic ? [topic.leafStart, topic.leafEnd] : [0, this.#roadmap.leafCount];
    const out: Topic[] = [];
    if (status === 'pending') {
      for (let k = a; k < b; k++) if (this.#codes[k] === 0) out.push(this.#roadmap.leafAt(k));
      return out;
    }
    const list = this.#positions[CODE[status]]!;
    for (let i = lowerBound(list, a); i < list.length && list[i]! < b; i++) out.push(this.#roadmap.leafAt(list[i]!));
    return out;
  }

  /** The status of the k-th leaf (roadmap.leafAt(k)). */
  leafStatus(k: number): Status {
    return CODES[this.#codes[k]!]!;
  }

  /** A leaf's own status; a parent's derived one. */
  status(topic: Topic): Status {
    if (topic.children.length === 0) return this.leafStatus(topic.leafStart);
    const c = this.counts(topic);
    if (c.skipped === c.total) return 'skipped';
    if (c.done > 0 && c.done + c.skipped === c.total) return 'done';
    if (c.in_progress > 0 || c.done > 0) return 'in-progress';
    return 'pending';
  }

  /** A requirement is met when every leaf below it is done or skipped. */
  isMet(topic: Topic): boolean {
    const c = this.counts(topic);
    return c.done + c.skipped === c.total;
  }

  /** Study hours left: estimates of the leaves that are neither done nor skipped (null when none has an estimate). */
  hoursLeft(topic?: Topic): number | null {
    const [a, b] = topic ? [topic.leafStart, topic.leafEnd] : [0, this.#roadmap.leafCount];
    const hours = this.#roadmap.leafHours;
    const codes = this.#codes;
    let sum = 0;
    let estimated = false;
    for (let k = a; k < b; k++) {
      const h = hours[k]!;
      if (h !== h) continue; // NaN: no estimate
      estimated = true;
      if (codes[k]! < 2) sum += h;
    }
    return estimated ? sum : null;
  }
}
