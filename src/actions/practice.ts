// Practice operations the CLI and the browser share: where the workspace is,
// writing an exercise into it, and running the checks and recording the
// attempt (a pass: the exercise solved and the topic done, one change).
import type { Env } from '../core/io.js';
import { loadScheduler } from '../core/review/load-scheduler.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { recordAttempt, type AttemptResult } from '../core/state/practice.js';
import type { StateDoc } from '../core/state/types.js';
import { exerciseFolder, type ExerciseFolder } from '../practice/exercise.js';
import { runChecks, type CheckRun, type RunnerOptions } from '../practice/runner.js';
import { learnerFileIn, workspaceDir, writeStarter } from '../practice/workspace.js';
import type { Settings } from '../store/settings.js';
import type { StateStore } from '../store/state-store.js';

export interface PracticeSetup {
  roadmap: Roadmap;
  settings: Settings;
  paths: { env: Env; cwd: string; homedir: string };
  /** --dir */
  dir?: string | undefined;
}

/** The workspace folder: --dir, else practice.dir, else ~/mlroad-practice/<roadmap id>. */
export function practiceWorkspace({ roadmap, settings, paths, dir }: PracticeSetup): string {
  const setting = settings.resolve('practice.dir');
  return workspaceDir({ flag: dir, setting: { value: setting.value, source: setting.source }, roadmapId: roadmap.id, cwd: paths.cwd, homedir: paths.homedir });
}

export interface Written {
  folder: ExerciseFolder;
  /** The learner's file. */
  file: string;
  /** False when the learner already had it (it is never overwritten). */
  created: boolean;
}

/** Writes `topic`'s starter into the workspace unless it is there already. */
export function writeExercise(setup: PracticeSetup, topic: Topic): Written {
  const folder = exerciseFolder(setup.roadmap, topic);
  const file = learnerFileIn(practiceWorkspace(setup), topic);
  return { folder, file, ...writeStarter(folder, file) };
}

/** How to run the checks (runner.ts), and the time an attempt is recorded at. */
export interface CheckOptions extends RunnerOptions {
  /** "Now" when the attempt is recorded (read after the run: a watch session lasts). */
  now: () => Date;
}

export interface CheckOutcome {
  run: CheckRun;
  /** What was recorded; null when the run was interrupted (nothing is). */
  attempt: AttemptResult | null;
  /** Topics whose status the pass changed (the topic itself, marked done). */
  changed: Topic[];
  doc: StateDoc | null;
}

/** The settings a check runs with: the Python and the timeout (flag > environment > config.json > default). */
export function checkSettings(settings: Settings, timeoutFlag?: number): { python: string; timeoutMs: number } {
  return {
    python: settings.get('practice.python') ?? 'python3',
    timeoutMs: (settings.get('practice.timeout', timeoutFlag) ?? 30) * 1000,
  };
}

/** Runs the checks of `folder` against `file` and records the attempt in one locked read-modify-write. */
export async function checkAndRecord(store: StateStore, roadmap: Roadmap, folder: ExerciseFolder, file: string, options: CheckOptions): Promise<CheckOutcome> {
  const run = await runChecks(folder.dir, file, options);
  if (run.status === 'interrupted') return { run, attempt: null, changed: [], doc: null };
  const status = run.status;
  // Marking done creates a review card: the FSRS scheduler is loaded for a pass only.
  const scheduler = status === 'passed' ? await loadScheduler() : undefined;
  const at = options.now();
  let written: StateDoc | undefined;
  const attempt = await store.update((doc) => {
    written = doc;
    return recordAttempt(doc, roadmap.id, folder.topic.id, status, at, scheduler);
  });
  const changed = attempt.changed.map((id) => roadmap.byId.get(id)!).filter(Boolean);
  return { run, attempt, changed, doc: written! };
}
