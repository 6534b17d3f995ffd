// A roadmap of the tests' own with small exercises (plain Python: fast), in a
// temp dir, and helpers to run mlroad against it with a private config dir
// and practice folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mlroad, tempDir, type RunOptions } from '../helpers.js';

export const ADDER = {
  'exercise.py': `"""Adder: see README.md."""


def add(a, b):
    raise NotImplementedError("add: return the sum of a and b")


def mean(xs):
    raise NotImplementedError("mean: the average of xs")
`,
  'check.py': `from exercise import add, mean


def check_add():
    got = add(2, 3)
    assert got == 5, f"add(2, 3) should be 5, got {got}"


def check_mean():
    got = mean([1, 2, 3, 6])
    assert got == 3, f"mean([1, 2, 3, 6]) should be 3, got {got}"
`,
  'solution.py': `def add(a, b):
    return a + b


def mean(xs):
    return sum(xs) / len(xs)
`,
  'README.md': `# Adder

Write \`add(a, b)\` and \`mean(xs)\`: the sum of two numbers, and the
average of a list.

Nothing else.
`,
  'hints.md': 'The average is `sum(xs) / len(xs)`.\n',
};

/** A learner's file that passes the adder's checks. */
export const ADDER_SOLVED = ADDER['solution.py'];
/** One that fails one check (the mean is off by one element). */
export const ADDER_HALF = `def add(a, b):
    return a + b


def mean(xs):
    return sum(xs) / (len(xs) - 1)
`;

const ROADMAP = `id: drill
title: Drill Roadmap
topics:
  - title: Basics
    id: basics
    children:
      - title: Adder
        id: adder
        exercise: exercises/adder
      - title: Reading
        id: reading
      - title: Second Adder
        id: second
        exercise: exercises/second
  - title: Data
    id: data
    children:
      - title: Frames
        id: frames
        exercise: exercises/frames
`;

export type Parsed = ReturnType<typeof JSON.parse>;

export interface Drill {
  root: string;
  roadmap: string;
  config: string;
  /** The practice folder (MLROAD_PRACTICE_DIR). */
  work: string;
  /** mlroad with this roadmap, config dir and practice folder; `now` fixes the clock. */
  run(args: string[], options?: RunOptions & { now?: string }): ReturnType<typeof mlroad>;
  /** The parsed --json output (of any shape: JSON.parse's type). */
  json(args: string[], options?: RunOptions & { now?: string }): Promise<Parsed>;
  /** The learner's file of a topic. */
  file(id: string): string;
  /** Saves the learner's file as editors do: a new file renamed over the old one. */
  save(id: string, text: string): void;
  /** state.json, parsed; null when there is none. */
  state(): Parsed | null;
}

export function drill(): Drill {
  const root = tempDir('mlroad-drill-');
  const roadmap = join(root, 'roadmap.yaml');
  writeFileSync(roadmap, ROADMAP);
  for (const name of ['adder', 'second', 'frames']) {
    mkdirSync(join(root, 'exercises', name), { recursive: true });
    for (const [file, text] of Object.entries(ADDER)) writeFileSync(join(root, 'exercises', name, file), text);
  }
  // frames needs a library.
  writeFileSync(join(root, 'exercises', 'frames', 'check.py'), `import pandas\n\n${ADDER['check.py']}`);
  const config = join(root, 'config');
  const work = join(root, 'work');
  const run: Drill['run'] = (args, options = {}) =>
    mlroad(['--roadmap', roadmap, ...args], {
      configDir: config,
      ...options,
      env: { TZ: 'UTC', MLROAD_NOW: options.now ?? '2026-03-01T09:00:00Z', MLROAD_PRACTICE_DIR: work, ...options.env },
    });
  const file = (id: string) => join(work, id, 'exercise.py');
  return {
    root,
    roadmap,
    config,
    work,
    run,
    async json(args, options) {
      const r = await run([...args, '--json'], options);
      return JSON.parse(r.stdout);
    },
    file,
    save(id, text) {
      const temp = `${file(id)}.swp`;
      writeFileSync(temp, text);
      renameSync(temp, file(id));
    },
    state() {
      const f = join(config, 'state.json');
      return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null;
    },
  };
}

/** Why the practice tests cannot run here (no python3 or no NumPy), or null. */
export function pythonMissing(): string | null {
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return probe.error ? 'python3 not found: install Python 3' : null;
}

/** Waits until `ready()` holds (polling; a generous limit only turns a hang into a failure). */
export async function until(ready: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!ready()) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Whether a process is gone (a zombie waiting to be reaped counts as gone: it runs nothing). */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^\d+ \(.*\) Z/.test(stat);
  } catch {
    return true;
  }
}
