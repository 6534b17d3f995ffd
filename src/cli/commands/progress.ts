import { Command, Option } from 'commander';
import { formatHours } from '../../core/roadmap/estimate.js';
import type { Topic } from '../../core/roadmap/types.js';
import { progressJson } from '../../render/json.js';
import { practiceCounts } from '../../core/state/practice.js';
import { clean } from '../../render/sanitize.js';
import { bar, padEnd, padStart, truncate, width } from '../../render/text.js';
import { action, examples, type Context } from '../context.js';
import { positiveInt } from '../options.js';

interface ProgressOptions {
  depth: number;
  short?: boolean;
  format?: 'text' | 'shields';
  label?: string;
}

/** "ML" for "Machine Learning Roadmap": the initials of a title's words, or its one word. */
export function shortLabel(title: string): string {
  const words = clean(title)
    .replace(/\broadmap\b/gi, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return 'progress';
  return words.length === 1 ? words[0]! : words.map((w) => w[0]!.toUpperCase()).join('');
}

/** One line for a shell prompt: "ML 42% ▰▰▰▰▱▱▱▱▱▱". */
export const shortLine = (label: string, percent: number) => {
  const filled = Math.min(10, Math.floor(percent / 10));
  return `${label} ${Math.floor(percent)}% ${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)}`;
};

/** A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export function shieldsBadge(label: string, done: number, total: number, percent: number) {
  const color =
    percent >= 100 ? 'brightgreen' : percent >= 75 ? 'green' : percent >= 50 ? 'yellowgreen' : percent >= 25 ? 'yellow' : percent > 0 ? 'orange' : 'lightgrey';
  return { schemaVersion: 1, label, message: `${Math.floor(percent)}% (${done}/${total})`, color };
}

export function runProgress(ctx: Context, opts: ProgressOptions, ref?: string): void {
  const scope = ref ? ctx.topic(ref) : null;
  const { progress, c } = ctx;
  if (opts.short || opts.format === 'shields') {
    const k = progress.counts(scope ?? undefined);
    const label = clean(opts.label ?? shortLabel(scope ? scope.title : ctx.roadmap.title));
    if (opts.format === 'shields') ctx.printJson(shieldsBadge(label, k.done, k.total, k.percent));
    else if (ctx.json) ctx.printJson(progressJson(ctx.roadmap, progress, scope, opts.depth, ctx.state));
    else ctx.print(shortLine(label, k.percent));
    return;
  }
  if (ctx.json) {
    ctx.printJson(progressJson(ctx.roadmap, progress, scope, opts.depth, ctx.state));
    return;
  }
  const total = progress.counts(scope ?? undefined);
  const left = progress.hoursLeft(scope ?? undefined);
  const heading = scope ? `${scope.number} ${clean(scope.title)}` : clean(ctx.roadmap.title);
  const parts = [`${total.done}/${total.total} done`];
  if (total.in_progress) parts.push(`${total.in_progress} in progress`);
  if (total.skipped) parts.push(`${total.skipped} skipped`);
  if (left !== null) parts.push(left > 0 ? `~${formatHours(left)} left` : 'nothing left');
  const { exercises, practiced } = practiceCounts(ctx.roadmap, ctx.state, scope ?? undefined);
  if (exercises) parts.push(`${practiced}/${exercises} exercises solved`);
  const overallBar = bar(total.percent / 100, 30);
  const lines = [c.bold(heading), `${c.green(overallBar)} ${padStart(`${Math.floor(total.percent)}%`, 4)}  ${parts.join(c.dim(' · '))}`];

  // One row per section (and sub-sections down to --depth), columns aligned.
  const rows: { topic: Topic; indent: number }[] = [];
  const collect = (list: readonly Topic[], d: number, indent: number) => {
    for (const t of list) {
      rows.push({ topic: t, indent });
      if (d > 1) collect(t.children, d - 1, indent + 2);
    }
  };
  collect(scope ? scope.children : ctx.roadmap.topics, opts.depth, 0);
  if (rows.length) {
    lines.push('');
    const numW = Math.max(...rows.map((r) => r.indent + r.topic.number.length));
    const cntW = Math.max(
      ...rows.map((r) => {
        const k = progress.counts(r.topic);
        return `${k.done}/${k.total}`.length;
      }),
    );
    const barW = 12;
    // number, title, bar, percent, counts, time left: fit the title into what remains.
    const fixed = 2 + numW + 2 + 2 + barW + 5 + 2 + cntW + 2 + 9;
    const titleW = Math.max(12, Math.min(Math.max(...rows.map((r) => width(clean(r.topic.title)))), ctx.cols - fixed));
    for (const { topic, indent } of rows) {
      const k = progress.counts(topic);
      const hours = progress.hoursLeft(topic);
      const done = k.done + k.skipped === k.total;
      const paint = done ? c.green : k.done || k.in_progress ? c.yellow : c.dim;
      lines.push(
        [
          '  ' + padEnd(' '.repeat(indent) + topic.number, numW),
          padEnd(truncate(clean(topic.title), titleW), titleW),
          paint(bar(k.percent / 100, barW)),
          padStart(`${Math.floor(k.percent)}%`, 4),
          padStart(`${k.done}/${k.total}`, cntW),
          hours ? c.dim(`~${formatHours(hours)} left`) : '',
        ]
          .join('  ')
          .trimEnd(),
      );
    }
  }
  ctx.print(lines.join('\n'));
}

export const progressCommand = () =>
  new Command('progress')
    .description('overall and per-section progress with bars and time left')
    .argument('[TOPIC]', 'show only this part of the roadmap')
    .option('-d, --depth <N>', 'levels of sections to list', positiveInt, 1)
    .option('-s, --short', 'one line for a shell prompt: "ML 42% ▰▰▰▰▱▱▱▱▱▱"')
    .addOption(new Option('--format <FORMAT>', 'text, or shields: a shields.io endpoint badge (JSON)').choices(['text', 'shields']).default('text'))
    .option('--label <TEXT>', 'the label of --short and --format shields (default: the initials of the title, "ML")')
    .addHelpText(
      'after',
      examples(
        ['mlroad progress', 'overall and per section'],
        ['mlroad progress --depth 2', 'with sub-sections'],
        ['mlroad progress 8', 'only Deep Learning'],
        ['mlroad progress --json | jq .percent', 'for scripts'],
        ['mlroad progress --short', 'ML 42% ▰▰▰▰▱▱▱▱▱▱ (for a shell prompt)'],
        ['mlroad progress --format shields > badge.json', 'a shields.io endpoint badge'],
      ),
    )
    .action(action<ProgressOptions>((ctx, opts, [ref]) => runProgress(ctx, opts, ref as string | undefined)));
