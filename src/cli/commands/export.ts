// mlroad export: your progress as JSON (for `mlroad import` on another
// machine), a Markdown task list (for a README or a gist) or CSV (for a
// spreadsheet). Stdout unless -o FILE.
import { Command, Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import { writeFileDurably } from '../../store/durable-write.js';
import { writerIdentity } from '../../store/processes.js';
import type { Progress } from '../../core/progress.js';
import { pathOf, type Roadmap, type Topic } from '../../core/roadmap/types.js';
import { clean, cleanBlock, toJson } from '../../render/sanitize.js';
import { buildExport } from '../../core/state/export-doc.js';
import { notesOf } from '../../core/state/notes.js';
import type { RoadmapState } from '../../core/state/types.js';
import { action, examples, type Context } from '../context.js';
import { noteTime } from '../../render/notes.js';

const FORMATS = ['json', 'markdown', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** Backslash-escapes what Markdown would read as formatting or HTML. */
const markdownText = (text: string) => clean(text).replace(/[\\`*_{}[\]<>()#|~!]/g, (ch) => `\\${ch}`);

/** A nested GitHub task list, one line per topic; a parent is checked when its derived status is done. */
function toMarkdown(roadmap: Roadmap, progress: Progress, at: Date): string {
  const k = progress.counts();
  const lines = [
    `# ${markdownText(roadmap.title)}`,
    '',
    `${k.done}/${k.total} topics done (${Math.floor(k.percent)}%) · exported ${at.toISOString().slice(0, 10)} with mlroad`,
    '',
  ];
  for (const t of roadmap.all) {
    const status = progress.status(t);
    const title = `${t.number} ${markdownText(t.title)}`;
    const text = status === 'skipped' ? `~~${title}~~ (skipped)` : status === 'in-progress' && !t.children.length ? `${title} (in progress)` : title;
    lines.push(`${'  '.repeat(t.depth)}- [${status === 'done' ? 'x' : ' '}] ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading apostrophe. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = ['number', 'id', 'title', 'path', 'depth', 'leaf', 'status', 'estimate_hours', 'changed_at', 'notes'] as const;

function toCsv(roadmap: Roadmap, progress: Progress, state: RoadmapState | undefined): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const t of roadmap.all) {
    const record = state?.topics[t.id];
    const notes = notesOf(record)
      .map((n) => `${noteTime(n.at)} ${cleanBlock(n.text)}`)
      .join('\n');
    rows.push([
      t.number,
      t.id,
      clean(t.title),
      pathOf(t).map(clean).join(' > '),
      t.depth + 1,
      t.children.length ? 'no' : 'yes',
      progress.status(t),
      t.estimateHours === null ? null : Math.round(t.estimateHours * 100) / 100,
      lastChange(roadmap, t, state),
      notes,
    ]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** Time of the latest status change of a topic (of any of its leaves, for a parent). */
function lastChange(roadmap: Roadmap, topic: Topic, state: RoadmapState | undefined): string | null {
  let latest: string | null = null;
  for (const leaf of roadmap.leaves.slice(topic.leafStart, topic.leafEnd)) {
    const at = state?.topics[leaf.id]?.history.at(-1)?.at;
    if (at && (latest === null || at > latest)) latest = at;
  }
  return latest;
}

function formatFor(format: Format | undefined, output: string | undefined, json: boolean): Format {
  if (format) {
    if (json && format !== 'json' && !output) throw new UsageError(`--json prints JSON; drop it to export ${format}, or use -o FILE`);
    return format;
  }
  if (output) {
    if (/\.(md|markdown)$/i.test(output)) return 'markdown';
    if (/\.csv$/i.test(output)) return 'csv';
  }
  return 'json';
}

interface ExportOptions {
  format?: Format;
  output?: string;
}

function runExport(ctx: Context, opts: ExportOptions): void {
  const format = formatFor(opts.format, opts.output, ctx.json);
  const { roadmap, progress, state } = ctx;
  const text =
    format === 'json'
      ? `${toJson(buildExport(roadmap, state, ctx.now))}\n`
      : format === 'markdown'
        ? toMarkdown(roadmap, progress, ctx.now)
        : toCsv(roadmap, progress, state);
  if (!opts.output || opts.output === '-') {
    ctx.stdout.write(text);
    return;
  }
  const file = ctx.path(opts.output);
  // Durably, like the state (a full disk leaves yesterday's export as it was), and private: it holds the same notes.
  const { system } = ctx.io;
  writeFileDurably(file, text, writerIdentity(system));
  const topics = Object.keys(state?.topics ?? {}).length;
  if (ctx.json) ctx.printJson({ file, format, bytes: Buffer.byteLength(text) });
  else
    ctx.print(
      `Exported ${format === 'json' ? `${topics} topic record${topics === 1 ? '' : 's'}` : `${roadmap.all.length} topics`} of ${clean(roadmap.title)} as ${format} to ${clean(file)}`,
    );
}

export const exportCommand = () =>
  new Command('export')
    .description('export your progress: JSON (to import elsewhere), a Markdown task list, or CSV')
    .addOption(new Option('-f, --format <FORMAT>', 'json, markdown or csv (default: from the -o extension, else json)').choices(FORMATS))
    .option('-o, --output <FILE>', 'write to FILE instead of stdout')
    .addHelpText(
      'after',
      examples(
        ['mlroad export -o progress.json', 'a backup, or to carry to another machine'],
        ['mlroad export --format markdown > PROGRESS.md', 'a checklist for a README or a gist'],
        ['mlroad export -o progress.csv', 'a spreadsheet (format from the extension)'],
        ['mlroad export | ssh laptop mlroad import -', 'sync to another machine'],
      ) + '\nThe JSON export holds statuses, history, notes and review cards; `mlroad import` merges it.\n',
    )
    .action(action<ExportOptions>((ctx, opts) => runExport(ctx, opts)));
