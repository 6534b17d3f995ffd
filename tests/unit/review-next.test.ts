// Cards follow statuses (setStatus + lifecycle), due reviews, the review
// queue beside `next`'s picks, and the daily budget: pure functions over a state document.
import { describe, expect, it } from 'vitest';
import { explainPick, focusOf, nextTopics, reviewPicks } from '../../src/core/next.js';
import { reviewBudget } from '../../src/core/review/budget.js';
import { Progress } from '../../src/core/progress.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { type Scheduler } from '../../src/core/review/card.js';
import { loadScheduler } from '../../src/core/review/load-scheduler.js';
import { dueReviews, questionFor, scheduledReviews } from '../../src/core/review/due.js';
import { rate } from '../../src/core/review/schedule.js';
import { setStatus } from '../../src/core/state/ops.js';
import { emptyState, type StateDoc } from '../../src/core/state/types.js';
import { SMALL_ROADMAP, writeRoadmap } from '../helpers.js';

const small = loadRoadmap(writeRoadmap(SMALL_ROADMAP)).roadmap;
const scheduler: Scheduler = await loadScheduler();
const DAY = 86_400_000;
const T0 = new Date('2026-03-01T09:00:00Z');
const at = (d: number) => new Date(T0.getTime() + d * DAY);

function world() {
  const doc: StateDoc = emptyState();
  const mark = (ids: string[], status: Parameters<typeof setStatus>[3], d: number) => setStatus(doc, 'small', ids, status, at(d), scheduler);
  const state = () => doc.roadmaps.small;
  const progress = () => new Progress(small, (id) => state()?.topics[id]?.status);
  const record = (id: string) => state()!.topics[id]!;
  return { doc, mark, state, progress, record };
}

describe('a topic’s card follows its status', () => {
  it('done creates a card due 1–14 days later; not due before, due after', () => {
    const w = world();
    w.mark(['alpha'], 'done', 0);
    const card = w.record('alpha').card!;
    const wait = (Date.parse(card.due) - T0.getTime()) / DAY;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(14);
    expect(dueReviews(w.progress(), w.state(), at(0))).toEqual([]);
    expect(dueReviews(w.progress(), w.state(), at(wait)).map((r) => r.topic.id)).toEqual(['alpha']);
  });

  it('reset removes the card but keeps the review log; done again starts a new card', () => {
    const w = world();
    w.mark(['alpha'], 'done', 0);
    const r = rate(w.record('alpha').card, 'good', at(3));
    w.record('alpha').card = r.card;
    w.record('alpha').reviews = [r.entry];
    w.mark(['alpha'], 'pending', 5);
    expect(w.record('alpha').card).toBeUndefined();
    expect(w.record('alpha').reviews).toEqual([r.entry]);
    w.mark(['alpha'], 'done', 6);
    expect(w.record('alpha').card).toEqual(scheduler.firstCard(at(6)));
  });

  it('skip suspends the card (never due); done again resumes it when its review is still ahead', () => {
    const w = world();
    w.mark(['alpha'], 'done', 0);
    const card = { ...w.record('alpha').card! };
    w.mark(['alpha'], 'skipped', 1);
    expect(w.record('alpha').card).toEqual({ ...card, suspended: true });
    expect(scheduledReviews(w.progress(), w.state())).toEqual([]);
    w.mark(['alpha'], 'done', 1);
    expect(w.record('alpha').card).toEqual(card);
  });

  it('done again after its review date passed starts over: never straight back at the top of next', () => {
    const w = world();
    w.mark(['alpha'], 'done', 0);
    w.mark(['alpha'], 'skipped', 1);
    w.mark(['alpha'], 'done', 30);
    expect(w.record('alpha').card).toEqual(scheduler.firstCard(at(30)));
    expect(dueReviews(w.progress(), w.state(), at(30))).toEqual([]);
  });

  it('back in progress suspends the card too', () => {
    const w = world();
    w.mark(['alpha'], 'done', 0);
    w.mark(['alpha'], 'in-progress', 1);
    expect(w.record('alpha').card!.suspended).toBe(true);
    expect(dueReviews(w.progress(), w.state(), at(60))).toEqual([]);
  });

  it('without the scheduler (a path that did not load it) done makes no card, and no stale card falls due', () => {
    const w = world();
    w.mark(['alpha'], 'done', 0);
    w.mark(['alpha'], 'skipped', 1);
    setStatus(w.doc, 'small', ['alpha'], 'done', at(30));
    expect(w.record('alpha').card).toBeUndefined();
    setStatus(w.doc, 'small', ['beta'], 'done', at(30));
    expect(w.record('beta').card).toBeUndefined();
  });
});

describe('due reviews', () => {
  it('oldest due first, only done leaves, within a scope', () => {
    const w = world();
    w.mark(['delta'], 'done', 0);
    w.mark(['alpha', 'beta'], 'done', 1);
    // A card on a topic that is not done (written by some other path) never counts.
    w.mark(['epsilon'], 'done', 0);
    w.record('epsilon').status = 'pending';
    const due = dueReviews(w.progress(), w.state(), at(10));
    expect(due.map((r) => r.topic.id)).toEqual(['delta', 'alpha', 'beta']);
    expect(dueReviews(w.progress(), w.state(), at(10), small.byId.get('basics')!).map((r) => r.topic.id)).toEqual(['alpha', 'beta']);
    expect(dueReviews(w.progress(), w.state(), at(3.5)).map((r) => r.topic.id)).toEqual(['delta']);
  });

  it('the question rotates with each answered review', () => {
    const roadmap = loadRoadmap(
      writeRoadmap(SMALL_ROADMAP.replace('        estimate: 2h\n', '        estimate: 2h\n        questions: [One?, Two?]\n')),
    ).roadmap;
    const alpha = roadmap.byId.get('alpha')!;
    const entry = { at: T0.toISOString(), rating: 'good' as const, interval: 3, due: T0.toISOString() };
    const state = (n: number) => ({ topics: { alpha: { status: 'done' as const, history: [], reviews: Array(n).fill(entry) } }, changes: 1 });
    expect([0, 1, 2, 3].map((n) => questionFor(alpha, state(n))?.question)).toEqual(['One?', 'Two?', 'One?', 'Two?']);
    expect(questionFor(alpha, state(0))?.answer).toBeNull();
    expect(questionFor(roadmap.byId.get('beta')!, state(0))).toBeNull();
  });
});

describe('next and the review queue', () => {
  it('marking done does not put the topic back at the top of next', () => {
    const w = world();
    w.mark(['alpha'], 'done', 0);
    const picks = nextTopics(w.progress(), w.state(), { limit: 3, now: at(0) });
    expect(picks.map((p) => [p.kind, p.topic.id])).toEqual([
      ['study', 'beta'],
      ['study', 'gamma'],
      ['study', 'delta'],
    ]);
  });

  it('due reviews are a queue of their own: next picks topics to study, in progress first, then outline order', () => {
    const w = world();
    w.mark(['beta'], 'done', 0);
    w.mark(['alpha'], 'done', 1);
    w.mark(['epsilon'], 'in-progress', 2);
    const picks = nextTopics(w.progress(), w.state(), { limit: 3, now: at(10) });
    expect(picks.map((p) => [p.kind, p.rule, p.topic.id])).toEqual([
      ['study', 'in-progress', 'epsilon'],
      ['study', 'outline', 'gamma'],
      ['study', 'outline', 'delta'],
    ]);
    const queue = reviewPicks(w.progress(), w.state(), at(10));
    expect(queue.map((p) => [p.kind, p.rule, p.topic.id])).toEqual([
      ['review', 'review', 'beta'],
      ['review', 'review', 'alpha'],
    ]);
    expect(queue[0]!.due).toBe(w.record('beta').card!.due);
    expect(queue[0]!.reason).toBe('review due since 2026-03-04, 7 days overdue; studied 2026-03-01');
  });

  it('the queue stops at the limit given (what is left of the daily budget)', () => {
    const w = world();
    w.mark(['alpha', 'beta', 'gamma', 'delta'], 'done', 0);
    const ids = (limit?: number) => reviewPicks(w.progress(), w.state(), at(10), limit === undefined ? {} : { limit }).map((p) => p.topic.id);
    expect(ids()).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(ids(2)).toEqual(['alpha', 'beta']);
    expect(ids(0)).toEqual([]);
    expect(reviewPicks(w.progress(), w.state(), at(10), { within: small.byId.get('advanced')! }).map((p) => p.topic.id)).toEqual(['delta']);
  });

  it('explains each pick: its rule, prerequisites and schedule', () => {
    const w = world();
    w.mark(['alpha'], 'done', 0);
    w.mark(['gamma'], 'done', 0);
    const picks = nextTopics(w.progress(), w.state(), { limit: 3, now: at(10), within: small.byId.get('advanced')! });
    expect(picks.map((p) => p.topic.id)).toEqual(['delta', 'epsilon', 'zeta']);
    expect(explainPick(w.progress(), w.state(), picks[0]!)).toEqual(['then pending topics in outline order', 'requires 1.3 Gamma Rays: done']);
    const review = reviewPicks(w.progress(), w.state(), at(10))[0]!;
    expect(explainPick(w.progress(), w.state(), review)).toEqual([
      'due reviews are their own queue, oldest due first (mlroad review)',
      'scheduled 3 days after it was marked done; 0 reviews so far, never forgotten',
    ]);
  });
});

describe('the review budget', () => {
  it('counts the reviews answered today (local day) and what is left of the daily limit', () => {
    const w = world();
    w.mark(['alpha', 'beta', 'gamma'], 'done', 0);
    for (const id of ['alpha', 'beta']) {
      const record = w.record(id);
      const { card, entry } = scheduler.rate(record.card, 'good', at(5));
      record.card = card;
      (record.reviews ??= []).push(entry);
    }
    expect(reviewBudget(w.state(), at(5), 0)).toEqual({ limit: 0, doneToday: 2, remaining: Infinity });
    expect(reviewBudget(w.state(), at(5), 5)).toEqual({ limit: 5, doneToday: 2, remaining: 3 });
    expect(reviewBudget(w.state(), at(5), 1)).toEqual({ limit: 1, doneToday: 2, remaining: 0 });
    // The next day starts afresh.
    expect(reviewBudget(w.state(), at(6), 5)).toEqual({ limit: 5, doneToday: 0, remaining: 5 });
  });
});

describe('focus', () => {
  it('is a topic of the roadmap, or reported stale', () => {
    expect(focusOf(small, undefined)).toEqual({});
    expect(focusOf(small, { topics: {}, changes: 0, focus: 'advanced' }).topic?.id).toBe('advanced');
    expect(focusOf(small, { topics: {}, changes: 0, focus: 'gone' })).toEqual({ stale: 'gone' });
  });
});
