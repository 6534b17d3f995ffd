// What `check`, `check --watch` and `practice` share: which exercise a command
// means, the report of a run, and stopping on Ctrl-C.
import { UsageError } from '../../core/errors.js';
import type { ExitSignal } from '../../core/io.js';
import { exerciseLeaves } from '../../core/practice.js';
import type { Topic } from '../../core/roadmap/types.js';
import { clean } from '../../render/sanitize.js';
import { practiceWorkspace, type CheckOutcome, type PracticeSetup } from '../../actions/practice.js';
import { exerciseFolder, type ExerciseFolder } from '../../practice/exercise.js';
import { latestSaved, learnerFileIn, shownPath } from '../../practice/workspace.js';
import type { Context } from '../context.js';
import { checkLines, outputLines, problemLines, verdictLines, type ViewOptions } from './view.js';

export const practiceSetup = (ctx: Context, dir?: string): PracticeSetup => ({ roadmap: ctx.roadmap, settings: ctx.settings, paths: ctx.paths, dir });

/**
 * The exercise a command without TOPIC means: the one whose file was saved
 * last (the one being worked on), as rustlings' "current exercise".
 */
function currentExercise(ctx: Context, setup: PracticeSetup, within?: Topic): Topic {
  const leaves = exerciseLeaves(ctx.progress, within);
  if (leaves.length === 0) {
    throw new UsageError(
      within
        ? `${within.number} ${clean(within.title)} has no exercises; the topics with one: mlroad practice list`
        : `${clean(ctx.roadmap.title)} has no exercises (a roadmap names them with \`exercise:\` on its topics)`,
    );
  }
  const topic = latestSaved(practiceWorkspace(setup), leaves);
  if (!topic)
    throw new UsageError(
      `no exercise written yet${within ? ` under ${within.number}` : ''}: start one with \`mlroad practice${within ? ` ${within.number}` : ''}\``,
    );
  return topic;
}

/** The topic a command names (a section: its exercise saved last), its exercise folder and the learner's file. */
export function exerciseTarget(ctx: Context, setup: PracticeSetup, ref?: string): { topic: Topic; folder: ExerciseFolder; file: string } {
  const named = ref === undefined ? undefined : ctx.topic(ref);
  const topic = named && named.children.length === 0 ? named : currentExercise(ctx, setup, named);
  const folder = exerciseFolder(ctx.roadmap, topic);
  return { topic, folder, file: learnerFileIn(practiceWorkspace(setup), topic) };
}

export const viewOptions = (ctx: Context, ref: string, outputLines = 20): ViewOptions => ({ c: ctx.c, cols: Math.min(ctx.cols, 100), outputLines, ref });

/** Stops the run on Ctrl-C (and on SIGTERM/SIGHUP): Python's process group is killed, nothing is recorded. */
export function onSignals(ctx: Context, stop: (signal: ExitSignal) => void): () => void {
  const offs = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => ctx.io.system.on(signal, () => stop(signal)));
  return () => offs.forEach((off) => off());
}

export const SIGNAL_EXIT: Record<ExitSignal, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** The report of one run, as `check` prints it (and `--watch` draws it). */
export function reportLines(ctx: Context, topic: Topic, file: string, outcome: CheckOutcome, view: ViewOptions, timeoutS: number): string[] {
  const { c } = ctx;
  const lines = [`${c.cyan.bold(topic.number)}  ${c.bold(clean(topic.title))}`, c.dim(shownPath(file, ctx.io.cwd, ctx.io.system.homedir)), ''];
  const problem = problemLines(outcome.run, view);
  if (problem.length) lines.push(...problem, '');
  if (outcome.run.checks.length) lines.push(...checkLines(outcome.run.checks, view), '');
  const printed = outputLines(outcome.run.output, view.outputLines, c, view.cols);
  if (printed.length) lines.push(...printed, '');
  const { line, advice } = verdictLines(outcome, view, timeoutS);
  lines.push(line, c.dim(advice));
  return lines;
}
