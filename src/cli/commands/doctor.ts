// `mlroad doctor`: is everything readable, what progress is orphaned, and the
// two repairs a learner may need (a damaged state file, a renamed topic id).
import { chmodSync, existsSync, statSync } from 'node:fs';
import { Command } from 'commander';
import { OperationalError, RoadmapError, UsageError, type Problem } from '../../core/errors.js';
import { loadRoadmap } from '../../store/roadmap-file.js';
import type { Roadmap } from '../../core/roadmap/types.js';
import { clean } from '../../render/sanitize.js';
import { orphans, renameTopic } from '../../store/salvage.js';
import { describeHolder, isStale, readLock, removeLock } from '../../store/lock.js';
import type { StateDoc } from '../../core/state/types.js';
import { action, examples, type Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { STATUS_TEXT } from '../../render/style.js';

interface DoctorOptions {
  repair?: boolean;
  rename?: string[];
  unlock?: boolean;
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** Further lines, indented under the check. */
  more?: string[];
}

async function runDoctor(ctx: Context, opts: DoctorOptions): Promise<void> {
  if (opts.rename) return runRename(ctx, opts.rename);
  if (opts.unlock) return runUnlock(ctx);
  const { c } = ctx;
  const checks: Check[] = [];
  const out: Record<string, unknown> = {};

  let roadmap: Roadmap | null = null;
  try {
    roadmap = loadRoadmap(ctx.roadmapFile, ctx.cache).roadmap;
    checks.push({ name: 'roadmap', ok: true, detail: `${displayPath(ctx.roadmapFile, ctx.io.cwd)}: valid, ${roadmap.all.length} topics` });
    out.roadmap = { file: ctx.roadmapFile, valid: true };
  } catch (error) {
    if (!(error instanceof RoadmapError) && !(error instanceof UsageError)) throw error;
    const problems = error instanceof RoadmapError ? error.problems.filter((p: Problem) => p.severity === 'error').length : 1;
    checks.push({
      name: 'roadmap',
      ok: false,
      detail: `${displayPath(ctx.roadmapFile, ctx.io.cwd)}: ${error instanceof RoadmapError ? `${problems} problem(s); run \`mlroad validate\`` : error.message}`,
    });
    out.roadmap = { file: ctx.roadmapFile, valid: false };
  }

  const file = ctx.store.file;
  let doc: StateDoc | null = null;
  if (!existsSync(file)) {
    checks.push({ name: 'state', ok: true, detail: `${file}: no progress recorded yet` });
    out.state = { file, ok: true, exists: false };
  } else {
    try {
      doc = ctx.store.read();
      let mode = statSync(file).mode & 0o777;
      if (mode !== 0o600 && opts.repair) {
        chmodSync(file, 0o600);
        mode = 0o600;
      }
      const count = Object.values(doc.roadmaps).reduce((n, r) => n + Object.keys(r.topics).length, 0);
      const privateFile = mode === 0o600;
      checks.push({
        name: 'state',
        ok: privateFile,
        detail: `${file}: readable, ${count} topic record(s), mode ${mode.toString(8)}${privateFile ? '' : ' (should be 600: run `mlroad doctor --repair`)'}`,
      });
      out.state = { file, ok: true, exists: true, mode: mode.toString(8), records: count };
    } catch (error) {
      if (!(error instanceof OperationalError)) throw error;
      if (opts.repair) {
        const result = await ctx.store.repair(ctx.now);
        checks.push({ name: 'state', ok: true, detail: `${file}: repaired; the damaged file is at ${result.backup}` });
        for (const d of result.dropped) checks.push({ name: 'dropped', ok: false, detail: d });
        out.state = { file, ok: true, repaired: true, backup: result.backup, dropped: result.dropped };
        doc = result.doc;
      } else {
        checks.push({ name: 'state', ok: false, detail: `${error.message}` });
        out.state = { file, ok: false, problem: error.message };
      }
    }
  }
  const lock = ctx.store.lockFile;
  const holder = readLock(lock);
  if (holder) {
    const stale = isStale(holder, ctx.io);
    const who = describeHolder(holder, ctx.io.system.hostname);
    checks.push({
      name: 'lock',
      ok: false,
      detail: stale
        ? `${lock} was left by ${who}, which is gone; the next write removes it`
        : `${lock} is held by ${who}; if no mlroad is running (a stopped one: resume it), remove it with \`mlroad doctor --unlock\``,
    });
    out.lock = { file: lock, pid: holder.pid, host: holder.host, since: holder.at ? new Date(holder.at).toISOString() : null, stale };
  }

  const lost = doc && roadmap ? orphans(doc, roadmap) : [];
  out.orphans = lost.map((o) => ({ id: o.id, status: o.record.status, at: o.record.history.at(-1)?.at ?? null }));
  if (lost.length) {
    checks.push({
      name: 'orphans',
      ok: false,
      detail: `${lost.length} topic(s) have progress but are not in this roadmap (kept; they return if the id returns)`,
      more: [...lost.map((o) => `${o.id}  ${o.record.status}`), 'map a renamed id with `mlroad doctor --rename OLD NEW`'],
    });
  }

  const healthy = checks.every((k) => k.ok || k.name === 'orphans' || k.name === 'lock' || k.name === 'dropped');
  if (!healthy) ctx.exitCode = 1;
  if (ctx.json) {
    ctx.printJson({ healthy, ...out });
    return;
  }
  const lines: string[] = [];
  for (const k of checks) {
    lines.push(`${k.ok ? c.green(ctx.glyphs.ok) : c.yellow('!')} ${c.bold(k.name.padEnd(8))} ${clean(k.detail)}`);
    for (const more of k.more ?? []) lines.push(`           ${clean(more)}`);
  }
  ctx.print(lines.join('\n'));
}

/** Removes the state's lock file whoever holds it: for a lock of another host, or of a holder that cannot be resumed. */
function runUnlock(ctx: Context): void {
  const lock = ctx.store.lockFile;
  const holder = removeLock(lock);
  if (ctx.json) {
    ctx.printJson({ unlocked: holder !== null, file: lock, holder: holder ? { pid: holder.pid, host: holder.host } : null });
    return;
  }
  if (!holder) {
    ctx.print(`No lock to remove: ${clean(lock)} does not exist.`);
    return;
  }
  const alive = !isStale(holder, ctx.io) && holder.host === ctx.io.system.hostname;
  ctx.print(`${ctx.c.green(ctx.glyphs.ok)} Removed ${clean(lock)} (held by ${clean(describeHolder(holder, ctx.io.system.hostname))}).`);
  if (alive) ctx.warn(`mlroad: process ${holder.pid} still runs: if it is an mlroad that was stopped, what it writes when resumed may be lost.`);
}

async function runRename(ctx: Context, [oldId, newRef]: string[]): Promise<void> {
  if (!oldId || !newRef) throw new UsageError('--rename takes two arguments: OLD NEW');
  const target = ctx.topic(newRef);
  if (target.children.length) throw new UsageError(`${target.number} ${target.title} is not a leaf; progress belongs to leaves`);
  const roadmapId = ctx.roadmap.id;
  const known = ctx.doc.roadmaps[roadmapId]?.topics[oldId];
  if (!known) throw new UsageError(`no progress is recorded for "${oldId}" in ${roadmapId} (see \`mlroad doctor\` for orphaned ids)`);
  const record = await ctx.store.update((doc) => renameTopic(doc, roadmapId, oldId, target.id));
  if (ctx.json) {
    ctx.printJson({ renamed: { from: oldId, to: target.id, status: record.status } });
    return;
  }
  ctx.print(
    `${ctx.c.green(ctx.glyphs.ok)} Moved the progress of ${clean(oldId)} to ${ctx.c.bold(target.number)} ${clean(target.title)} (${STATUS_TEXT[record.status]})`,
  );
}

export const doctorCommand = () =>
  new Command('doctor')
    .description('check the roadmap and the state file; list orphaned progress; repair or remap')
    .option('--repair', 'replace a damaged state file with what can be saved from it (the damaged file is kept as a backup); make it private again')
    .option('--unlock', "remove the state's lock file, whoever holds it (a lock left by another host, or by an mlroad that cannot be resumed)")
    .option('--rename <ids...>', 'move progress recorded under OLD id to topic NEW (after a topic id changed in the roadmap)')
    .addHelpText(
      'after',
      examples(
        ['mlroad doctor', 'check everything'],
        ['mlroad doctor --repair', 'fix a corrupt state file, keeping a backup'],
        ['mlroad doctor --rename backprop back-propagation', 'remap a renamed topic id'],
        ['mlroad doctor --unlock', 'remove a lock that no running mlroad holds'],
      ),
    )
    .action(action<DoctorOptions>((ctx, opts) => runDoctor(ctx, opts)));
