import { Command } from 'commander';
import { explainPick, focusOf, nextTopics, type Pick } from '../../core/next.js';
import { dueReviews } from '../../core/review/due.js';
import { topicJson } from '../../render/json.js';
import { clean } from '../../render/sanitize.js';
import { padEnd, wrap } from '../../render/text.js';
import { estimateText, topicPath } from '../../render/topic.js';
import type { Topic } from '../../core/roadmap/types.js';
import { action, examples, type Context } from '../context.js';
import { positiveInt } from '../options.js';

interface NextOptions {
  number: number;
  in?: string;
  /** false with --no-review. */
  review?: boolean;
  explain?: boolean;
}

const ORDER =
  'Order: due reviews (oldest due first), then topics in progress (oldest start first), then pending topics in outline order, each after its unfinished prerequisites.';

export function runNext(ctx: Context, opts: NextOptions): void {
  const focus = focusOf(ctx.roadmap, ctx.state);
  if (focus.stale) ctx.warn(`mlroad: the focus "${clean(focus.stale)}" is not a topic of this roadmap; ignoring it (mlroad focus --clear)`);
  const within = opts.in ? ctx.topic(opts.in) : focus.topic;
  const reviews = opts.review !== false;
  const picks = nextTopics(ctx.progress, ctx.state, { limit: opts.number, now: ctx.now, reviews, ...(within ? { within } : {}) });
  if (ctx.json) {
    ctx.printJson(
      picks.map((p) => ({
        ...topicJson(p.topic, ctx.progress),
        reason: p.reason,
        kind: p.kind,
        ...(p.due ? { due: p.due } : {}),
        ...(opts.explain ? { explain: explainPick(ctx.progress, ctx.state, p) } : {}),
      })),
    );
    return;
  }
  const { c } = ctx;
  const scope = within ?? null;
  const counts = ctx.progress.counts(scope ?? undefined);
  const scopeName = clean(scope ? `${scope.number} ${scope.title}` : ctx.roadmap.title);
  const focused = !opts.in && focus.topic ? c.dim(' (focus)') : '';
  const lines: string[] = [];
  if (opts.explain) lines.push(c.dim(wrap(ORDER + (reviews ? '' : ' Reviews are hidden (--no-review).'), Math.min(ctx.cols, 100))), '');

  const reviewPicks = picks.filter((p) => p.kind === 'review');
  const studyPicks = picks.filter((p) => p.kind === 'study');
  const due = reviews ? dueReviews(ctx.progress, ctx.state, ctx.now, scope ?? undefined).length : 0;
  const dueElsewhere = reviews && scope ? dueReviews(ctx.progress, ctx.state, ctx.now).length - due : 0;
  if (reviewPicks.length) {
    const shown = reviewPicks.length < due ? `; showing ${reviewPicks.length}, all of them: mlroad review` : '';
    lines.push(`${c.bold(`${due} review${due === 1 ? '' : 's'} due`)} ${c.dim(`(oldest first${shown})`)}`, '');
    lines.push(...items(ctx, reviewPicks, opts.explain));
  }
  if (dueElsewhere > 0) lines.push(c.dim(`${dueElsewhere} more review${dueElsewhere === 1 ? '' : 's'} due outside ${scopeName}: mlroad review`), '');

  const left = counts.pending + counts.in_progress > 0;
  if (studyPicks.length) {
    lines.push(
      `${c.bold(studyPicks.length === 1 ? 'Next up' : `Next ${studyPicks.length}`)} in ${scopeName}${focused} ${c.dim(`(${counts.done}/${counts.total} done)`)}`,
      '',
    );
    lines.push(...items(ctx, studyPicks, opts.explain));
  } else if (!left) {
    lines.push(`${c.green('✓')} Nothing left to study in ${scopeName}${focused}: all ${counts.total} topics are done or skipped.`);
    if (focused) lines.push(c.dim('Lift the focus to see the rest of the roadmap: mlroad focus --clear'));
  }

  const hints: string[] = [];
  const firstReview = reviewPicks[0]?.topic.number;
  if (firstReview) hints.push(`Review: mlroad review (or mlroad review ${firstReview} --rating good)`);
  const first = studyPicks[0]?.topic.number;
  if (first) hints.push(`Details: mlroad show ${first} · mark it: mlroad start ${first} / mlroad done ${first}`);
  else if (left) hints.push('New topics: mlroad next --no-review');
  if (focused && studyPicks.length) hints.push(`Focus on ${scopeName}: mlroad focus --clear to lift it`);
  if (hints.length) lines.push(c.dim(hints.join('\n')));
  if (lines.length) ctx.print(lines.join('\n'));
}

/** One block per pick: number, title, estimate; its path; why (and with --explain, how it was ranked). */
function items(ctx: Context, picks: Pick[], explain?: boolean): string[] {
  const { c } = ctx;
  const lines: string[] = [];
  const numberWidth = Math.max(...picks.map((p) => p.topic.number.length));
  const indent = ' '.repeat(numberWidth + 4);
  for (const pick of picks) {
    const topic: Topic = pick.topic;
    const estimate = pick.kind === 'study' ? estimateText(topic.estimateHours) : '';
    lines.push(`  ${c.cyan.bold(padEnd(topic.number, numberWidth))}  ${c.bold(clean(topic.title))}${estimate ? `  ${c.dim(estimate)}` : ''}`);
    const path = topicPath(topic);
    if (path) lines.push(`${indent}${c.dim(path)}`);
    lines.push(`${indent}${c.dim('why:')} ${clean(pick.reason)}`);
    if (explain) for (const line of explainPick(ctx.progress, ctx.state, pick)) lines.push(`${indent}${c.dim(`· ${clean(line)}`)}`);
    lines.push('');
  }
  return lines;
}

export const nextCommand = () =>
  new Command('next')
    .description('what to do next, and why: due reviews first, then topics in progress, then outline order respecting prerequisites')
    .option('-n, --number <N>', 'how many topics to list', positiveInt, 1)
    .option('--in <TOPIC>', 'only topics under TOPIC (an id, outline number or title words; overrides the focus)')
    .option('--no-review', 'leave out due reviews: only topics to study')
    .option('--explain', 'show how each topic was chosen (review due, in progress, outline order, prerequisites)')
    .addHelpText(
      'after',
      examples(
        ['mlroad next', 'the one thing to do now (a due review, else a topic)'],
        ['mlroad next -n 5', 'the next five'],
        ['mlroad next --in "deep learning"', 'only within section 8'],
        ['mlroad next --no-review', 'new topics only'],
        ['mlroad next -n 3 --explain', 'why these, in this order'],
        ['mlroad next --json | jq -r ".[0].title"', 'for scripts and prompts'],
      ),
    )
    .action(action<NextOptions>((ctx, opts) => runNext(ctx, opts)));
