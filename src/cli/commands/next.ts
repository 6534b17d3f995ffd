import { Command } from 'commander';
import { explainPick, focusOf, nextTopics, reviewPicks, type Pick } from '../../core/next.js';
import { budgetSpentText, reviewBudget, type ReviewBudget } from '../../core/review/budget.js';
import { dueReviews } from '../../core/review/due.js';
import { percentText } from '../../core/review/recall.js';
import { practiceJson, topicJson } from '../../render/json.js';
import { isSolved } from '../../core/state/practice.js';
import { clean } from '../../render/sanitize.js';
import { padEnd, truncate, width, wrap } from '../../render/text.js';
import { estimateText } from '../../render/topic.js';
import { pathOf, type Topic } from '../../core/roadmap/types.js';
import { plural } from '../../core/words.js';
import { action, examples, type Context } from '../context.js';
import { warnLostProgress } from '../lost-progress.js';
import { positiveInt } from '../options.js';

export interface NextOptions {
  /** -n; else the next.count setting. */
  number?: number;
  in?: string;
  /** --review / --no-review; else the review.enabled setting. */
  review?: boolean;
  /** false with --no-refresh; else the review.refresh-below setting. */
  refresh?: boolean;
  explain?: boolean;
  /** One line per topic (--oneline); undefined: when more than 3 are listed. */
  oneline?: boolean;
}

/** Above this many topics `next` lists them one line each (like taskwarrior's reports) unless --no-oneline. */
const LONG_FORM_MAX = 3;

const ORDER =
  'Order: topics in progress (oldest start first), then pending topics in outline order, each after its unfinished prerequisites; before a topic whose done prerequisite has faded (predicted recall below review.refresh-below), a refresh of that prerequisite. Due reviews are a queue of their own, counted above (mlroad review).';

/** What `next` works with: the picks, the due reviews within today's budget, and the counts behind the line about them. */
function nextPlan(ctx: Context, opts: NextOptions) {
  const focus = focusOf(ctx.roadmap, ctx.state);
  const within = opts.in ? ctx.topic(opts.in) : focus.topic;
  const limit = ctx.settings.get('next.count', opts.number) ?? 1;
  const reviews = ctx.settings.get('review.enabled', opts.review) !== false;
  const refreshBelow = ctx.settings.get('review.refresh-below', opts.refresh === false ? 0 : undefined) ?? 0;
  const budget = reviewBudget(ctx.state, ctx.now, reviews ? (ctx.settings.get('review.daily-limit') ?? 0) : 0);
  const picks = nextTopics(ctx.progress, ctx.state, { limit, now: ctx.now, refreshBelow, ...(within ? { within } : {}) });
  const dueHere = reviews ? dueReviews(ctx.progress, ctx.state, ctx.now, within) : [];
  const due = dueHere.length;
  const queue = reviews ? reviewPicks(ctx.progress, ctx.state, ctx.now, { limit: budget.remaining, due: dueHere }) : [];
  const dueElsewhere = reviews && within ? dueReviews(ctx.progress, ctx.state, ctx.now).length - due : 0;
  return { focus, within, picks, queue, due, dueElsewhere, budget, reviews, refreshBelow };
}

export function runNext(ctx: Context, opts: NextOptions): void {
  const plan = nextPlan(ctx, opts);
  const { focus, within, picks, queue } = plan;
  if (focus.stale) ctx.warn(`mlroad: the focus "${clean(focus.stale)}" is not a topic of this roadmap; ignoring it (mlroad focus --clear)`);
  if (!ctx.json) warnLostProgress(ctx, ctx.roadmap, ctx.state);
  if (ctx.json) {
    ctx.printJson(
      [...picks, ...queue].map((p) => ({
        ...topicJson(p.topic, ctx.progress),
        reason: p.reason,
        kind: p.kind,
        ...(p.due ? { due: p.due } : {}),
        ...(p.for ? { for: p.for.id } : {}),
        ...(p.recall ? { recall: Number(p.recall.recall.toFixed(4)) } : {}),
        // A topic with an exercise: its practice state (contract §11).
        ...(p.topic.exercise === null ? {} : { practice: practiceJson(ctx.state?.topics[p.topic.id]?.practice) }),
        ...(opts.explain ? { explain: explainPick(ctx.progress, ctx.state, p) } : {}),
      })),
    );
    return;
  }
  const { c } = ctx;
  const g = ctx.glyphs;
  const scope = within ?? null;
  const counts = ctx.progress.counts(scope ?? undefined);
  const scopeName = clean(scope ? `${scope.number} ${scope.title}` : ctx.roadmap.title);
  const focused = !opts.in && focus.topic ? c.dim(' (focus)') : '';
  const lines: string[] = [];
  if (opts.explain) lines.push(c.dim(wrap(ORDER + (plan.reviews ? '' : ' Reviews are off (--no-review or review.enabled).'), Math.min(ctx.cols, 100))), '');

  const reviewLine = dueLine(ctx, plan.due, queue.length, plan.budget, plan.dueElsewhere, scopeName);
  if (reviewLine) lines.push(reviewLine, '');

  const studyPicks = picks.filter((p) => p.kind === 'study');
  const left = counts.pending + counts.in_progress > 0;
  const limit = ctx.settings.get('next.count', opts.number) ?? 1;
  const oneline = opts.oneline ?? (limit > LONG_FORM_MAX && !opts.explain);
  if (studyPicks.length) {
    lines.push(
      `${c.bold(studyPicks.length === 1 ? 'Next up' : `Next ${studyPicks.length}`)} in ${scopeName}${focused} ${c.dim(`(${counts.done}/${counts.total} done)`)}`,
      '',
    );
    if (oneline) lines.push(...onelineItems(ctx, picks), '');
    else lines.push(...items(ctx, picks, opts.explain));
  } else if (!left) {
    lines.push(`${c.green(g.ok)} Nothing left to study in ${scopeName}${focused}: all ${counts.total} topics are done or skipped.`);
    if (focused) lines.push(c.dim('Lift the focus to see the rest of the roadmap: mlroad focus --clear'));
  }

  const hints: string[] = [];
  const refresh = picks.find((p) => p.kind === 'refresh');
  if (refresh) hints.push(`Refresh first: mlroad review ${refresh.topic.number} (a question and your rating, a minute or two)`);
  const first = studyPicks[0]?.topic.number;
  if (first) hints.push(`Details: mlroad show ${first} ${g.sep} mark it: mlroad start ${first} / mlroad done ${first}`);
  if (focused && studyPicks.length) hints.push(`Focus on ${scopeName}: mlroad focus --clear to lift it`);
  if (hints.length) lines.push(c.dim(hints.join('\n')));
  // Word-wrapped to the terminal; a hint continues two columns in.
  if (lines.length) ctx.printText(lines.join('\n'), 2);
}

/**
 * The line about due reviews above the pick: how many are for today (within
 * review.daily-limit) and how to do them; null when none is due.
 */
function dueLine(ctx: Context, due: number, today: number, budget: ReviewBudget, elsewhere: number, scopeName: string): string | null {
  const { c } = ctx;
  const dash = ctx.glyphs.dash;
  const outside = elsewhere > 0 ? c.dim(` (${elsewhere} more outside ${scopeName})`) : '';
  if (due === 0) return elsewhere > 0 ? c.dim(`${plural(elsewhere, 'review')} due outside ${scopeName} ${dash} mlroad review`) : null;
  if (today === 0) return c.dim(budgetSpentText(budget, due)) + outside;
  if (today === due) return `${c.bold(`${plural(due, 'review')} due`)} ${dash} mlroad review${outside}`;
  const done = budget.doneToday ? `${budget.doneToday} of your daily ${budget.limit} done` : `daily limit ${budget.limit}`;
  return `${c.bold(`${plural(today, 'review')} for today`)} ${dash} mlroad review ${c.dim(`(${due} due; ${done})`)}${outside}`;
}

/** One block per pick: number, title, estimate; its path; why (and with --explain, how it was ranked). Wrapped to the terminal. */
function items(ctx: Context, picks: Pick[], explain?: boolean): string[] {
  const { c } = ctx;
  const g = ctx.glyphs;
  const lines: string[] = [];
  const numberWidth = Math.max(...picks.map((p) => p.topic.number.length));
  const indent = ' '.repeat(numberWidth + 4);
  const add = (line: string, hang = indent) => lines.push(...ctx.wrapLine(line, hang));
  for (const pick of picks) {
    const topic: Topic = pick.topic;
    const estimate = pick.kind === 'study' ? estimateText(topic.estimateHours) : '';
    const tag = pick.kind === 'refresh' ? `  ${c.yellow(`refresh first ${g.sep} recall ~${percentText(pick.recall!.recall)}`)}` : '';
    add(`  ${c.cyan.bold(padEnd(topic.number, numberWidth))}  ${c.bold(clean(topic.title))}${estimate ? `  ${c.dim(estimate)}` : ''}${tag}`);
    if (topic.parent) add(`${indent}${c.dim(pathOf(topic).map(clean).join(` ${g.crumb} `))}`);
    add(`${indent}${c.dim('why:')} ${clean(pick.reason)}`, `${indent}     `);
    if (pick.kind === 'study' && topic.exercise !== null)
      add(
        `${indent}${c.dim(isSolved(ctx.state?.topics[topic.id]) ? `exercise solved ${g.sep} again: mlroad practice ${topic.number}` : `practise it: mlroad practice ${topic.number}`)}`,
      );
    if (explain) for (const line of explainPick(ctx.progress, ctx.state, pick)) add(`${indent}${c.dim(`${g.sep} ${clean(line)}`)}`, `${indent}  `);
    lines.push('');
  }
  return lines;
}

/**
 * One line per pick, in columns: number, title, estimate, why. On a terminal
 * the line fits its width (the reason, then the title, are cut); in a pipe
 * nothing is cut.
 */
function onelineItems(ctx: Context, picks: Pick[]): string[] {
  const { c } = ctx;
  const g = ctx.glyphs;
  const cols = ctx.tty ? ctx.cols : Infinity;
  const rows = picks.map((p) => ({
    pick: p,
    title: clean(p.topic.title) + (p.topic.exercise !== null ? ` ${isSolved(ctx.state?.topics[p.topic.id]) ? g.solved : g.exercise}` : ''),
    est: p.kind === 'refresh' ? 'refresh' : p.kind === 'study' ? estimateText(p.topic.estimateHours) : '',
    why: clean(p.kind === 'refresh' ? `recall ~${percentText(p.recall!.recall)}: ${p.reason}` : p.reason),
  }));
  const numW = Math.max(...rows.map((r) => r.pick.topic.number.length));
  const estW = Math.max(...rows.map((r) => width(r.est)));
  const fixed = 2 + numW + 2 + (estW ? estW + 2 : 0);
  const titleMax = Math.max(...rows.map((r) => width(r.title)));
  // On a terminal the title gets at most 45 % of what the number and estimate leave, the reason the rest.
  const titleW = Math.max(Math.min(titleMax, 16), Math.min(titleMax, Math.floor((cols - fixed - 2) * 0.45)));
  return rows.map((r) => {
    const head = `  ${c.cyan.bold(padEnd(r.pick.topic.number, numW))}  ${padEnd(truncate(r.title, titleW, g.ellipsis), titleW)}  ${estW ? `${c.dim(padEnd(r.est, estW))}  ` : ''}`;
    const room = cols - fixed - titleW - 2;
    const why = room >= 8 ? truncate(r.why, room, g.ellipsis) : '';
    return (head + c.dim(why)).trimEnd();
  });
}

export const nextCommand = () =>
  new Command('next')
    .description(
      'what to study next, and why: topics in progress, then outline order respecting prerequisites, with a refresh of a faded prerequisite first; due reviews counted above',
    )
    .option('-n, --number <N>', 'how many topics to list (default: the next.count setting, 1)', positiveInt)
    .option('--in <TOPIC>', 'only topics under TOPIC (an id, outline number or title words; overrides the focus)')
    .option('--review', 'count due reviews even when review.enabled is false')
    .option('--no-review', 'leave out due reviews (the review.enabled setting, for good)')
    .option('--no-refresh', 'no refresh of faded prerequisites (review.refresh-below 0, for good)')
    .option('--explain', 'show how each topic was chosen (in progress, outline order, prerequisites, predicted recall)')
    .option('--oneline', `one line per topic (the default for more than ${LONG_FORM_MAX})`)
    .option('--no-oneline', 'a block per topic: its path, why, and its exercise')
    .addHelpText(
      'after',
      examples(
        ['mlroad next', 'the topic to study now, and how many reviews are due'],
        ['mlroad next -n 5', 'the next five, one line each (mlroad config set next.count 5: always)'],
        ['mlroad next -n 10 --no-oneline', 'ten, each with its path and why'],
        ['mlroad next --in "deep learning"', 'only within section 8'],
        ['mlroad next --no-review', 'without the due reviews'],
        ['mlroad next -n 3 --explain', 'why these, in this order (with the recall figures of a refresh)'],
        ['mlroad next --json | jq -r ".[0].title"', 'for scripts and prompts'],
      ),
    )
    .action(action<NextOptions>((ctx, opts) => runNext(ctx, opts)));
