// Predicted recall (core/review/recall.ts): the FSRS forgetting curve computed
// without ts-fsrs, checked against values worked out by hand and against
// ts-fsrs itself; and the refresh `next` offers before a topic whose done
// prerequisite has faded, at a fixed clock.
import { fsrs, State, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { explainPick, nextTopics } from '../../src/core/next.js';
import { Progress } from '../../src/core/progress.js';
import type { ReviewCard } from '../../src/core/review/card.js';
import { forgettingCurve, FSRS_DECAY, FSRS_FACTOR, percentText, recallOf } from '../../src/core/review/recall.js';
import { firstCard, MAX_INTERVAL_DAYS, rate } from '../../src/core/review/schedule.js';
import { setStatus } from '../../src/core/state/ops.js';
import { emptyState } from '../../src/core/state/types.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import * as schedule from '../../src/core/review/schedule.js';
import { SMALL_ROADMAP, writeRoadmap } from '../helpers.js';

const DAY = 86_400_000;
const T0 = new Date('2026-03-01T09:00:00Z');
const at = (d: number) => new Date(T0.getTime() + d * DAY);

describe('the forgetting curve', () => {
  it('uses ts-fsrs 5’s default decay and the factor that makes R(S) = 0.9', () => {
    expect(FSRS_DECAY).toBe(-0.1542);
    // 0.9^(1/−0.1542) − 1 = e^(0.1053605/0.1542) − 1 = e^0.6832717 − 1 = 0.98034649
    expect(FSRS_FACTOR).toBe(0.98034649);
    expect(forgettingCurve(0, 3)).toBe(1);
    expect(forgettingCurve(10, 10)).toBeCloseTo(0.9, 8);
  });

  it('matches values worked out by hand', () => {
    // S = 3, t = 30: 1 + 0.98034649·30/3 = 10.8034649; ln = 2.379867; ·(−0.1542) = −0.366975; e^… = 0.69283
    expect(forgettingCurve(30, 3)).toBeCloseTo(0.69283, 5);
    // S = 2.3065 (a first Good), t = 59: 1 + 0.98034649·59/2.3065 = 26.077148; ln = 3.261059; ·(−0.1542) = −0.502855; e^… = 0.60480
    expect(forgettingCurve(59, 2.3065)).toBeCloseTo(0.6048, 4);
    // t = 7: 1 + 0.98034649·7/2.3065 = 3.975255; ln = 1.380089; ·(−0.1542) = −0.212810; e^… = 0.80831 (above 0.8)
    expect(forgettingCurve(7, 2.3065)).toBeCloseTo(0.80831, 5);
    // t = 8: 1 + 0.98034649·8/2.3065 = 4.400291; ln = 1.481671; ·(−0.1542) = −0.228474; e^… = 0.79575 (below 0.8)
    expect(forgettingCurve(8, 2.3065)).toBeCloseTo(0.79575, 5);
  });

  it('agrees with ts-fsrs’s own retrievability for cards it scheduled', () => {
    const f = fsrs({ request_retention: 0.9, maximum_interval: MAX_INTERVAL_DAYS, enable_fuzz: false, enable_short_term: false });
    let card: ReviewCard = firstCard(T0);
    const ratings = ['good', 'hard', 'easy', 'again', 'good', 'good'] as const;
    let now = T0;
    for (const rating of ratings) {
      for (const later of [0, 1, 3, 17, 120, 400]) {
        const when = new Date(now.getTime() + later * DAY + 3_600_000);
        const state = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning }[card.state];
        const theirs = f.get_retrievability(
          { ...card, state, due: new Date(card.due), last_review: new Date(card.last_review!), elapsed_days: 0 } as Card,
          when,
          false,
        );
        expect(recallOf(card, when)!.recall).toBeCloseTo(theirs, 7);
      }
      now = new Date(Date.parse(card.due));
      card = rate(card, rating, now).card;
    }
  });

  it('has no recall for a card without a review, and reads as a rounded-down percentage', () => {
    expect(recallOf(undefined, T0)).toBeNull();
    expect(recallOf({ ...firstCard(T0), last_review: null }, T0)).toBeNull();
    expect(recallOf(firstCard(T0), at(59))).toMatchObject({ days: 59, stability: 2.3065 });
    expect(percentText(0.6048)).toBe('60 %');
    expect(percentText(0.79575)).toBe('79 %');
    expect(percentText(0.9999)).toBe('99 %');
    expect(percentText(1)).toBe('100 %');
    expect(percentText(0.004)).toBe('1 %');
  });
});

describe('refresh before you build on it', () => {
  const small = loadRoadmap(writeRoadmap(SMALL_ROADMAP)).roadmap;
  // Delta requires Gamma: Gamma marked done at T0 gets a first card rated Good (S = 2.3065 days).
  const world = () => {
    const doc = emptyState();
    setStatus(doc, 'small', ['alpha', 'beta', 'gamma'], 'done', T0, schedule);
    const state = doc.roadmaps.small!;
    return { doc, state, progress: new Progress(small, (id) => state.topics[id]?.status) };
  };

  it('offers none while the prerequisite’s recall is at or above the threshold (day 7: 0.808)', () => {
    const w = world();
    const picks = nextTopics(w.progress, w.state, { limit: 1, now: at(7), refreshBelow: 0.8 });
    expect(picks.map((p) => [p.kind, p.topic.id])).toEqual([['study', 'delta']]);
  });

  it('refreshes the prerequisite first once it falls below (day 8: 0.796), with the reason and the figures', () => {
    const w = world();
    const picks = nextTopics(w.progress, w.state, { limit: 1, now: at(8), refreshBelow: 0.8 });
    expect(picks.map((p) => [p.kind, p.topic.id, p.for?.id])).toEqual([
      ['refresh', 'gamma', 'delta'],
      ['study', 'delta', undefined],
    ]);
    expect(picks[0]!.recall!.recall).toBeCloseTo(0.79575, 5);
    expect(picks[0]!.reason).toBe('2.1 Delta builds on 1.3 Gamma Rays; your recall of it is now ~79 %');
    expect(explainPick(w.progress, w.state, picks[0]!)).toEqual([
      'a done prerequisite that has faded from memory is refreshed before the topic that builds on it',
      'stability 2.31 days (recall falls to 90 % after that long); marked done 2026-03-01, 8 days ago',
      'predicted recall (1 + 0.9803 × 8 / 2.31)^-0.1542 = 0.796, below 0.8 (review.refresh-below)',
    ]);
  });

  it('is gone once the prerequisite is reviewed, and never offered with a threshold of 0 or without a clock', () => {
    const w = world();
    expect(nextTopics(w.progress, w.state, { limit: 1, now: at(59), refreshBelow: 0 }).map((p) => p.kind)).toEqual(['study']);
    expect(nextTopics(w.progress, w.state, { limit: 1, refreshBelow: 0.8 }).map((p) => p.kind)).toEqual(['study']);
    const record = w.state.topics.gamma!;
    // Rated Again: a low stability, but just reviewed: recall is 1.
    record.card = rate(record.card, 'again', at(59)).card;
    expect(nextTopics(w.progress, w.state, { limit: 1, now: at(59), refreshBelow: 0.8 }).map((p) => p.kind)).toEqual(['study']);
  });

  it('a suspended card (the prerequisite skipped) or a prerequisite not done is not refreshed', () => {
    const w = world();
    setStatus(w.doc, 'small', ['gamma'], 'skipped', at(1), schedule);
    expect(nextTopics(w.progress, w.state, { limit: 1, now: at(59), refreshBelow: 0.8 }).map((p) => p.kind)).toEqual(['study']);
  });

  it('the weakest of several faded prerequisites, once, before the first topic that needs it', () => {
    const yaml = `id: chain
title: Chain
topics:
  - title: Base
    id: base
    children:
      - { title: One, id: one }
      - { title: Two, id: two }
  - title: Top
    id: top
    requires: [base]
    children:
      - { title: Three, id: three }
      - { title: Four, id: four }
`;
    const roadmap = loadRoadmap(writeRoadmap(yaml)).roadmap;
    const doc = emptyState();
    setStatus(doc, 'chain', ['one'], 'done', T0, schedule);
    setStatus(doc, 'chain', ['two'], 'done', at(10), schedule);
    const state = doc.roadmaps.chain!;
    const progress = new Progress(roadmap, (id) => state.topics[id]?.status);
    // Day 40: One was done 40 days ago: 1 + 0.98034649·40/2.3065 = 18.001457, ^(−0.1542) = 0.64037;
    // Two 30 days ago: 1 + 0.98034649·30/2.3065 = 13.751092, ^(−0.1542) = 0.66753. Both below 0.8, One the weaker.
    const picks = nextTopics(progress, state, { limit: 2, now: at(40), refreshBelow: 0.8 });
    expect(picks.map((p) => [p.kind, p.topic.id])).toEqual([
      ['refresh', 'one'],
      ['study', 'three'],
      ['refresh', 'two'],
      ['study', 'four'],
    ]);
    expect(picks[0]!.reason).toBe('2.1 Three builds on 1.1 One; your recall of it is now ~64 % (1 more of its prerequisites is below 80 %)');
  });
});
