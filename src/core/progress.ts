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

const CODES: readonly Status[] = STATUSES;
const CODE: Record<Status, number> = { pending: 0, 'in-progress': 1, done: 2, skipped: 3 };

export class Progress {
  readonly #roadmap: Roadmap;
  /** Each leaf's status, as its index in STATUSES. */
  readonly #leafStatus: Uint8Array;
  /** Per status, how many leaves before each leaf have it. */
  readonly #prefix: Int32Array[];

  /**
   * Statuses from a lookup by id, asked for every leaf; Progress.of takes the
   * recorded statuses instead, which is what a run over a big roadmap wants.
   */
  constructor(roadmap: Roadmap, statusOf: ((id: string) => Status | undefined) | Uint8Array) {
    this.#roadmap = roadmap;
    const n = roadmap.leafCount;
    let codes: Uint8Array;
    if (typeof statusOf === 'function') {
      codes = new Uint8Array(n);
      for (let k = 0; k < n; k++) {
        const s = statusOf(roadmap.leafAt(k).id);
        codes[k] = s === undefined ? 0 : CODE[s];
      }
    } else codes = statusOf;
    // One pass with plain counters: this runs on every `mlroad next` (100,000 leaves in about a millisecond).
    const prefix = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
    const counts = [0, 0, 0, 0];
    for (let k = 0; k < n; k++) {
      counts[codes[k]!]!++;
      for (let s = 0; s < 4; s++) prefix[s]![k + 1] = counts[s]!;
    }
    this.#leafStatus = codes;
    this.#prefix = prefix;
  }

  /** From recorded statuses by id (ids not in the roadmap, and parents, are ignored): no lookup per leaf. */
  static of(roadmap: Roadmap, statuses: Iterable<readonly [string, Status]>): Progress {
    const codes = new Uint8Array(roadmap.leafCount);
    for (const [id, status] of statuses) {
      const i = roadmap.indexOf(id);
      if (i < 0 || !isStatus(status)) continue;
      const topic = roadmap.topicAt(i);
      if (topic.leafEnd - topic.leafStart === 1 && topic.children.length === 0) codes[topic.leafStart] = CODE[status];
    }
    return new Progress(roadmap, codes);
  }

  get roadmap(): Roadmap {
    return this.#roadmap;
  }

  /** Counts over the leaves of a topic, or of the whole roadmap. */
  counts(topic?: Topic): Counts {
    const [a, b] = topic ? [topic.leafStart, topic.leafEnd] : [0, this.#roadmap.leafCount];
    const count = (s: Status) => this.#prefix[CODE[s]]![b]! - this.#prefix[CODE[s]]![a]!;
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
    const prefix = this.#prefix[CODE[status]]!;
    const [a, b] = topic ? [topic.leafStart, topic.leafEnd] : [0, this.#roadmap.leafCount];
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
      out.push(this.#roadmap.leafAt(lo));
      i = lo + 1;
    }
    return out;
  }

  /** The status of the k-th leaf (roadmap.leafAt(k)). */
  leafStatus(k: number): Status {
    return CODES[this.#leafStatus[k]!]!;
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
    let sum = 0;
    let estimated = false;
    for (let k = a; k < b; k++) {
      const hours = this.#roadmap.leafHours(k);
      if (hours === null) continue;
      estimated = true;
      const s = this.#leafStatus[k]!;
      if (s !== 2 && s !== 3) sum += hours;
    }
    return estimated ? sum : null;
  }
}
