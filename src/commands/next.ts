import { Command } from 'commander';
import { nextTopics } from '../progress/next.js';
import { topicJson } from '../render/json.js';
import { clean } from '../render/sanitize.js';
import { padEnd } from '../render/text.js';
import { estimateText, topicPath } from '../render/topic.js';
import { action, examples, type Context } from './context.js';
import { positiveInt } from './options.js';

interface NextOptions {
  number: number;
  in?: string;
}

export function runNext(ctx: Context, opts: NextOptions): void {
  const within = opts.in ? ctx.topic(opts.in) : undefined;
  const picks = nextTopics(ctx.progress, ctx.state, { limit: opts.number, ...(within ? { within } : {}) });
  if (ctx.json) {
    ctx.printJson(picks.map((p) => ({ ...topicJson(p.topic, ctx.progress), reason: p.reason })));
    return;
  }
  const { c } = ctx;
  const scope = within ?? null;
  const counts = ctx.progress.counts(scope ?? undefined);
  const scopeName = clean(scope ? `${scope.number} ${scope.title}` : ctx.roadmap.title);
  if (picks.length === 0) {
    ctx.print(`${c.green('✓')} Nothing left to study in ${scopeName}: all ${counts.total} topics are done or skipped.`);
    return;
  }
  const lines: string[] = [`${c.bold(picks.length === 1 ? 'Next up' : `Next ${picks.length}`)} in ${scopeName} ${c.dim(`(${counts.done}/${counts.total} done)`)}`, ''];
  const numberWidth = Math.max(...picks.map((p) => p.topic.number.length));
  for (const { topic, reason } of picks) {
    const indent = ' '.repeat(numberWidth + 4);
    const estimate = estimateText(topic.estimateHours);
    lines.push(`  ${c.cyan.bold(padEnd(topic.number, numberWidth))}  ${c.bold(clean(topic.title))}${estimate ? `  ${c.dim(estimate)}` : ''}`);
    const path = topicPath(topic);
    if (path) lines.push(`${indent}${c.dim(path)}`);
    lines.push(`${indent}${c.dim('why:')} ${clean(reason)}`, '');
  }
  const first = picks[0]!.topic.number;
  lines.push(c.dim(`Details: mlroad show ${first} · mark it: mlroad start ${first} / mlroad done ${first}`));
  ctx.print(lines.join('\n'));
}

export const nextCommand = () =>
  new Command('next')
    .description('what to study next, and why (in-progress topics first, then outline order respecting prerequisites)')
    .option('-n, --number <N>', 'how many topics to list', positiveInt, 1)
    .option('--in <TOPIC>', 'only topics under TOPIC (an id, outline number or title words)')
    .addHelpText(
      'after',
      examples(
        ['mlroad next', 'the one topic to study now'],
        ['mlroad next -n 5', 'the next five'],
        ['mlroad next --in "deep learning"', 'only within section 8'],
        ['mlroad next --json | jq -r ".[0].title"', 'for scripts and prompts'],
      ),
    )
    .action(action<NextOptions>((ctx, opts) => runNext(ctx, opts)));
