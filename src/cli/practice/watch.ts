// `mlroad check --watch`: runs the checks, then again on every save of the
// learner's file, like rustlings' watch mode. On a terminal the screen is
// redrawn each time (the checks, the first failure, the output, what to do)
// and keys act: h hint, r re-run, n next exercise once solved, q quit.
// Elsewhere (a pipe, a log) each run's report is appended. A save during a
// run stops it (its process group is killed) and starts a new one: the
// latest file wins, and an abandoned run is not recorded.
import { emitKeypressEvents } from 'node:readline';
import { nowFrom } from '../../core/clock.js';
import { isInteractive, type ExitSignal } from '../../core/io.js';
import { nextExercise } from '../../core/practice.js';
import type { Topic } from '../../core/roadmap/types.js';
import { checkAndRecord, writeExercise, type CheckOutcome, type PracticeSetup } from '../../actions/practice.js';
import { readHints, type ExerciseFolder } from '../../practice/exercise.js';
import { watchFile, type FileWatcher } from '../../practice/watch.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { wrap } from '../../render/text.js';
import { onSignals, reportLines, viewOptions } from './shared.js';
import type { Context } from '../context.js';
import { shownPath } from '../../practice/workspace.js';

export interface Target {
  topic: Topic;
  folder: ExerciseFolder;
  file: string;
}

export interface WatchSettings {
  setup: PracticeSetup;
  python: string;
  timeoutMs: number;
}

const CLEAR = '\x1b[2J\x1b[3J\x1b[H';

/** Runs until q, Ctrl-C or a signal; returns the exit code: 0 when the last run passed, else 1. */
export function watchCheck(ctx: Context, first: Target, settings: WatchSettings): Promise<number> {
  const { c, io } = ctx;
  const screen = Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
  const interactive = isInteractive(io);
  let target = first;
  let outcome: CheckOutcome | null = null;
  let running: AbortController | null = null;
  let runs = 0;
  let showHint = false;
  let notice = '';
  let watcher: FileWatcher | null = null;
  let done = false;

  return new Promise<number>((resolve, reject) => {
    const rows = () => (io.stdout.rows && io.stdout.rows > 10 ? io.stdout.rows : 40);
    const solved = () => outcome?.run.status === 'passed';

    const footer = (): string => {
      const keys = interactive ? [...(solved() ? ['n next exercise'] : []), 'h hint', 'r re-run', 'q quit'].join(' · ') : 'Ctrl-C stops';
      const state = running ? c.yellow('running the checks…') : c.dim('watching for saves');
      return `${state}${c.dim(` · ${keys}`)}`;
    };

    const draw = () => {
      if (done) return;
      const view = viewOptions(ctx, target.topic.number, screen ? 6 : 20);
      let lines: string[];
      if (outcome) lines = reportLines(ctx, target.topic, target.file, outcome, view, settings.timeoutMs / 1000);
      else lines = [`${c.cyan.bold(target.topic.number)}  ${c.bold(clean(target.topic.title))}`, c.dim(shownPath(target.file, io.cwd, io.system.homedir))];
      if (showHint) {
        const hints = readHints(target.folder);
        lines.push(
          '',
          c.bold('Hint'),
          hints ? wrapBlock(cleanBlock(hints), view.cols) : c.dim('  This exercise has no hints: read the task again (README.md beside your file).'),
        );
      }
      if (notice) lines.push('', notice);
      if (screen) {
        // The report, cut to the terminal's height (the footer stays in view).
        const room = rows() - 2;
        const flat = lines.join('\n').split('\n');
        const shown = flat.length > room ? [...flat.slice(0, room - 1), c.dim('…')] : flat;
        io.stdout.write(`${CLEAR}${shown.join('\n')}\n\n${footer()}`);
      } else if (!running) {
        io.stdout.write(`${c.dim(`── run ${runs} ${'─'.repeat(30)}`)}\n${lines.join('\n')}\n\n`);
      }
    };

    const run = async () => {
      running?.abort();
      const abort = new AbortController();
      running = abort;
      notice = '';
      draw();
      try {
        const result = await checkAndRecord(ctx.store, ctx.roadmap, target.folder, target.file, {
          python: settings.python,
          timeoutMs: settings.timeoutMs,
          env: io.env,
          clock: io.clock,
          kill: (pid, signal) => io.system.kill(pid, signal),
          signal: abort.signal,
          now: () => nowFrom(io.env, io.clock),
        });
        if (abort.signal.aborted || result.run.status === 'interrupted') return;
        running = null;
        runs++;
        outcome = result;
        if (result.doc) ctx.refresh(result.doc);
        draw();
      } catch (error) {
        // Python or a library missing, the state unwritable: nothing a save can fix.
        if (running === abort) running = null;
        finish(null, error);
      }
    };

    const watchTarget = () => {
      watcher?.close();
      watcher = watchFile(target.file, () => void run());
    };

    const nextOne = () => {
      if (!solved()) return;
      const topic = nextExercise(ctx.progress, ctx.state);
      if (!topic) {
        notice = c.green('Every exercise of this roadmap is solved. q quits.');
        draw();
        return;
      }
      try {
        const written = writeExercise(settings.setup, topic);
        target = { topic, folder: written.folder, file: written.file };
      } catch (error) {
        notice = c.red(`mlroad: ${(error as Error).message}`);
        draw();
        return;
      }
      outcome = null;
      showHint = false;
      watchTarget();
      void run();
    };

    // Keys, on a terminal only: a closed or piped stdin must not end the session.
    const stdin = io.stdin;
    const raw = interactive && Boolean(stdin.setRawMode);
    const onKey = (str: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
      if ((key?.ctrl && (key.name === 'c' || key.name === 'd')) || key?.name === 'escape' || str === 'q' || str === 'Q') finish(null);
      else if (str === 'h' || str === 'H') {
        showHint = !showHint;
        draw();
      } else if (str === 'r' || str === 'R') void run();
      else if (str === 'n' || str === 'N') nextOne();
    };
    if (interactive) {
      emitKeypressEvents(stdin);
      if (raw) stdin.setRawMode!(true);
      stdin.on('keypress', onKey);
      stdin.resume();
    }
    const offSignals = onSignals(ctx, (signal: ExitSignal) => finish(signal));
    const onResize = () => draw();
    if (screen) io.stdout.on?.('resize', onResize);

    function finish(signal: ExitSignal | null, error?: unknown) {
      if (done) return;
      done = true;
      running?.abort();
      watcher?.close();
      offSignals();
      if (screen) io.stdout.off?.('resize', onResize);
      if (interactive) {
        stdin.off('keypress', onKey);
        if (raw) stdin.setRawMode!(false);
        stdin.pause();
      }
      if (screen) io.stdout.write('\n');
      if (error) reject(error);
      else resolve(signal === 'SIGTERM' || signal === 'SIGHUP' ? (signal === 'SIGTERM' ? 143 : 129) : solved() ? 0 : 1);
    }

    if (!screen) io.stdout.write(c.dim(`Watching ${shownPath(target.file, io.cwd, io.system.homedir)}: the checks run on every save (Ctrl-C stops).\n\n`));
    watchTarget();
    void run();
  });
}

/** Markdown-ish text as it is (lists and code keep their lines), long lines wrapped, indented. */
function wrapBlock(text: string, cols: number): string {
  return text
    .replace(/\s+$/, '')
    .split('\n')
    .map((line) => (line.length + 2 > cols ? wrap(line, cols, '  ') : `  ${line}`))
    .join('\n');
}
