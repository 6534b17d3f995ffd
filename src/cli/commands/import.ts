// mlroad import FILE: merge a JSON export into this machine's progress
// (per topic the newer change wins; history, notes and review logs are
// united). Everything is checked before anything is written.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { topicJson } from '../../render/json.js';
import { clean } from '../../render/sanitize.js';
import { glyph } from '../../render/style.js';
import { topicLabel } from '../../render/topic.js';
import { loadScheduler } from '../../core/review/load-scheduler.js';
import { parseExport, type ExportDoc } from '../../core/state/export-doc.js';
import { mergeExport, type MergeSummary } from '../../core/state/merge.js';
import { shapeProblem } from '../../store/state-file.js';
import { cloneState, type StateDoc } from '../../core/state/types.js';
import { action, examples, type Context } from '../context.js';
import { noteTime } from '../../render/notes.js';

const MAX_LISTED = 12;

async function readImport(ctx: Context, file: string): Promise<string> {
  if (file === '-') return ctx.readStdin('the import');
  try {
    return readFileSync(ctx.path(file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new UsageError(`cannot read the import file ${file}: ${why}; nothing was imported`);
  }
}

interface ImportOptions {
  dryRun?: boolean;
}

async function runImport(ctx: Context, opts: ImportOptions, file: string): Promise<void> {
  const name = file === '-' ? 'stdin' : file;
  const exported = parseExport(await readImport(ctx, file), name, ctx.now);
  const { roadmap } = ctx;
  if (exported.roadmap.id !== roadmap.id) {
    throw new UsageError(
      `${name} is progress on the roadmap "${exported.roadmap.id}" (${exported.roadmap.title}), not on "${roadmap.id}"; import it with --roadmap FILE of that roadmap. Nothing was imported.`,
    );
  }
  const scheduler = await loadScheduler();
  const merge = (doc: StateDoc) => {
    const summary = mergeExport(doc, roadmap.id, exported, ctx.now, scheduler);
    const problem = shapeProblem(doc);
    if (problem) throw new UsageError(`${name} cannot be imported: ${problem}; nothing was imported`);
    return summary;
  };
  let summary: MergeSummary;
  if (opts.dryRun) {
    const copy = cloneState(ctx.doc);
    summary = merge(copy);
    ctx.refresh(copy);
  } else {
    let written: StateDoc | undefined;
    summary = await ctx.store.update((doc) => {
      written = doc;
      return merge(doc);
    });
    ctx.refresh(written!);
  }
  report(ctx, summary, exported, name, Boolean(opts.dryRun), file === '-' ? null : ctx.path(file));
}

function report(ctx: Context, s: MergeSummary, exported: ExportDoc, name: string, dryRun: boolean, file: string | null): void {
  const { roadmap, progress, c } = ctx;
  const known = s.changed.filter((x) => roadmap.byId.has(x.id));
  const unknown = Object.keys(exported.topics).filter((id) => !roadmap.byId.has(id));
  if (ctx.json) {
    ctx.printJson({
      file,
      dry_run: dryRun,
      changed: known.map((x) => ({ ...topicJson(roadmap.byId.get(x.id)!, progress), previous: x.from })),
      kept: s.keptLocal.map((x) => ({ id: x.id, status: x.here, file_status: x.file })),
      history_added: s.historyAdded,
      notes_added: s.notesAdded,
      reviews_added: s.reviewsAdded,
      not_in_roadmap: unknown,
    });
    return;
  }
  const lines = [`${dryRun ? 'Would import' : 'Imported'} ${clean(name)} ${c.dim(`(exported ${noteTime(exported.exported_at)})`)}`];
  if (!s.changed.length && !s.historyAdded && !s.notesAdded && !s.reviewsAdded) {
    lines.push('  Nothing new: everything in it is already here.');
  } else {
    lines.push(`  ${s.changed.length} topic${s.changed.length === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'} status${s.changed.length ? ':' : ''}`);
    for (const x of known.slice(0, MAX_LISTED)) lines.push(`    ${topicLabel(c, roadmap.byId.get(x.id)!)}  ${c.dim(x.from)} → ${glyph(c, x.to)} ${x.to}`);
    if (known.length > MAX_LISTED) lines.push(c.dim(`    … and ${known.length - MAX_LISTED} more`));
    const added = [`${s.historyAdded} history entr${s.historyAdded === 1 ? 'y' : 'ies'}`, `${s.notesAdded} note${s.notesAdded === 1 ? '' : 's'}`];
    if (s.reviewsAdded) added.push(`${s.reviewsAdded} review${s.reviewsAdded === 1 ? '' : 's'}`);
    lines.push(`  ${added.join(', ')} ${dryRun ? 'to add' : 'added'}`);
  }
  if (s.keptLocal.length) {
    lines.push(
      `  ${s.keptLocal.length} topic${s.keptLocal.length === 1 ? '' : 's'} kept as here (changed more recently here): ` +
        s.keptLocal
          .map((x) => roadmap.byId.get(x.id)?.number ?? x.id)
          .slice(0, MAX_LISTED)
          .join(', '),
    );
  }
  if (unknown.length)
    lines.push(
      c.dim(
        `  ${unknown.length} topic${unknown.length === 1 ? ' is' : 's are'} not in this roadmap file (kept): ${unknown.slice(0, 5).map(clean).join(', ')}${unknown.length > 5 ? ', …' : ''}`,
      ),
    );
  if (dryRun) lines.push(c.dim('Dry run: nothing was written.'));
  else if (s.changed.length) {
    const k = progress.counts();
    lines.push(c.dim(`${k.done}/${k.total} done (${Math.floor(k.percent)}%).`));
  }
  ctx.print(lines.join('\n'));
}

export const importCommand = () =>
  new Command('import')
    .description('merge a JSON export (from `mlroad export`) into your progress: per topic the newer change wins')
    .argument('<FILE>', 'a JSON export, or - for stdin')
    .option('--dry-run', 'show what would change, write nothing')
    .addHelpText(
      'after',
      examples(
        ['mlroad import progress.json --dry-run', 'see what it would change'],
        ['mlroad import progress.json', 'merge it'],
        ['ssh desktop mlroad export | mlroad import -', 'pull progress from another machine'],
      ) + '\nHistory and notes from both sides are kept (without duplicates); `mlroad undo` walks back through imported changes too.\n',
    )
    .action(action<ImportOptions>((ctx, opts, [file]) => runImport(ctx, opts, file as string)));
