// The pure FSRS wrapper (src/review/schedule.ts): card JSON + rating + now in,
// new card JSON + interval out.
import { fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { cardProblem, intervalShort, intervalText, isDue, relativeDay, type RatingName, type ReviewCard } from '../../src/core/review/card.js';
import { firstCard, MAX_INTERVAL_DAYS, preview, rate } from '../../src/core/review/schedule.js';

const T0 = new Date('2026-03-01T09:00:00Z');
const DAY = 86_400_000;
const days = (from: Date, iso: string) => (Date.parse(iso) - from.getTime()) / DAY;

/** Answers every review on its due day with `rating`; returns the intervals given. */
function answerOnTime(card: ReviewCard, ratings: RatingName[]): { card: ReviewCard; intervals: number[] } {
  const intervals: number[] = [];
  for (const rating of ratings) {
    const at = new Date(card.due);
    const r = rate(card, rating, at);
    intervals.push(r.entry.interval);
    card = r.card;
  }
  return { card, intervals };
}

describe('the first card of a topic marked done', () => {
  it('falls due between 1 and 14 days later, as a reviewed card with no lapses', () => {
    const card = firstCard(T0);
    const wait = days(T0, card.due);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(14);
    expect(card).toMatchObject({ state: 'review', reps: 1, lapses: 0, last_review: T0.toISOString(), scheduled_days: wait });
    expect(cardProblem(card)).toBeNull();
  });

  it('is the same for the same time (no fuzz): reproducible with MLROAD_NOW', () => {
    expect(firstCard(T0)).toEqual(firstCard(new Date(T0)));
    expect(days(T0, firstCard(T0).due)).toBe(3);
  });

  it('is not due at once, nor an hour later, but is on its due day', () => {
    const card = firstCard(T0);
    expect(isDue(card, T0)).toBe(false);
    expect(isDue(card, new Date(T0.getTime() + 3_600_000))).toBe(false);
    expect(isDue(card, new Date(card.due))).toBe(true);
    expect(isDue({ ...card, suspended: true }, new Date(card.due))).toBe(false);
  });
});

describe('rating', () => {
  it('Good answers on time give growing intervals', () => {
    const { intervals } = answerOnTime(firstCard(T0), ['good', 'good', 'good', 'good']);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!, intervals.join(',')).toBeGreaterThan(intervals[i - 1]!);
  });

  it('Again shrinks the interval and counts a lapse', () => {
    const { card, intervals } = answerOnTime(firstCard(T0), ['good', 'good']);
    const again = rate(card, 'again', new Date(card.due));
    expect(again.entry.interval).toBeLessThan(intervals[intervals.length - 1]!);
    expect(again.entry.interval).toBeGreaterThanOrEqual(1);
    expect(again.card.lapses).toBe(card.lapses + 1);
  });

  it('the four answers give ordered intervals, and preview shows what rate will do', () => {
    const { card } = answerOnTime(firstCard(T0), ['good']);
    const at = new Date(card.due);
    const choices = preview(card, at);
    expect(choices.again.interval).toBeLessThan(choices.hard.interval);
    expect(choices.hard.interval).toBeLessThanOrEqual(choices.good.interval);
    expect(choices.good.interval).toBeLessThan(choices.easy.interval);
    for (const rating of ['again', 'hard', 'good', 'easy'] as const) {
      expect(choices[rating]).toEqual({ interval: rate(card, rating, at).entry.interval, due: rate(card, rating, at).card.due });
    }
  });

  it('records an entry with the review time, rating, interval and new due time', () => {
    const card = firstCard(T0);
    const at = new Date('2026-03-05T10:30:00Z');
    const { card: next, entry } = rate(card, 'hard', at);
    expect(entry).toEqual({ at: at.toISOString(), rating: 'hard', interval: Math.round(days(at, next.due)), due: next.due });
    expect(next.last_review).toBe(at.toISOString());
    expect(next.reps).toBe(card.reps + 1);
  });

  it('never schedules more than a year ahead', () => {
    const { intervals } = answerOnTime(firstCard(T0), Array(12).fill('easy'));
    expect(Math.max(...intervals)).toBe(MAX_INTERVAL_DAYS);
  });

  it('a done topic without a card (from before reviews) can be rated: it starts a card', () => {
    const { card, entry } = rate(undefined, 'good', T0);
    expect(card).toEqual(firstCard(T0));
    expect(entry.interval).toBe(3);
    expect(rate(undefined, 'again', T0).entry.interval).toBe(1);
  });

  it('the stored JSON schedules exactly like ts-fsrs with native cards', () => {
    const f = fsrs({ request_retention: 0.9, maximum_interval: MAX_INTERVAL_DAYS, enable_fuzz: false, enable_short_term: false });
    const grades: Grade[] = [Rating.Good, Rating.Hard, Rating.Again, Rating.Good, Rating.Easy];
    const names: RatingName[] = ['good', 'hard', 'again', 'good', 'easy'];
    let native: Card = f.next(emptyNative(T0), T0, Rating.Good).card;
    let ours = firstCard(T0);
    for (const [i, grade] of grades.entries()) {
      const at = new Date(native.due.getTime() + i * DAY); // some on time, some late
      native = f.next(native, at, grade).card;
      // Through JSON text, as in the state file.
      ours = rate(JSON.parse(JSON.stringify(ours)) as ReviewCard, names[i]!, at).card;
      expect(ours.due).toBe(native.due.toISOString());
      expect(ours.stability).toBeCloseTo(native.stability, 10);
      expect(ours.difficulty).toBeCloseTo(native.difficulty, 10);
      expect(ours.lapses).toBe(native.lapses);
    }
  });
});

function emptyNative(at: Date): Card {
  return {
    due: at,
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    last_review: undefined,
  } as Card;
}

describe('card text and checks', () => {
  it('interval and relative-day wording', () => {
    expect([intervalText(1), intervalText(12), intervalText(61), intervalText(365)]).toEqual(['1 day', '12 days', '2 months', '1 year']);
    expect([intervalShort(3), intervalShort(45), intervalShort(400)]).toEqual(['3d', '1.5mo', '1.1y']);
    expect(relativeDay('2026-03-04T09:00:00Z', T0)).toBe('in 3 days');
    expect(relativeDay('2026-02-28T09:00:00Z', T0)).toBe('1 day ago');
    expect(relativeDay('2026-03-01T20:00:00Z', T0)).toBe('today');
  });

  it('cardProblem names what is wrong with a stored card', () => {
    const good = firstCard(T0);
    expect(cardProblem(good)).toBeNull();
    expect(cardProblem({ ...good, due: 'soon' })).toBe('has no valid "due" time');
    expect(cardProblem({ ...good, stability: '2' })).toBe('has no number "stability"');
    expect(cardProblem({ ...good, state: 'forgotten' })).toBe('has an unknown "state"');
    expect(cardProblem([])).toBe('is not an object');
  });
});
