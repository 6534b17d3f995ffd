// A plan to a date (`mlroad plan --by 2027-06-01`, `plan.by`): the pace
// needed to finish what is left by then, against the learner's pace of the
// last weeks (as the forecast measures it), per section in outline order; the
// verdict, taskwarrior-style ("on track", "behind by 46h"); and when behind,
// what could be skipped to make it: the last sections that nothing still to
// study builds on. Also the burndown: hours left, week by week, replayed from
// the history. Hours are estimates; a topic without one counts as an average one.
import type { Progress } from '../progress.js';
import { isFinished, type Status } from '../progress.js';
import type { Roadmap, Topic } from '../roadmap/types.js';
import type { RoadmapState } from '../state/types.js';
import { addDays, dayKey, daysBetween, fromDayKey } from './days.js';
import type { DoneEvent } from './events.js';
import { forecast, studyWeight, type Pace } from './forecast.js';

interface SectionPlan {
  topic: Topic;
  topicsLeft: number;
  hoursLeft: number;
  /** When the section is finished at the needed pace (outline order); null when nothing is left in it. */
  planBy: string | null;
  /** When at the learner's pace; null when nothing is left in it or there is no pace. */
  paceBy: string | null;
}

interface Drop {
  topic: Topic;
  topicsLeft: number;
  hoursLeft: number;
}

type Verdict = 'finished' | 'on-track' | 'behind' | 'past';

export interface Plan {
  /** "YYYY-MM-DD". */
  by: string;
  today: string;
  daysLeft: number;
  topicsLeft: number;
  hoursLeft: number;
  /** Per week, to finish by `by` (null when nothing is left or the date has passed). */
  needed: { topicsPerWeek: number; hoursPerWeek: number } | null;
  pace: Pace;
  /** The learner's study time per week (estimates, an average one for a topic without). */
  paceHoursPerWeek: number;
  verdict: Verdict;
  /** Hours still left on `by` at the learner's pace (0 when on track). */
  behindHours: number;
  /** Hours to spare on `by` at that pace (0 when behind). */
  aheadHours: number;
  /** When the learner finishes at their pace (null without a pace). */
  finishAtPace: string | null;
  sections: SectionPlan[];
  /** When behind: what could be skipped to make it, the last first. */
  drop: Drop[];
  /** Whether skipping all of `drop` makes up the hours behind. */
  dropEnough: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function plan(roadmap: Roadmap, progress: Progress, events: readonly DoneEvent[], today: Date, by: string): Plan {
  const weight = studyWeight(roadmap);
  const f = forecast(roadmap, progress, events, today);
  const open = (topic?: Topic) =>
    (topic ? roadmap.leaves.slice(topic.leafStart, topic.leafEnd) : roadmap.leaves).filter((l) => !isFinished(progress.status(l)));
  const hoursOf = (leaves: readonly Topic[]) => leaves.reduce((s, l) => s + weight(l), 0);
  const left = open();
  const hoursLeft = hoursOf(left);
  const daysLeft = daysBetween(today, fromDayKey(by));
  const weeksLeft = daysLeft / 7;

  // The pace in study time, whether or not the roadmap has estimates.
  const since = dayKey(addDays(today, -(7 * f.pace.weeks - 1)));
  const work = events.filter((e) => e.day >= since && e.day <= dayKey(today)).reduce((s, e) => s + weight(roadmap.byId.get(e.id)), 0);
  const paceHoursPerWeek = work / f.pace.weeks;
  const atPace = paceHoursPerWeek * Math.max(0, weeksLeft);
  const verdict: Verdict = left.length === 0 ? 'finished' : daysLeft <= 0 ? 'past' : atPace >= hoursLeft ? 'on-track' : 'behind';
  const behindHours = verdict === 'behind' || verdict === 'past' ? hoursLeft - atPace : 0;
  const needed = verdict === 'finished' || verdict === 'past' ? null : { topicsPerWeek: left.length / weeksLeft, hoursPerWeek: hoursLeft / weeksLeft };

  const dateAfter = (hours: number, perWeek: number) => (perWeek > 0 ? dayKey(addDays(today, Math.ceil((hours / perWeek) * 7 - 1e-9))) : null);
  let before = 0;
  const sections = roadmap.topics.map((topic): SectionPlan => {
    const leaves = open(topic);
    const hours = hoursOf(leaves);
    before += hours;
    return {
      topic,
      topicsLeft: leaves.length,
      hoursLeft: round1(hours),
      planBy: leaves.length && needed ? dateAfter(before, needed.hoursPerWeek) : null,
      paceBy: leaves.length ? dateAfter(before, paceHoursPerWeek) : null,
    };
  });

  const { drop, enough } = verdict === 'behind' ? droppable(roadmap, progress, weight, behindHours) : { drop: [], enough: true };
  return {
    by,
    today: dayKey(today),
    daysLeft,
    topicsLeft: left.length,
    hoursLeft: round1(hoursLeft),
    needed: needed && { topicsPerWeek: round1(needed.topicsPerWeek), hoursPerWeek: round1(needed.hoursPerWeek) },
    pace: f.pace,
    paceHoursPerWeek: round1(paceHoursPerWeek),
    verdict,
    behindHours: Math.max(0, Math.round(behindHours)),
    aheadHours: verdict === 'on-track' ? Math.round(atPace - hoursLeft) : 0,
    finishAtPace: left.length ? dateAfter(hoursLeft, paceHoursPerWeek) : null,
    sections,
    drop,
    dropEnough: enough,
  };
}

/**
 * What to skip to make up `hours`: the sections one level down (a top-level
 * leaf stands for itself), from the end of the outline (the most advanced
 * first), that still have topics to study and that no topic still to study
 * outside them requires; until the hours are covered.
 */
function droppable(roadmap: Roadmap, progress: Progress, weight: (l: Topic) => number, hours: number): { drop: Drop[]; enough: boolean } {
  const open = (t: Topic) => roadmap.leaves.slice(t.leafStart, t.leafEnd).filter((l) => !isFinished(progress.status(l)));
  // Who requires what: [leaf range of the requirer's open leaves, leaf range required].
  const needs: { from: Topic; target: Topic }[] = [];
  for (const t of roadmap.all) {
    if (!t.requires.length || open(t).length === 0) continue;
    for (const id of t.requires) {
      const target = roadmap.byId.get(id);
      if (target) needs.push({ from: t, target });
    }
  }
  const inside = (t: Topic, g: Topic) => t.leafStart >= g.leafStart && t.leafEnd <= g.leafEnd;
  const overlaps = (a: Topic, b: Topic) => a.leafStart < b.leafEnd && b.leafStart < a.leafEnd;
  // Needed by something outside `g` that is still to study: some open leaf of the requirer lies outside g.
  const neededOutside = (g: Topic) =>
    needs.some(({ from, target }) => overlaps(target, g) && !inside(from, g) && open(from).some((l) => l.leafStart < g.leafStart || l.leafStart >= g.leafEnd));
  const groups = roadmap.topics.flatMap((s) => (s.children.length ? s.children : [s]));
  const drop: Drop[] = [];
  let covered = 0;
  for (let i = groups.length - 1; i >= 0 && covered < hours; i--) {
    const g = groups[i]!;
    const leaves = open(g);
    if (leaves.length === 0 || neededOutside(g)) continue;
    const h = leaves.reduce((s, l) => s + weight(l), 0);
    drop.push({ topic: g, topicsLeft: leaves.length, hoursLeft: round1(h) });
    covered += h;
  }
  return { drop, enough: covered >= hours };
}

export interface BurndownPoint {
  /** "YYYY-MM-DD". */
  date: string;
  hoursLeft: number;
}

/**
 * Hours left at the end of each of the last `weeks` weeks and today (the
 * statuses replayed from the history, undo and placement included), oldest
 * first. Starts no earlier than the week of the first change.
 */
export function burndown(roadmap: Roadmap, state: RoadmapState | undefined, today: Date, weeks = 12): BurndownPoint[] {
  const weight = studyWeight(roadmap);
  const total = roadmap.leaves.reduce((s, l) => s + weight(l), 0);
  const records = Object.entries(state?.topics ?? {})
    .map(([id, r]) => ({ leaf: roadmap.byId.get(id), history: [...r.history].sort((a, b) => a.at.localeCompare(b.at) || a.change - b.change) }))
    .filter((r): r is { leaf: Topic; history: typeof r.history } => r.leaf !== undefined && r.leaf.children.length === 0);
  const first = records.reduce((m, r) => (r.history[0] && r.history[0].at < m ? r.history[0].at : m), '9999');
  const points: BurndownPoint[] = [];
  for (let k = weeks; k >= 0; k--) {
    const day = addDays(today, -7 * k);
    const end = k === 0 ? today : addDays(day, 1); // the end of that day (today: now)
    if (k > 0 && dayKey(addDays(day, 7)) <= first.slice(0, 10) && points.length === 0) continue;
    let done = 0;
    for (const { leaf, history } of records) {
      let status: Status = 'pending';
      for (const h of history) {
        if (Date.parse(h.at) > end.getTime()) break;
        status = h.status;
      }
      if (isFinished(status)) done += weight(leaf);
    }
    points.push({ date: dayKey(day), hoursLeft: round1(total - done) });
  }
  return points;
}
