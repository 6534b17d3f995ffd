import { Command, Option } from 'commander';
import type { Topic } from '../../core/roadmap/types.js';
import { progressJson } from '../../render/json.js';
import { practiceCounts } from '../../core/state/practice.js';
import { clean } from '../../render/sanitize.js';
import { bar, padEnd, padStart, truncate, width } from '../../render/text.js';
import { UNICODE, type Glyphs } from '../../render/glyphs.js';
import { leftText } from '../../render/topic-detail.js';
import { action, examples, type Context } from '../context.js';
import { lostProgress } from '../../core/roadmap/renames.js';
import { warnLostProgress } from '../lost-progress.js';
import { positiveInt } from '../options.js';

interface ProgressOptions {
  depth: number;
  short?: boolean;
  format?: 'text' | 'shields';
  label?: string;
}

/** "ML" for "Machine Learning Roadmap": the initials of a title's words, or its one word. */
function shortLabel(title: string): string {
  const words = clean(title)
    .replace(/\broadmap\b/gi, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return 'progress';
  return words.length === 1 ? words[0]! : words.map((w) => w[0]!.toUpperCase()).join('');
}

/** One line for a shell prompt: "ML 42% ▰▰▰▰▱▱▱▱▱▱" (ASCII: "ML 42% ####......"). */
const shortLine = (label: string, percent: number, g: Glyphs = UNICODE) => {
  const filled = Math.min(10, Math.floor(percent / 10));
  return `${label} ${Math.floor(percent)}% ${g.meterOn.repeat(filled)}${g.meterOff.repeat(10 - filled)}`;
};

/** A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
function shieldsBadge(label: string, done: number, total: number, percent: number) {
  const color =
    percent >= 100 ? 'brightgreen' : percent >= 75 ? 'green' : percent >= 50 ? 'yellowgreen' : percent >= 25 ? 'yellow' : percent > 0 ? 'orange' : 'lightgrey';
  return { schemaVersion: 1, label, message: `${Math.floor(percent)}% (${done}/${total})`, color };
}

function runProgress(ctx: Context, opts: ProgressOptions, ref?: string): void {
  const scope = ref ? ctx.topic(ref) : null;
  const { progress, c } = ctx;
  if (opts.short || opts.format === 'shields') {
    const k = progress.counts(scope ?? undefined);
    const label = clean(opts.label ?? shortLabel(scope ? scope.title : ctx.roadmap.title));
    if (opts.format === 'shields') ctx.printJson(shieldsBadge(label, k.done, k.total, k.percent));
    else if (ctx.json) ctx.printJson(progressJson(ctx.roadmap, progress, scope, opts.depth, ctx.state));
    else ctx.print(shortLine(label, k.percent, ctx.glyphs));
    return;
  }
  const lost = lostProgress(ctx.roadmap, ctx.state);
  if (ctx.json) {
    const json = progressJson(ctx.roadmap, progress, scope, opts.depth, ctx.state);
    ctx.printJson(lost.length ? { ...json, lost_progress: lost.map((l) => ({ id: l.id, status: l.status, renamed_to: l.guess?.id ?? null })) } : json);
    return;
  }
  if (lost.length) warnLostProgress(ctx, ctx.roadmap, ctx.state);
  const g = ctx.glyphs;
  const total = progress.counts(scope ?? undefined);
  const left = progress.hoursLeft(scope ?? undefined);
  const heading = scope ? `${scope.number} ${clean(scope.title)}` : clean(ctx.roadmap.title);
  const parts = [`${total.done}/${total.total} done`];
  if (total.in_progress) parts.push(`${total.in_progress} in progress`);
  if (total.skipped) parts.push(`${total.skipped} skipped`);
  if (left !== null) parts.push(leftText(left));
  const { exercises, practiced } = practiceCounts(ctx.roadmap, ctx.state, scope ?? undefined);
  if (exercises) parts.push(`${practiced}/${exercises} exercises solved`);
  // The overall bar takes what the terminal leaves, 10 to 30 cells.
  const overallBar = bar(total.percent / 100, Math.max(10, Math.min(30, ctx.cols - 40)), g);
  ctx.printText([c.bold(heading), `${c.green(overallBar)} ${padStart(`${Math.floor(total.percent)}%`, 4)}  ${parts.join(c.dim(` ${g.sep} `))}`].join('\n'), 2);

  // One row per section (and sub-sections down to --depth), columns aligned.
  const rows: { topic: Topic; indent: number }[] = [];
  const collect = (list: readonly Topic[], d: number, indent: number) => {
    for (const t of list) {
      rows.push({ topic: t, indent });
      if (d > 1) collect(t.children, d - 1, indent + 2);
    }
  };
  collect(scope ? scope.children : ctx.roadmap.topics, opts.depth, 0);
  if (rows.length) ctx.print(['', ...sectionRows(ctx, rows)].join('\n'));
}

/**
 * The section table: number, title, bar, percent, done/total, time left. On a
 * terminal it fits the width: the bar narrows (or goes) first, then titles
 * are cut, and when even that is too tight the time left goes to a line of
 * its own. In a pipe nothing is cut.
 */
function sectionRows(ctx: Context, rows: { topic: Topic; indent: number }[]): string[] {
  const { progress, c } = ctx;
  const g = ctx.glyphs;
  const cols = ctx.tty ? ctx.cols : Infinity;
  const facts = rows.map(({ topic, indent }) => {
    const k = progress.counts(topic);
    const hours = progress.hoursLeft(topic);
    const skipped = k.total > 0 && k.skipped === k.total;
    return {
      topic,
      indent,
      k,
      skipped,
      title: clean(topic.title),
      // Every leaf skipped: not "100 %" with a full bar, but what it is.
      tail: skipped ? 'skipped' : hours ? leftText(hours) : '',
    };
  });
  const numW = Math.max(...facts.map((r) => r.indent + r.topic.number.length));
  const cntW = Math.max(...facts.map((r) => `${r.k.done}/${r.k.total}`.length));
  const tailW = Math.max(...facts.map((r) => width(r.tail)));
  const titleMax = Math.max(...facts.map((r) => width(r.title)));
  const minTitle = Math.min(titleMax, 10);
  const fixedFor = (barW: number) => 2 + numW + 2 + (barW ? barW + 2 : 0) + 4 + 2 + cntW;
  const titleRoom = (barW: number, withTail: boolean) => cols - fixedFor(barW) - 2 - (withTail && tailW ? tailW + 2 : 0);
  // The widest bar with which the time left still fits on the row; else it goes below.
  const bars = [12, 8, 4, 0].filter((w) => w === 0 || cols >= 44 + w * 2);
  const fitting = bars.find((w) => titleRoom(w, true) >= minTitle);
  const inline = fitting !== undefined;
  const barW = fitting ?? bars[0]!;
  const titleW = Math.max(Math.min(minTitle, 8), Math.min(titleMax, titleRoom(barW, inline)));
  const out: string[] = [];
  for (const r of facts) {
    const { k } = r;
    const done = k.done + k.skipped === k.total;
    const paint = r.skipped ? c.dim : done ? c.green : k.done || k.in_progress ? c.yellow : c.dim;
    const cells = [
      '  ' + padEnd(' '.repeat(r.indent) + r.topic.number, numW),
      padEnd(truncate(r.title, titleW, g.ellipsis), titleW),
      ...(barW ? [paint(r.skipped ? g.barEmpty.repeat(barW) : bar(k.percent / 100, barW, g))] : []),
      padStart(r.skipped ? '-' : `${Math.floor(k.percent)}%`, 4),
      padStart(`${k.done}/${k.total}`, cntW),
    ];
    if (inline) out.push([...cells, r.tail ? c.dim(r.tail) : ''].join('  ').trimEnd());
    else {
      out.push(cells.join('  ').trimEnd());
      if (r.tail) out.push(`${' '.repeat(4 + numW)}${c.dim(r.tail)}`);
    }
  }
  return out;
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
