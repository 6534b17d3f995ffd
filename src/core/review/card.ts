// Review cards as stored in the state: plain JSON, readable without ts-fsrs.
// `next` (which runs in shell prompts) only compares due dates stored here;
// the FSRS scheduler (schedule.ts) is loaded only to create or
// reschedule a card, through loadScheduler() (load-scheduler.ts).
import { isObject } from '../values.js';
import { DAY_MS } from '../time.js';
import { plural } from '../words.js';
import { daysBetween as calendarDaysBetween } from '../stats/days.js';

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];
export const isRating = (value: unknown): value is RatingName => (RATINGS as readonly unknown[]).includes(value);

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** The FSRS memory state of one done topic (field names as in ts-fsrs, times as ISO strings). */
export interface ReviewCard {
  /** ISO time the next review falls due. */
  due: string;
  stability: number;
  difficulty: number;
  /** Days from the last review to `due`. */
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardState;
  last_review: string | null;
  /** Set while the topic is skipped or back in progress: never due. */
  suspended?: boolean;
}

/** One answered review, kept append-only on the topic (also after its card is removed). */
export interface ReviewEntry {
  /** ISO time of the review. */
  at: string;
  rating: RatingName;
  /** Days until the review it scheduled. */
  interval: number;
  /** ISO time of the review it scheduled. */
  due: string;
}

/** What the scheduler module offers; callers get it from loadScheduler(). */
export interface Scheduler {
  /** The card of a topic just marked done: learned now, first review 1–14 days later. */
  firstCard(at: Date): ReviewCard;
  /** Rates a card (none yet: a topic done before reviews existed) at `at`. */
  rate(card: ReviewCard | undefined, rating: RatingName, at: Date): { card: ReviewCard; entry: ReviewEntry };
  /** The interval in days and due time each rating would give now. */
  preview(card: ReviewCard | undefined, at: Date): Record<RatingName, { interval: number; due: string }>;
}

/** A card counts as due when it is not suspended and its due time has come. */
export const isDue = (card: ReviewCard | undefined, now: Date): card is ReviewCard => Boolean(card && !card.suspended && Date.parse(card.due) <= now.getTime());

/** Whole days from `from` to `to` (negative when `to` is earlier), rounded down. */
export const daysBetween = (from: Date | string, to: Date | string): number => Math.floor((new Date(to).getTime() - new Date(from).getTime()) / DAY_MS);

/** "1 day", "12 days", "2.5 months", "1.2 years": for intervals. */
export function intervalText(days: number): string {
  if (days < 1) return 'less than a day';
  if (days < 31) return `${days} day${days === 1 ? '' : 's'}`;
  if (days < 365) return plural(Math.round((days / 30.44) * 10) / 10, 'month');
  return plural(Math.round((days / 365.25) * 10) / 10, 'year');
}

/** Short form for a row of choices: "1d", "12d", "2.5mo", "1.2y". */
export function intervalShort(days: number): string {
  if (days < 31) return `${days}d`;
  if (days < 365) return `${Math.round((days / 30.44) * 10) / 10}mo`;
  return `${Math.round((days / 365.25) * 10) / 10}y`;
}

/**
 * When a due time is, relative to now, in calendar days of the local time
 * zone: "today", "in 3 days", "2 days ago" (due at 19:33 the day before
 * yesterday is 2 days ago, however few hours that is).
 */
export function relativeDay(due: string, now: Date): string {
  const d = calendarDaysBetween(now, new Date(due));
  if (d >= 1) return `in ${d} day${d === 1 ? '' : 's'}`;
  if (d <= -1) return `${-d} day${d === -1 ? '' : 's'} ago`;
  return 'today';
}

/** Why the parsed JSON is not a review card (for the state reader), or null. */
export function cardProblem(card: unknown): string | null {
  if (!isObject(card)) return 'is not an object';
  if (!isTime(card.due)) return 'has no valid "due" time';
  for (const key of ['stability', 'difficulty', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const) {
    if (typeof card[key] !== 'number' || !Number.isFinite(card[key])) return `has no number "${key}"`;
  }
  if (!(CARD_STATES as readonly unknown[]).includes(card.state)) return 'has an unknown "state"';
  if (card.last_review !== null && card.last_review !== undefined && !isTime(card.last_review)) return 'has an invalid "last_review"';
  if (card.suspended !== undefined && typeof card.suspended !== 'boolean') return 'has a non-boolean "suspended"';
  return null;
}

/** Why a review log is malformed, or null. */
export function reviewsProblem(reviews: unknown): string | null {
  if (!Array.isArray(reviews)) return 'is not a list';
  for (const r of reviews) {
    if (!isObject(r) || !isTime(r.at) || !isRating(r.rating) || typeof r.interval !== 'number' || !isTime(r.due)) return 'has a malformed entry';
  }
  return null;
}

const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
