// Every shipped exercise, through mlroad's engine with a real python3: the
// starter fails, the reference solution passes, and every wrong solution in
// tests/fixtures/wrong-solutions/<folder>/ fails with a message that says
// something. One Python process per exercise runs all its files (NumPy is
// imported once), and the exercises run concurrently. An exercise whose
// library is missing is skipped with the line that installs it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseFolder, summaryOf } from '../../src/practice/exercise.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { MissingLibraryError, runChecksBatch, type CheckRun } from '../../src/practice/runner.js';
import { ROOT, SHIPPED_ROADMAP, realSystem } from '../helpers.js';

const EXERCISES = join(ROOT, 'exercises');
const WRONG = join(ROOT, 'tests', 'fixtures', 'wrong-solutions');
const folders = readdirSync(EXERCISES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const python = process.env.MLROAD_PYTHON || 'python3';
const probe = spawnSync(python, ['-c', 'import numpy'], { encoding: 'utf8' });
const noPython = probe.error ? `${python} not found: install Python 3 with NumPy` : probe.status !== 0 ? `${python} -m pip install numpy` : null;

const system = realSystem();
const options = {
  python,
  // The whole batch of one exercise (starter, solution, wrong solutions), on a busy machine.
  timeoutMs: 120_000,
  env: process.env,
  clock: Date.now,
  kill: (pid: number, signal: NodeJS.Signals) => system.kill(pid, signal),
};

/** What a failing run says first: the problem, or the first failing check's message. */
const firstMessage = (run: CheckRun) => (run.problem ? run.problem.message : (run.checks.find((k) => !k.ok)?.message ?? ''));

it('ships at least 40 exercises, each with its files and wrong solutions', () => {
  expect(folders.length).toBeGreaterThanOrEqual(40);
  for (const name of folders) {
    for (const file of ['exercise.py', 'check.py', 'solution.py', 'README.md']) expect(existsSync(join(EXERCISES, name, file)), `${name}/${file}`).toBe(true);
    expect(summaryOf(readFileSync(join(EXERCISES, name, 'README.md'), 'utf8')).length, `${name}: README summary`).toBeGreaterThan(20);
    const wrong = existsSync(join(WRONG, name)) ? readdirSync(join(WRONG, name)).filter((f) => f.endsWith('.py')) : [];
    expect(wrong.length, `${name}: wrong solutions in tests/fixtures/wrong-solutions/${name}/`).toBeGreaterThanOrEqual(1);
  }
});

it('the shipped roadmap names every shipped exercise, each on a leaf whose folder holds what an exercise needs', () => {
  const roadmap = loadRoadmap(SHIPPED_ROADMAP).roadmap;
  const named = roadmap.leaves.filter((t) => t.exercise !== null);
  for (const topic of named) expect(() => exerciseFolder(roadmap, topic), topic.id).not.toThrow();
  const namedFolders = named.map((t) => t.exercise!.replace(/^exercises\//, '')).sort();
  expect(namedFolders).toEqual(folders);
});

describe.concurrent('each shipped exercise', () => {
  for (const name of folders) {
    it(name, async (ctx) => {
      if (noPython) ctx.skip(noPython);
      const dir = join(EXERCISES, name);
      const wrongDir = join(WRONG, name);
      const wrong = existsSync(wrongDir)
        ? readdirSync(wrongDir)
            .filter((f) => f.endsWith('.py'))
            .sort()
            .map((f) => join(wrongDir, f))
        : [];
      const files = [join(dir, 'exercise.py'), join(dir, 'solution.py'), ...wrong];
      let runs: CheckRun[];
      try {
        runs = await runChecksBatch(dir, files, options);
      } catch (error) {
        if (error instanceof MissingLibraryError) ctx.skip(error.message);
        throw error;
      }
      const [starter, solution, ...wrongRuns] = runs as [CheckRun, CheckRun, ...CheckRun[]];
      expect(starter.status, `${name}: the starter must fail`).not.toBe('passed');
      expect(firstMessage(starter), `${name}: the starter's failure says why`).not.toBe('');
      expect(
        solution.status,
        `${name}: the solution must pass: ${solution.problem?.message ?? solution.checks.find((k) => !k.ok)?.message ?? solution.status}`,
      ).toBe('passed');
      for (const [i, run] of wrongRuns.entries()) {
        const label = `${name}: wrong solution ${wrong[i]!.slice(wrongDir.length + 1)}`;
        expect(run.status, `${label} must fail`).not.toBe('passed');
        expect(run.status, `${label} must not time out`).not.toBe('timeout');
        const message = firstMessage(run);
        expect(message.trim(), `${label} fails with a message`).not.toBe('');
        expect(message, `${label} fails with more than a bare assert`).not.toBe('assertion failed');
      }
    });
  }
});
