// review: spaced review of done topics (the spaced review of the README). On a terminal it asks
// each due topic's question and records Again/Hard/Good/Easy; in scripts and
// pipes it lists the due reviews, and `review TOPIC --rating R` records one.
import { Command, InvalidArgumentError } from 'commander';
import { UsageError } from '../../core/errors.js';
import { intervalText, isRating, RATINGS, relativeDay, type RatingName } from '../../core/review/card.js';
import { loadScheduler } from '../../core/review/load-scheduler.js';
import { dueReviews, questionFor, scheduledReviews, type SelfCheck } from '../../core/review/due.js';
import { notReviewable, recordReview } from '../../actions/review.js';
import type { SessionItem } from '../review-session.js';
import type { Topic } from '../../core/roadmap/types.js';
import { topicJson } from '../../render/json.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { padEnd, wrap } from '../../render/text.js';
import { topicLabel, topicPath } from '../../render/topic.js';
import { notesOf } from '../../core/state/notes.js';
import { isInteractive } from '../../core/io.js';
import { action, examples, type Context } from '../context.js';
import { wholeNumber } from '../options.js';
import { budgetSpentText, reviewBudget, type ReviewBudget } from '../../core/review/budget.js';

interface ReviewOptions {
  rating?: RatingName;
  /** --limit N: today's budget instead of review.daily-limit (0: none). */
  limit?: number;
  /** --all: no budget. */
  all?: boolean;
}

/** Today's review budget: --all, else --limit, else review.daily-limit (flag > environment > setting). */
function budgetOf(ctx: Context, opts: ReviewOptions): ReviewBudget {
  const limit = opts.all ? 0 : (ctx.settings.get('review.daily-limit', opts.limit) ?? 0);
  return reviewBudget(ctx.state, ctx.now, limit);
}

function parseRating(value: string): RatingName {
  const v = value.trim().toLowerCase();
  const rating = /^[1-4]$/.test(v) ? RATINGS[Number(v) - 1] : v;
  if (!isRating(rating)) throw new InvalidArgumentError('expected again, hard, good or easy (or 1–4).');
  return rating;
}

/** A done leaf, or a usage error (exit 2) naming why it cannot be reviewed. */
function reviewable(ctx: Context, ref: string): Topic {
  const topic = ctx.topic(ref);
  const status = ctx.progress.status(topic);
  if (topic.children.length || status !== 'done') throw notReviewable(topic, status);
  return topic;
}

const record = (ctx: Context, topic: Topic) => ctx.state?.topics[topic.id];

async function rateOne(ctx: Context, ref: string, rating: RatingName): Promise<void> {
  const topic = reviewable(ctx, ref);
  const result = await recordReview(ctx.store, ctx.roadmap, topic, rating, ctx.now);
  ctx.refresh(result.doc);
  if (ctx.json) {
    ctx.printJson({ ...topicJson(topic, ctx.progress), rating, interval: result.entry.interval, due: result.entry.due, reviews: result.count });
    return;
  }
  const { c } = ctx;
  ctx.print(
    `${c.green('✓')} Reviewed ${topicLabel(c, topic)}: ${rating} → next review in ${intervalText(result.entry.interval)} (${result.entry.due.slice(0, 10)})`,
  );
  const due = dueReviews(ctx.progress, ctx.state, ctx.now).length;
  if (due) ctx.print(c.dim(`${due} more review${due === 1 ? '' : 's'} due: mlroad review`));
}

/** One topic's schedule, without recording anything (`review TOPIC` in a script). */
async function showOne(ctx: Context, ref: string): Promise<void> {
  const topic = reviewable(ctx, ref);
  const { preview } = await loadScheduler();
  const rec = record(ctx, topic);
  const card = rec?.card;
  const choices = preview(card, ctx.now);
  const check = questionFor(topic, ctx.state);
  if (ctx.json) {
    ctx.printJson({ ...topicJson(topic, ctx.progress), due: card?.due ?? null, ...selfCheckJson(check), reviews: rec?.reviews ?? [], preview: choices });
    return;
  }
  const { c } = ctx;
  const width = Math.min(ctx.cols, 100);
  const lines = [`${c.cyan.bold(topic.number)}  ${c.bold(clean(topic.title))}`];
  const path = topicPath(topic);
  if (path) lines.push(c.dim(path));
  const n = rec?.reviews?.length ?? 0;
  lines.push(
    `${card ? `Next review: ${card.due.slice(0, 10)} (${relativeDay(card.due, ctx.now)})` : 'Not scheduled yet (done before reviews existed)'} · ${n} review${n === 1 ? '' : 's'} so far`,
  );
  if (check) lines.push('', wrap(`Q: ${cleanBlock(check.question)}`, width, '  '));
  lines.push('', `Reviewed now, the next one would be in: ${RATINGS.map((r) => `${r} ${intervalText(choices[r].interval)}`).join(c.dim(' · '))}`);
  lines.push(c.dim(`Record it: mlroad review ${topic.number} --rating again|hard|good|easy`));
  ctx.print(lines.join('\n'));
}

/** Due reviews without a terminal: a list (text), or `[{...topic, due, today}]` (JSON; `today`: within today's budget). */
function listDue(ctx: Context, budget: ReviewBudget): void {
  const due = dueReviews(ctx.progress, ctx.state, ctx.now);
  if (ctx.json) {
    ctx.printJson(
      due.map((r, i) => ({
        ...topicJson(r.topic, ctx.progress),
        due: r.card.due,
        ...selfCheckJson(questionFor(r.topic, ctx.state)),
        today: i < budget.remaining,
      })),
    );
    return;
  }
  const { c } = ctx;
  if (due.length === 0) {
    ctx.print(noneDue(ctx));
    return;
  }
  const width = Math.min(ctx.cols, 100);
  const lines = [`${c.bold(`${due.length} review${due.length === 1 ? '' : 's'} due`)} ${c.dim('(oldest first)')}`, ''];
  const numberWidth = Math.max(...due.map((r) => r.topic.number.length));
  const indent = ' '.repeat(numberWidth + 4);
  for (const { topic, card } of due) {
    lines.push(
      `  ${c.cyan.bold(padEnd(topic.number, numberWidth))}  ${c.bold(clean(topic.title))}  ${c.dim(`due ${card.due.slice(0, 10)}, ${relativeDay(card.due, ctx.now)}`)}`,
    );
    const path = topicPath(topic);
    if (path) lines.push(`${indent}${c.dim(path)}`);
    const check = questionFor(topic, ctx.state);
    if (check) lines.push(wrap(`Q: ${cleanBlock(check.question)}`, width, indent));
    lines.push('');
  }
  const first = due[0]!.topic.number;
  if (budget.remaining < due.length)
    lines.push(
      budget.remaining
        ? `${budget.remaining} of them for today (review.daily-limit ${budget.limit}, ${budget.doneToday} done today)`
        : budgetSpentText(budget, due.length),
    );
  lines.push(c.dim(`Review them on a terminal: mlroad review · record one: mlroad review ${first} --rating again|hard|good|easy`));
  ctx.print(lines.join('\n'));
}

function noneDue(ctx: Context): string {
  const { c } = ctx;
  const [soonest] = scheduledReviews(ctx.progress, ctx.state);
  if (!soonest) return `${c.green('✓')} No reviews due. Topics you mark done come back for review a few days later.`;
  return `${c.green('✓')} No reviews due. Next: ${topicLabel(c, soonest.topic)} on ${soonest.card.due.slice(0, 10)} (${relativeDay(soonest.card.due, ctx.now)}).`;
}

/**
 * The interactive session over `topics` (stdin and stdout are a terminal);
 * with a budget, the due ones stop at what is left of it today.
 */
async function interactive(ctx: Context, all: Topic[], budget?: ReviewBudget): Promise<void> {
  const { c } = ctx;
  if (all.length === 0) {
    ctx.print(noneDue(ctx));
    return;
  }
  const topics = budget ? all.slice(0, budget.remaining) : all;
  if (topics.length === 0) {
    ctx.print(`${budgetSpentText(budget!, all.length)}.\n${c.dim('Review them anyway: mlroad review --all')}`);
    return;
  }
  const [{ runSession }, scheduler] = await Promise.all([import('../review-session.js'), loadScheduler()]);
  const items: SessionItem[] = topics.map((topic) => ({
    topic,
    check: questionFor(topic, ctx.state),
    description: topic.description,
    notes: notesOf(record(ctx, topic)),
  }));
  const result = await runSession(items, ctx.io.stdin, ctx.stdout, {
    c,
    cols: ctx.cols,
    preview: async (topic) => scheduler.preview(record(ctx, topic)?.card, ctx.now),
    rate: async (topic, rating) => {
      const r = await recordReview(ctx.store, ctx.roadmap, topic, rating, ctx.now);
      ctx.refresh(r.doc);
      return r.entry;
    },
  });
  const counts = RATINGS.map((r) => [r, result.rated.filter((x) => x.rating === r).length] as const).filter(([, n]) => n);
  const summary = `Reviewed ${result.rated.length} of ${topics.length}${counts.length ? `: ${counts.map(([r, n]) => `${n} ${r}`).join(', ')}` : ''}.`;
  const left = dueReviews(ctx.progress, ctx.state, ctx.now).length;
  const spent = budget && !result.quit && result.rated.length + result.skipped.length === topics.length && topics.length < all.length;
  const after = spent
    ? c.dim(`${budgetSpentText(budget, left)} (or now: mlroad review --all)`)
    : left
      ? c.dim(`${left} still due: mlroad review`)
      : noneDue(ctx);
  ctx.print(`${summary}\n${after}`);
}

async function runReview(ctx: Context, ref: string | undefined, opts: ReviewOptions): Promise<void> {
  if (opts.rating !== undefined) {
    if (ref === undefined) throw new UsageError('--rating needs a TOPIC: mlroad review TOPIC --rating again|hard|good|easy');
    return rateOne(ctx, ref, opts.rating);
  }
  const tty = isInteractive(ctx.io) && !ctx.json;
  if (ref !== undefined) return tty ? interactive(ctx, [reviewable(ctx, ref)]) : showOne(ctx, ref);
  const budget = budgetOf(ctx, opts);
  if (tty)
    return interactive(
      ctx,
      dueReviews(ctx.progress, ctx.state, ctx.now).map((r) => r.topic),
      budget,
    );
  listDue(ctx, budget);
}

export const reviewCommand = () =>
  new Command('review')
    .description('review what you studied: each due topic asks one of its questions, you rate your recall (Again/Hard/Good/Easy)')
    .argument('[TOPIC]', 'a done topic (an id, outline number or title words)')
    .option('--rating <RATING>', 'record a review without prompting: again, hard, good or easy (or 1–4)', parseRating)
    .option('--limit <N>', 'at most N reviews today, those already done included (default: the review.daily-limit setting; 0: no limit)', wholeNumber)
    .option('--all', "every due review, whatever today's limit")
    .addHelpText(
      'after',
      examples(
        ['mlroad review', "review the due topics, up to today's limit (on a terminal; in a pipe: list them)"],
        ['mlroad config set review.daily-limit 20', 'at most 20 reviews a day'],
        ['mlroad review --all', "every due topic, whatever today's limit"],
        ['mlroad review 2.1.2', 'review one done topic now, due or not'],
        ['mlroad review 2.1.2 --rating good', 'record a review from a script'],
        ['mlroad review --json', 'the due reviews as JSON'],
      ) + '\nA topic marked done comes back for review 1 to 14 days later; each answer sets the next interval (FSRS).\n',
    )
    .action(action<ReviewOptions>((ctx, opts, [ref]) => runReview(ctx, ref as string | undefined, opts)));

/** The question asked and its model answer, for --json (null when the topic has no questions). */
const selfCheckJson = (check: SelfCheck | null) => ({ question: check?.question ?? null, answer: check?.answer ?? null });
