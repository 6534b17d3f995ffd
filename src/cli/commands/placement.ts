// placement: someone who already knows part of the roadmap answers one
// self-check question per leaf still to study (a section, or everything) and
// says "knew it" or "not yet"; what they knew becomes done in one change
// (history: "placement"; a first review card as for `done`), undone by one
// `mlroad undo`. In scripts: --json lists the questions, --known applies answers.
import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { isInteractive } from '../../core/io.js';
import { placementItems, type PlacementItem } from '../../core/placement.js';
import { leavesOf, type Topic } from '../../core/roadmap/types.js';
import { plural } from '../../core/words.js';
import { applyPlacement } from '../../actions/placement.js';
import { topicJson } from '../../render/json.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { padEnd, wrap } from '../../render/text.js';
import { topicLabel, topicPath } from '../../render/topic.js';
import { action, examples, type Context } from '../context.js';

interface PlacementOptions {
  known?: string[];
}

const MAX_LISTED = 12;

/** A topic is within the scope when it is the scope or below it. */
const within = (topic: Topic, scope: Topic | undefined) => !scope || (topic.leafStart >= scope.leafStart && topic.leafEnd <= scope.leafEnd);

function scopeName(ctx: Context, scope: Topic | undefined): string {
  return clean(scope ? `${scope.number} ${scope.title}` : ctx.roadmap.title);
}

/** Writes what was known (one change) and says what happened. */
async function apply(ctx: Context, known: Topic[], asked: number, extra: string[] = []): Promise<void> {
  const { changed, doc } = await applyPlacement(ctx.store, ctx.roadmap, known, ctx.now);
  ctx.refresh(doc);
  if (ctx.json) {
    ctx.printJson({ changed: changed.map((t) => topicJson(t, ctx.progress)) });
    return;
  }
  const { c } = ctx;
  const lines = [...extra];
  if (changed.length === 0)
    lines.push(`Nothing marked done${asked ? `: you answered "not yet" to ${asked === 1 ? 'the question' : `all ${asked} questions`}` : ''}.`);
  else {
    lines.push(`${c.green(ctx.glyphs.ok)} Marked ${plural(changed.length, 'topic')} done (placement), each with a first review in a few days:`);
    for (const t of changed.slice(0, MAX_LISTED)) lines.push(`    ${topicLabel(c, t)}`);
    if (changed.length > MAX_LISTED) lines.push(c.dim(`    ${ctx.glyphs.ellipsis} and ${changed.length - MAX_LISTED} more`));
    lines.push(c.dim('Undo it all at once: mlroad undo'));
  }
  const counts = ctx.progress.counts();
  lines.push(c.dim(`${counts.done}/${counts.total} done (${Math.floor(counts.percent)}%). What to study now: mlroad next`));
  ctx.printText(lines.join('\n'), 4);
}

/** --known TOPIC...: the leaves named (a parent: its leaves), not done yet, within the scope. */
async function runKnown(ctx: Context, refs: string[], scope: Topic | undefined): Promise<void> {
  const topics = refs.map((ref) => ctx.topic(ref));
  const outside = topics.find((t) => !within(t, scope));
  if (outside) throw new UsageError(`${outside.number} ${outside.title} is not under ${scope!.number} ${scope!.title}, the placement's scope`);
  const leaves = [...new Set(topics.flatMap((t) => [...leavesOf(ctx.roadmap, t)]))].filter((l) => ctx.progress.status(l) !== 'done');
  await apply(ctx, leaves, 0);
}

/** Without a terminal: the questions as JSON (with their answers), or as a list with how to answer. */
function list(ctx: Context, items: PlacementItem[], scope: Topic | undefined): void {
  if (ctx.json) {
    ctx.printJson(
      items.map((i) => ({ ...topicJson(i.topic, ctx.progress), question: i.question, answer: i.answer, answer_is_description: i.fromDescription })),
    );
    return;
  }
  const { c } = ctx;
  const width = Math.min(ctx.cols, 100);
  const lines = [`${c.bold(`Placement: ${plural(items.length, 'question')}`)} on ${scopeName(ctx, scope)} ${c.dim('(one per topic still to study)')}`, ''];
  const numberWidth = Math.max(...items.map((i) => i.topic.number.length));
  const indent = ' '.repeat(numberWidth + 4);
  for (const { topic, question } of items) {
    lines.push(`  ${c.cyan.bold(padEnd(topic.number, numberWidth))}  ${c.bold(clean(topic.title))}`);
    const path = topicPath(topic);
    if (path) lines.push(`${indent}${c.dim(path)}`);
    lines.push(wrap(`Q: ${cleanBlock(question)}`, width, indent), '');
  }
  const where = scope ? ` ${scope.number}` : '';
  lines.push(
    c.dim(
      `Answer them on a terminal: mlroad placement${where} ${ctx.glyphs.sep} or mark what you know: mlroad placement --known ${items[0]!.topic.number} ${ctx.glyphs.ellipsis}`,
    ),
  );
  ctx.printText(lines.join('\n'));
}

async function runPlacement(ctx: Context, ref: string | undefined, opts: PlacementOptions): Promise<void> {
  const scope = ref !== undefined ? ctx.topic(ref) : undefined;
  if (opts.known?.length) return runKnown(ctx, opts.known, scope);
  const items = placementItems(ctx.progress, scope);
  if (items.length === 0) {
    if (ctx.json) ctx.printJson([]);
    else ctx.print(`Nothing to place in ${scopeName(ctx, scope)}: every topic is done, in progress or skipped.`);
    return;
  }
  if (ctx.json || !isInteractive(ctx.io)) return list(ctx, items, scope);
  const { c } = ctx;
  ctx.print(
    `${c.bold(`Placement: ${scopeName(ctx, scope)}`)} ${c.dim(`${ctx.glyphs.sep} ${plural(items.length, 'question')}, one per topic still to study`)}\n` +
      c.dim(
        wrap(
          'Answer in your head, look at the answer, and say whether you knew it. What you knew is marked done at the end, in one change (mlroad undo takes it back).',
          Math.min(ctx.cols, 100),
        ),
      ) +
      '\n',
  );
  const { runPlacementSession } = await import('../placement-session.js');
  const result = await runPlacementSession(items, ctx.io.stdin, ctx.stdout, { c, cols: ctx.cols, glyphs: ctx.glyphs });
  const answered = result.known.length + result.notYet.length;
  const summary = `You knew ${result.known.length} of ${answered}${result.quit && answered < items.length ? ` (stopped with ${items.length - answered} left: mlroad placement${ref !== undefined ? ` ${scope!.number}` : ''} asks them again)` : ''}.`;
  await apply(ctx, result.known, answered, [summary]);
}

export const placementCommand = () =>
  new Command('placement')
    .description('already know some of it? one self-check question per topic still to study; what you knew is marked done in one change')
    .argument('[TOPIC]', 'a section or topic to place (default: the whole roadmap)')
    .option('--known <TOPIC...>', 'without questions: mark these known (a parent: its topics), for scripts')
    .addHelpText(
      'after',
      examples(
        ['mlroad placement 2', 'the questions of section 2, on a terminal'],
        ['mlroad placement', 'the whole roadmap'],
        ['mlroad placement 3 --json', 'the questions (and answers) of section 3, for a script'],
        ['mlroad placement --known 3.1 3.2.1', 'mark what a script found known'],
        ['mlroad undo', 'take a placement back, all of it'],
      ) +
        '\nKnown topics become done with history saying "placement" and a first review a few days later, as if reviewed Good; they do not count toward streaks or pace.\n',
    )
    .action(action<PlacementOptions>((ctx, opts, [ref]) => runPlacement(ctx, ref as string | undefined, opts)));
