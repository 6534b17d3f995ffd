// Completions read from the history: every entry that marked a topic done,
// except the ones an undo took back (and the entries undo itself wrote:
// restoring "done" is not finishing a topic again), and those of a placement
// (a topic the learner already knew is not one studied that day).
import type { RoadmapState } from '../state/types.js';
import { dayKey } from './days.js';

export interface DoneEvent {
  id: string;
  at: Date;
  /** Local calendar day, "YYYY-MM-DD". */
  day: string;
}

/** Done events up to `now`, oldest first. */
export function doneEvents(state: RoadmapState | undefined, now: Date): DoneEvent[] {
  if (!state) return [];
  const undone = new Set<number>();
  for (const record of Object.values(state.topics)) for (const h of record.history) if (h.undoes !== undefined) undone.add(h.undoes);
  const events: DoneEvent[] = [];
  for (const [id, record] of Object.entries(state.topics)) {
    for (const h of record.history) {
      if (h.status !== 'done' || h.undoes !== undefined || h.via === 'placement' || undone.has(h.change)) continue;
      const at = new Date(h.at);
      if (Number.isNaN(at.getTime()) || at > now) continue;
      events.push({ id, at, day: dayKey(at) });
    }
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

/** Distinct topics done per day. */
export function doneByDay(events: readonly DoneEvent[]): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const e of events) {
    let set = sets.get(e.day);
    if (!set) sets.set(e.day, (set = new Set()));
    set.add(e.id);
  }
  return new Map([...sets].map(([day, ids]) => [day, ids.size]));
}
