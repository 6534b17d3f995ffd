// Running an exercise's checks: Python runs harness/run_checks.py, which
// imports the learner's file as `exercise` and reports each check_* as a JSON
// line on fd 3, a channel of its own. What the learner's code prints arrives on
// stdout/stderr and is kept apart as `output`, never parsed. Python runs in a
// process group of its own, so a timeout or Ctrl-C kills everything the
// learner's code started, and the terminal's Ctrl-C reaches mlroad alone.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { OperationalError } from '../core/errors.js';
import type { Env } from '../core/io.js';
import type { CheckStatus } from '../core/state/practice.js';
import { defaultRoadmapFile } from '../store/roadmap-file.js';

/** harness/run_checks.py at the package root (beside the shipped roadmap, from src/ or dist/ alike). */
const harnessFile = (): string => join(dirname(defaultRoadmapFile()), 'harness', 'run_checks.py');

/** Where in the code a failure happened: the learner's file ("your code") or check.py. */
export interface Location {
  where: string;
  line: number;
  source: string;
}

export interface CheckResult {
  /** The function's name in check.py: `check_vote_of_k_neighbours`. */
  name: string;
  ok: boolean;
  /** pass; fail (an assertion: the check's message); error (any other exception). */
  kind: 'pass' | 'fail' | 'error';
  message: string;
  at: Location | null;
}

/** Why the checks could not run at all: the learner's file, or check.py, did not load; or the run broke off. */
interface RunProblem {
  kind: 'import-error' | 'check-file-error' | 'crash';
  message: string;
  at: Location | null;
}

export interface CheckRun {
  /** `interrupted`: stopped by the caller's signal (Ctrl-C); nothing to record. */
  status: CheckStatus | 'interrupted';
  checks: CheckResult[];
  problem: RunProblem | null;
  /** What the learner's code printed (stdout and stderr, in arrival order; the end is kept when it is long). */
  output: string;
  durationMs: number;
}

export interface RunnerOptions {
  /** The Python command (practice.python / MLROAD_PYTHON, else python3). */
  python: string;
  timeoutMs: number;
  env: Env;
  /** The real clock, for the duration. */
  clock: () => number;
  /** io.system.kill: a negative pid signals the process group. */
  kill: (pid: number, signal: NodeJS.Signals) => void;
  /** Aborting stops the run (Ctrl-C, or a newer save in --watch). */
  signal?: AbortSignal;
}

/** No Python at the configured command: exit 1 with what to install. */
class PythonMissingError extends OperationalError {
  override name = 'PythonMissingError';
  constructor(python: string) {
    super(
      `${python} not found: the checks need Python 3 with NumPy (install python3, or name yours: mlroad config set practice.python PATH, or MLROAD_PYTHON=PATH)`,
    );
  }
}

/** A library the exercise imports is not installed: exit 1 with the install line. */
export class MissingLibraryError extends OperationalError {
  override name = 'MissingLibraryError';
  constructor(
    readonly python: string,
    readonly library: string,
  ) {
    super(`this exercise needs ${library}: ${installLine(python, library)}`);
  }
}

const installLine = (python: string, library: string) => `${/\s/.test(python) ? `"${python}"` : python} -m pip install ${library}`;

/** The learner's output is shown, not stored: its last 64 KB are plenty. */
const OUTPUT_LIMIT = 64 * 1024;

/** One learner file's events, as the harness sent them. */
interface FileEvents {
  file: string;
  checks: CheckResult[];
  problem: RunProblem | null;
  missing: string | null;
  done: boolean;
}

interface Spawned {
  files: FileEvents[];
  output: string;
  timedOut: boolean;
  interrupted: boolean;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  durationMs: number;
}

/** Runs the harness on `learnerFiles` in one Python process; resolves when it and everything it started are gone. */
function spawnHarness(exerciseDir: string, learnerFiles: readonly string[], options: RunnerOptions): Promise<Spawned> {
  const started = options.clock();
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      resolve({ files: [], output: '', timedOut: false, interrupted: true, exit: { code: null, signal: null }, durationMs: 0 });
      return;
    }
    const child = spawn(options.python, ['-B', harnessFile(), exerciseDir, ...learnerFiles], {
      cwd: exerciseDir,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      detached: true,
      env: { ...options.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', PYTHONIOENCODING: 'utf-8' },
      windowsHide: true,
    });
    const files: FileEvents[] = [];
    let output = '';
    let pending = '';
    let timedOut = false;
    let interrupted = false;
    let exit: Spawned['exit'] | null = null;
    let open = 3;
    let settled = false;

    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        options.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone (ESRCH), or no process groups here: the child alone
        try {
          child.kill('SIGKILL');
        } catch {
          // gone
        }
      }
    };
    const finish = () => {
      if (settled || !exit || open > 0) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(drain);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ files, output, timedOut, interrupted, exit, durationMs: Math.max(0, options.clock() - started) });
    };
    const onAbort = () => {
      interrupted = true;
      killGroup();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    let drain: ReturnType<typeof setTimeout> | undefined;
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const onEvent = (line: string) => {
      let e: Record<string, unknown>;
      try {
        e = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      if (e.event === 'begin') {
        files.push({ file: String(e.file), checks: [], problem: null, missing: null, done: false });
        return;
      }
      const current = files.at(-1);
      if (!current) return;
      const at = locationOf(e.at);
      if (e.event === 'check') {
        const kind = e.kind === 'pass' || e.kind === 'fail' ? e.kind : 'error';
        current.checks.push({ name: String(e.name), ok: e.ok === true, kind: e.ok === true ? 'pass' : kind, message: String(e.message ?? ''), at });
      } else if (e.event === 'import-error' || e.event === 'check-file-error') {
        current.problem = { kind: e.event, message: String(e.message ?? ''), at };
      } else if (e.event === 'missing-module') {
        current.missing = String(e.package ?? e.module);
      } else if (e.event === 'done') current.done = true;
    };
    const results = child.stdio[3] as NodeJS.ReadableStream;
    results.setEncoding('utf8');
    results.on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        onEvent(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
      }
    });
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.length > OUTPUT_LIMIT * 2) output = output.slice(-OUTPUT_LIMIT);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    for (const stream of [results, child.stdout!, child.stderr!]) {
      stream.on('error', () => {});
      stream.on('close', () => {
        open--;
        finish();
      });
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      settled = true;
      reject(error.code === 'ENOENT' ? new PythonMissingError(options.python) : new OperationalError(`cannot run ${options.python}: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // Whatever the learner's code left running goes with it; and if some
      // process escaped the group still holds a pipe, stop waiting for it.
      killGroup();
      drain = setTimeout(() => {
        for (const stream of [results, child.stdout!, child.stderr!]) (stream as unknown as { destroy(): void }).destroy();
        open = 0;
        finish();
      }, 2000);
      finish();
    });
  });
}

function locationOf(value: unknown): Location | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.line !== 'number') return null;
  return { where: String(v.where ?? ''), line: v.line, source: String(v.source ?? '') };
}

/** The output's last OUTPUT_LIMIT characters, marked as cut when it was longer. */
const trimOutput = (output: string) => (output.length > OUTPUT_LIMIT ? `[…earlier output cut]\n${output.slice(-OUTPUT_LIMIT)}` : output);

/** The verdict of one learner file from its events and how the process ended. */
function verdict(events: FileEvents | undefined, spawned: Spawned, python: string): Omit<CheckRun, 'output' | 'durationMs'> {
  const checks = events?.checks ?? [];
  if (spawned.interrupted) return { status: 'interrupted', checks, problem: null };
  if (events?.missing) throw new MissingLibraryError(python, events.missing);
  if (events?.done) {
    if (events.problem) return { status: 'error', checks, problem: events.problem };
    if (checks.length === 0)
      return { status: 'error', checks, problem: { kind: 'check-file-error', message: 'check.py defines no check_* functions', at: null } };
    return { status: checks.every((c) => c.ok) ? 'passed' : 'failed', checks, problem: null };
  }
  if (spawned.timedOut) return { status: 'timeout', checks, problem: null };
  const { code, signal } = spawned.exit;
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  return {
    status: 'error',
    checks,
    problem: { kind: 'crash', message: `the checks stopped early: Python ${how}${events ? '' : ' before running them'} (its output is below)`, at: null },
  };
}

/**
 * Runs the checks of `exerciseDir` against one learner file. Throws
 * PythonMissingError or MissingLibraryError when they cannot run at all.
 */
export async function runChecks(exerciseDir: string, learnerFile: string, options: RunnerOptions): Promise<CheckRun> {
  const spawned = await spawnHarness(exerciseDir, [learnerFile], options);
  return { ...verdict(spawned.files[0], spawned, options.python), output: trimOutput(spawned.output), durationMs: spawned.durationMs };
}

/**
 * Runs the checks against several learner files in one Python process (NumPy
 * is imported once): for the tests of the shipped exercises and their authors.
 * The timeout covers the whole batch; each file's output is not kept apart.
 */
export async function runChecksBatch(exerciseDir: string, learnerFiles: readonly string[], options: RunnerOptions): Promise<CheckRun[]> {
  const spawned = await spawnHarness(exerciseDir, learnerFiles, options);
  return learnerFiles.map((_, i) => ({ ...verdict(spawned.files[i], spawned, options.python), output: '', durationMs: spawned.durationMs }));
}
