// `mlroad practice` and its subcommands: write an exercise, list, hint, solution, reset.
import { existsSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { exerciseLeaves, nextExercise } from '../../core/practice.js';
import type { Topic } from '../../core/roadmap/types.js';
import { isSolved, practiceStatus } from '../../core/state/practice.js';
import { practiceJson, topicJson } from '../../render/json.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { padEnd, truncate, width } from '../../render/text.js';
import { topicPath } from '../../render/topic.js';
import { practiceWorkspace, writeExercise } from '../../actions/practice.js';
import { readHints, readText, summaryOf } from '../../practice/exercise.js';
import { learnerFileIn, resetStarter, shownPath } from '../../practice/workspace.js';
import type { Context } from '../context.js';
import { exerciseTarget, practiceSetup } from './shared.js';

export interface DirOptions {
  dir?: string;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

/** `mlroad practice [TOPIC]`: writes the exercise (the next unsolved one without TOPIC) and prints the task. */
export function runPractice(ctx: Context, opts: DirOptions, ref?: string): void {
  const setup = practiceSetup(ctx, opts.dir);
  const named = ref === undefined ? undefined : ctx.topic(ref);
  let topic: Topic | null;
  if (named && named.children.length === 0) topic = named;
  else {
    topic = nextExercise(ctx.progress, ctx.state, named);
    if (!topic) {
      const all = exerciseLeaves(ctx.progress, named);
      const scope = named ? `${named.number} ${clean(named.title)}` : clean(ctx.roadmap.title);
      if (all.length === 0) {
        throw new UsageError(
          named
            ? `${scope} has no exercises; the topics with one: mlroad practice list`
            : `${scope} has no exercises (a roadmap names them with \`exercise:\` on its topics)`,
        );
      }
      if (ctx.json) ctx.printJson({ topic: null, file: null, created: false, task: null, solved: all.length });
      else ctx.print(`${ctx.c.green('✓')} Every exercise in ${scope} is solved (${all.length}). Practise one again: mlroad practice list`);
      return;
    }
  }
  const { folder, file, created } = writeExercise(setup, topic);
  const task = readText(folder.readme);
  const record = ctx.state?.topics[topic.id]?.practice;
  if (ctx.json) {
    ctx.printJson({ topic: topicJson(topic, ctx.progress), file, created, task, summary: summaryOf(task), practice: practiceJson(record) });
    return;
  }
  const { c } = ctx;
  const shown = shownPath(file, ctx.io.cwd, ctx.io.system.homedir);
  const n = topic.number;
  const lines = [`${c.cyan.bold(n)}  ${c.bold(clean(topic.title))}`];
  const path = topicPath(topic);
  if (path) lines.push(c.dim(path));
  lines.push('', cleanBlock(task).replace(/\s+$/, ''), '');
  if (record?.solved_at) lines.push(c.green(`✓ Solved on ${day(record.solved_at)} (${record.attempts} attempt${record.attempts === 1 ? '' : 's'}).`));
  else if (record)
    lines.push(
      c.yellow(
        `${record.attempts} attempt${record.attempts === 1 ? '' : 's'} so far; the last ${record.last_status === 'timeout' ? 'timed out' : record.last_status}.`,
      ),
    );
  const label = (s: string) => c.bold(padEnd(s, 11));
  lines.push(
    `${label('Your file')}${shown} ${c.dim(created ? '(new: edit it)' : '(already there: your work is kept)')}`,
    `${label('Check it')}mlroad check ${n}   ${c.dim(`or on every save: mlroad check ${n} --watch`)}`,
    `${label('Stuck?')}mlroad practice hint ${n}${created ? '' : c.dim(` · start over: mlroad practice reset ${n}`)}`,
  );
  ctx.print(lines.join('\n'));
}

export function runList(ctx: Context, opts: DirOptions, ref?: string): void {
  const scope = ref === undefined ? undefined : ctx.topic(ref);
  const leaves = exerciseLeaves(ctx.progress, scope);
  const dir = practiceWorkspace(practiceSetup(ctx, opts.dir));
  const rows = leaves.map((t) => {
    const record = ctx.state?.topics[t.id]?.practice;
    const file = learnerFileIn(dir, t);
    return { topic: t, record, file, written: existsSync(file) };
  });
  if (ctx.json) {
    ctx.printJson(rows.map((r) => ({ ...topicJson(r.topic, ctx.progress), practice: practiceJson(r.record), file: r.file, written: r.written })));
    return;
  }
  const { c } = ctx;
  const scopeName = scope ? `${scope.number} ${clean(scope.title)}` : clean(ctx.roadmap.title);
  if (rows.length === 0) {
    ctx.print(`${scopeName} has no exercises.`);
    return;
  }
  const solved = rows.filter((r) => practiceStatus(r.record) === 'solved').length;
  const attempted = rows.filter((r) => practiceStatus(r.record) === 'attempted').length;
  const lines = [`${c.bold(`Exercises in ${scopeName}`)}: ${solved}/${rows.length} solved${attempted ? `, ${attempted} attempted` : ''}`, ''];
  const numW = Math.max(...rows.map((r) => r.topic.number.length));
  const titleW = Math.min(Math.max(...rows.map((r) => width(clean(r.topic.title)))), Math.max(16, Math.min(ctx.cols, 100) - numW - 34));
  for (const { topic, record, written } of rows) {
    const status = practiceStatus(record);
    const mark = status === 'solved' ? c.green('✓') : status === 'attempted' ? c.yellow('◐') : written ? c.yellow('○') : '○';
    const what =
      status === 'solved'
        ? `solved ${day(record!.solved_at)}`
        : status === 'attempted'
          ? `${record!.attempts} attempt${record!.attempts === 1 ? '' : 's'}, last ${record!.last_status === 'timeout' ? 'timed out' : record!.last_status}`
          : written
            ? 'written, not checked yet'
            : 'new';
    lines.push(`  ${mark} ${c.cyan(padEnd(topic.number, numW))}  ${padEnd(truncate(clean(topic.title), titleW), titleW)}  ${c.dim(what)}`);
  }
  const next = nextExercise(ctx.progress, ctx.state, scope);
  lines.push('', c.dim(next ? `Next: mlroad practice (${next.number} ${clean(next.title)})` : 'All solved.'));
  ctx.print(lines.join('\n'));
}

export function runHint(ctx: Context, opts: DirOptions, ref?: string): void {
  const { topic, folder } = exerciseTarget(ctx, practiceSetup(ctx, opts.dir), ref);
  const hints = readHints(folder);
  if (ctx.json) {
    ctx.printJson({ topic: topicJson(topic, ctx.progress), hints });
    return;
  }
  const head = `${ctx.c.cyan.bold(topic.number)}  ${ctx.c.bold(clean(topic.title))}: hints`;
  if (hints === null) ctx.print(`${head}\n\nThis exercise has no hints. Read the task again: mlroad practice ${topic.number}`);
  else ctx.print(`${head}\n\n${cleanBlock(hints).replace(/\s+$/, '')}`);
}

export function runSolution(ctx: Context, opts: DirOptions & { reveal?: boolean }, ref?: string): void {
  const { topic, folder } = exerciseTarget(ctx, practiceSetup(ctx, opts.dir), ref);
  const solved = isSolved(ctx.state?.topics[topic.id]);
  if (!solved && !opts.reveal) {
    throw new UsageError(
      `${topic.number} ${clean(topic.title)} is not solved yet: its reference solution is shown once your checks pass (mlroad check ${topic.number}). To see it now anyway: mlroad practice solution ${topic.number} --reveal`,
    );
  }
  const solution = readText(folder.solution);
  if (ctx.json) {
    ctx.printJson({ topic: topicJson(topic, ctx.progress), solved, solution });
    return;
  }
  // Only the code on a pipe (`> mine.py` works); a title above it on a terminal.
  if (ctx.io.stdout.isTTY)
    ctx.print(ctx.c.dim(`# The reference solution of ${topic.number} ${clean(topic.title)}${solved ? '' : ' (revealed before solving)'}\n`));
  ctx.print(cleanBlock(solution).replace(/\s+$/, ''));
}

export function runReset(ctx: Context, opts: DirOptions, ref?: string): void {
  const { topic, folder, file } = exerciseTarget(ctx, practiceSetup(ctx, opts.dir), ref);
  const { backup } = resetStarter(folder, file, ctx.now);
  if (ctx.json) {
    ctx.printJson({ topic: topicJson(topic, ctx.progress), file, backup });
    return;
  }
  const home = ctx.io.system.homedir;
  const shown = shownPath(file, ctx.io.cwd, home);
  ctx.print(
    backup
      ? `Restored the starter of ${topic.number} ${clean(topic.title)} at ${shown}.\nYour version is kept as ${shownPath(backup, ctx.io.cwd, home)}.`
      : `${shown} is the starter of ${topic.number} ${clean(topic.title)}: nothing of yours to keep.`,
  );
}
