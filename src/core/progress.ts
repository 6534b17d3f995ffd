// Statuses and progress. Leaves carry statuses; a parent's is
// derived from its leaves. Prefix sums over the leaves (which are contiguous
// per topic in outline order) make every topic's counts O(1).
import type { Roadmap, Topic } from './roadmap/types.js';

export const STATUSES = ['pending', 'in-progress', 'done', 'skipped'] as const;
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

export class Progress {
  readonly #roadmap: Roadmap;
  readonly #leafStatus: Status[];
  readonly #prefix: Record<Status, Int32Array>;

  constructor(roadmap: Roadmap, statusOf: (id: string) => Status | undefined) {
    this.#roadmap = roadmap;
    const leaves = roadmap.leaves;
    const n = leaves.length;
    // One pass with plain counters: this runs on every `mlroad next` (100,000 leaves in a few ms).
    const status: Status[] = new Array(n);
    const pending = new Int32Array(n + 1);
    const inProgress = new Int32Array(n + 1);
    const done = new Int32Array(n + 1);
    const skipped = new Int32Array(n + 1);
    let p = 0,
      ip = 0,
      d = 0,
      sk = 0;
    for (let i = 0; i < n; i++) {
      const s = statusOf(leaves[i]!.id) ?? 'pending';
      status[i] = s;
      if (s === 'done') d++;
      else if (s === 'in-progress') ip++;
      else if (s === 'skipped') sk++;
      else p++;
      pending[i + 1] = p;
      inProgress[i + 1] = ip;
      done[i + 1] = d;
      skipped[i + 1] = sk;
    }
    this.#leafStatus = status;
    this.#prefix = { pending, 'in-progress': inProgress, done, skipped };
  }

  get roadmap(): Roadmap {
    return this.#roadmap;
  }

  /** Counts over the leaves of a topic, or of the whole roadmap. */
  counts(topic?: Topic): Counts {
    const [a, b] = topic ? [topic.leafStart, topic.leafEnd] : [0, this.#roadmap.leaves.length];
    const count = (s: Status) => this.#prefix[s][b]! - this.#prefix[s][a]!;
    const done = count('done');
    const skipped = count('skipped');
    return { done, in_progress: count('in-progress'), skipped, pending: count('pending'), total: b - a, percent: percentOf(done, b - a, skipped) };
  }

  /**
   * The leaves with `status` (under `topic`, or in the whole roadmap), in
   * outline order. Found by binary search in the prefix sums: O(k log n) for
   * k of them, without visiting the others.
   */
  leavesWith(status: Status, topic?: Topic): Topic[] {
    const prefix = this.#prefix[status];
    const leaves = this.#roadmap.leaves;
    const [a, b] = topic ? [topic.leafStart, topic.leafEnd] : [0, leaves.length];
    const out: Topic[] = [];
    for (let i = a; prefix[b]! > prefix[i]!;) {
      // The first j >= i whose leaf has the status: where the prefix first rises above prefix[i].
      const before = prefix[i]!;
      let lo = i;
      let hi = b - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (prefix[mid + 1]! > before) hi = mid;
        else lo = mid + 1;
      }
      out.push(leaves[lo]!);
      i = lo + 1;
    }
    return out;
  }

  /** A leaf's own status; a parent's derived one. */
  status(topic: Topic): Status {
    if (topic.children.length === 0) return this.#leafStatus[topic.leafStart]!;
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
    const [a, b] = topic ? [topic.leafStart, topic.leafEnd] : [0, this.#roadmap.leaves.length];
    let sum = 0;
    let estimated = false;
    for (let i = a; i < b; i++) {
      const hours = this.#roadmap.leaves[i]!.estimateHours;
      if (hours === null) continue;
      estimated = true;
      if (!isFinished(this.#leafStatus[i]!)) sum += hours;
    }
    return estimated ? sum : null;
  }
}
