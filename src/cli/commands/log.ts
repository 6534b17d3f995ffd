// mlroad log: the timeline of status changes, oldest first.
import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { leavesOf } from '../../core/roadmap/types.js';
import type { Status } from '../../core/progress.js';
import { clean } from '../../render/sanitize.js';
import { glyph, STATUS_TEXT } from '../../render/style.js';
import { padEnd } from '../../render/text.js';
import type { RoadmapState } from '../../core/state/types.js';
import { addDays, startOfDay } from '../../core/stats/days.js';
import type { Roadmap } from '../../core/roadmap/types.js';
import { action, examples, type Context } from '../context.js';
import { noteTime } from '../../render/notes.js';
import { positiveInt } from '../options.js';

interface LogEntry {
  at: string;
  id: string;
  number: string | null;
  title: string | null;
  status: Status;
  previous: Status;
  change: number;
  /** The change an undo entry reverts, else null. */
  undoes: number | null;
  /** What made the change when it was not a status command ("placement"), else null. */
  via: string | null;
}

/** Every history entry of the roadmap's state, oldest first (topics no longer in the file have no number or title). */
function logEntries(roadmap: Roadmap, state: RoadmapState | undefined): LogEntry[] {
  const out: LogEntry[] = [];
  for (const [id, record] of Object.entries(state?.topics ?? {})) {
    const topic = roadmap.byId.get(id);
    for (const h of record.history) {
      out.push({
        at: h.at,
        id,
        number: topic?.number ?? null,
        title: topic?.title ?? null,
        status: h.status,
        previous: h.previous,
        change: h.change,
        undoes: h.undoes ?? null,
        via: h.via ?? null,
      });
    }
  }
  const rank = (e: LogEntry) => roadmap.byId.get(e.id)?.index ?? Infinity;
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.change - b.change || rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** --since: a date (local midnight), an ISO time, or "7d" / "2w" before now. */
function parseSince(value: string, now: Date): Date {
  const v = value.trim();
  const relative = /^(\d+)([dw])$/.exec(v);
  if (relative) return addDays(startOfDay(now), -Number(relative[1]) * (relative[2] === 'w' ? 7 : 1));
  if (v === 'today') return startOfDay(now);
  if (v === 'yesterday') return addDays(startOfDay(now), -1);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (day) {
    const d = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    if (d.getMonth() === Number(day[2]) - 1) return d;
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) return new Date(v);
  throw new UsageError(`--since "${value}": expected a date (2026-03-01), an ISO time, "today", "yesterday", or a span such as 7d or 2w`);
}

interface LogOptions {
  since?: string;
  last?: number;
}

function runLog(ctx: Context, opts: LogOptions, ref?: string): void {
  const scope = ref ? ctx.topic(ref) : null;
  let entries = logEntries(ctx.roadmap, ctx.state);
  if (scope) {
    const ids = new Set([scope.id, ...leavesOf(ctx.roadmap, scope).map((l) => l.id)]);
    entries = entries.filter((e) => ids.has(e.id));
  }
  if (opts.since !== undefined) {
    const since = parseSince(opts.since, ctx.now).getTime();
    entries = entries.filter((e) => Date.parse(e.at) >= since);
  }
  if (opts.last !== undefined) entries = entries.slice(-opts.last);
  if (ctx.json) {
    ctx.printJson(entries);
    return;
  }
  const { c } = ctx;
  if (!entries.length) {
    ctx.print(opts.since || scope ? 'No status changes match.' : 'No history yet: mark a topic with mlroad start/done TOPIC.');
    return;
  }
  const lines: string[] = [];
  let day = '';
  const numberW = Math.max(...entries.map((e) => (e.number ?? e.id).length));
  for (const e of entries) {
    const [date, time] = noteTime(e.at).split(' ');
    if (date !== day) {
      if (day) lines.push('');
      lines.push(c.bold(`${date} ${new Date(e.at).toLocaleDateString('en-US', { weekday: 'short' })}`));
      day = date!;
    }
    const what = `${glyph(c, e.status, ctx.glyphs)} ${padEnd(STATUS_TEXT[e.status], 11)}`;
    const topic = e.number ? `${c.bold(padEnd(e.number, numberW))} ${clean(e.title!)}` : `${padEnd(e.id, numberW)} ${c.dim('(not in this roadmap)')}`;
    const how = e.undoes !== null ? 'undo; ' : e.via !== null ? `${clean(e.via)}; ` : '';
    const tail = c.dim(`  (${how}was ${STATUS_TEXT[e.previous]})`);
    lines.push(`  ${c.dim(time!)}  ${what} ${topic}${tail}`);
  }
  ctx.print(lines.join('\n'));
}

export const logCommand = () =>
  new Command('log')
    .description('the timeline of your status changes, oldest first')
    .argument('[TOPIC]', 'only this topic (a parent: its topics)')
    .option('--since <DATE>', 'only changes since a date (2026-03-01), a time, today, yesterday, or 7d / 2w ago')
    .option('-n, --last <N>', 'only the last N changes', positiveInt)
    .addHelpText(
      'after',
      examples(
        ['mlroad log', 'everything, day by day'],
        ['mlroad log --since 7d', 'the last week'],
        ['mlroad log 8 --since 2026-03-01', 'Deep Learning since March 1'],
        ['mlroad log --json | jq length', 'for scripts'],
      ),
    )
    .action(action<LogOptions>((ctx, opts, [ref]) => runLog(ctx, opts, ref as string | undefined)));
