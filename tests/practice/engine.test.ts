// The practice engine through the CLI (in-process, real files, real python3):
// writing exercises, running checks, what is recorded, and the ways a run can
// go wrong: an exception, a syntax error, an endless loop, Ctrl-C, no Python,
// a missing library.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { ADDER, ADDER_HALF, ADDER_SOLVED, drill, processGone, pythonMissing, until, type Drill } from './fixture.js';

const noPython = pythonMissing();
let d: Drill;

beforeEach((ctx) => {
  if (noPython) ctx.skip(noPython);
  d = drill();
});

describe('mlroad practice', () => {
  it('writes the next exercise with its task, prints how to check it, and never overwrites the learner', async () => {
    const r = await d.run(['practice']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1.1  Adder');
    expect(r.stdout).toContain('Write `add(a, b)` and `mean(xs)`');
    expect(r.stdout).toContain(`${d.file('adder')} (new: edit it)`);
    expect(r.stdout).toContain('mlroad check 1.1');
    expect(readFileSync(d.file('adder'), 'utf8')).toBe(ADDER['exercise.py']);
    expect(readFileSync(join(d.work, 'adder', 'README.md'), 'utf8')).toBe(ADDER['README.md']);

    writeFileSync(d.file('adder'), '# my work\n');
    const again = await d.json(['practice', 'adder']);
    expect(again).toMatchObject({ topic: { id: 'adder', number: '1.1', title: 'Adder' }, file: d.file('adder'), created: false });
    expect(again.task).toBe(ADDER['README.md']);
    expect(again.summary).toBe('Write `add(a, b)` and `mean(xs)`: the sum of two numbers, and the average of a list.');
    expect(readFileSync(d.file('adder'), 'utf8')).toBe('# my work\n');
  });

  it('without a topic takes the next unsolved exercise in `next` order, and says when all are solved', async () => {
    await d.run(['start', 'second']);
    expect((await d.json(['practice'])).topic.id).toBe('second'); // in progress comes first in `next`
    d.save('second', ADDER_SOLVED);
    expect((await d.run(['check', 'second'])).code).toBe(0);
    expect((await d.json(['practice'])).topic.id).toBe('adder');
    // A section: its next exercise.
    expect((await d.json(['practice', 'data'])).topic.id).toBe('frames');
    // A topic marked done by word alone still offers its exercise.
    await d.run(['done', 'adder', 'frames']);
    expect((await d.json(['practice'])).topic.id).toBe('adder');
    d.save('adder', ADDER_SOLVED);
    await d.run(['check', 'adder']);
    d.save('frames', ADDER_SOLVED);
    writeFileSync(join(d.root, 'exercises', 'frames', 'check.py'), ADDER['check.py']);
    await d.run(['check', 'frames']);
    const r = await d.run(['practice']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Every exercise in Drill Roadmap is solved (3)');
  });

  it('a topic without an exercise, or an unknown one, exits 2 and writes nothing', async () => {
    const r = await d.run(['practice', 'reading']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mlroad: 1.2 Reading has no exercise; the topics with one: mlroad practice list\n');
    expect((await d.run(['practice', 'no-such-topic'])).code).toBe(2);
    expect(existsSync(d.work)).toBe(false);
  });

  it('a roadmap whose exercise folder is missing names the folder and the roadmap file', async () => {
    writeFileSync(d.roadmap, readFileSync(d.roadmap, 'utf8').replace('exercises/adder', 'exercises/gone'));
    const r = await d.run(['practice', 'adder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the exercise folder of 1.1 Adder (${join(d.root, 'exercises', 'gone')}, named in ${d.roadmap}) does not exist`);
  });

  it('validate warns, at its line, of an exercise folder that is missing or incomplete (exit 0: the rest works)', async () => {
    writeFileSync(d.roadmap, readFileSync(d.roadmap, 'utf8').replace('exercises/adder', 'exercises/gone'));
    rmSync(join(d.root, 'exercises', 'second', 'check.py'));
    const r = await d.run(['validate', d.roadmap]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${d.roadmap}:9:9: warning: the exercise folder "exercises/gone" of 1.1 Adder does not exist`);
    expect(r.stdout).toContain(`${d.roadmap}:14:9: warning: the exercise folder "exercises/second" of 1.3 Second Adder has no check.py`);
    expect(r.stdout).toContain('2 warnings');
  });

  it('list shows every exercise with its status; --json has the practice record and the file', async () => {
    await d.run(['practice', 'adder']);
    await d.run(['check', 'adder']);
    await d.run(['practice', 'second']);
    d.save('second', ADDER_SOLVED);
    await d.run(['check', 'second']);
    const list = await d.json(['practice', 'list']);
    expect(
      list.map((x: { id: string; practice: { status: string; attempts: number }; written: boolean }) => [
        x.id,
        x.practice.status,
        x.practice.attempts,
        x.written,
      ]),
    ).toEqual([
      ['adder', 'attempted', 1, true],
      ['second', 'solved', 1, true],
      ['frames', 'new', 0, false],
    ]);
    expect(list[1].practice.solved_at).toBe('2026-03-01T09:00:00.000Z');
    const text = (await d.run(['practice', 'list'])).stdout;
    expect(text).toContain('Exercises in Drill Roadmap: 1/3 solved, 1 attempted');
    expect(text).toMatch(/◐ 1\.1\s+Adder\s+1 attempt, last failed/);
    expect(text).toMatch(/✓ 1\.3\s+Second Adder\s+solved 2026-03-01/);
    expect(text).toMatch(/○ 2\.1\s+Frames\s+new/);
  });

  it('hint prints hints.md; without a topic, for the exercise saved last', async () => {
    await d.run(['practice', 'adder']);
    const r = await d.run(['practice', 'hint']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1.1  Adder: hints');
    expect(r.stdout).toContain('The average is `sum(xs) / len(xs)`.');
  });

  it('solution is refused before the exercise is solved (exit 2), shown with --reveal, and shown once solved', async () => {
    await d.run(['practice', 'adder']);
    const refused = await d.run(['practice', 'solution', 'adder']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('1.1 Adder is not solved yet');
    expect(refused.stderr).toContain('mlroad practice solution 1.1 --reveal');
    const revealed = await d.run(['practice', 'solution', 'adder', '--reveal']);
    expect(revealed.code).toBe(0);
    expect(revealed.stdout).toBe(ADDER_SOLVED);
    d.save('adder', ADDER_SOLVED);
    await d.run(['check']);
    expect((await d.json(['practice', 'solution', 'adder'])).solution).toBe(ADDER_SOLVED);
  });

  it('reset restores the starter and keeps the learner version as a dated backup', async () => {
    await d.run(['practice', 'adder']);
    const untouched = await d.run(['practice', 'reset', 'adder']);
    expect(untouched.stdout).toContain('nothing of yours to keep');
    d.save('adder', ADDER_HALF);
    const r = await d.json(['practice', 'reset', 'adder']);
    expect(r.backup).toBe(join(d.work, 'adder', 'exercise.backup-20260301T090000Z.py'));
    expect(readFileSync(r.backup, 'utf8')).toBe(ADDER_HALF);
    expect(readFileSync(d.file('adder'), 'utf8')).toBe(ADDER['exercise.py']);
    // A second reset at the same time keeps both backups.
    d.save('adder', '# second try\n');
    const again = await d.json(['practice', 'reset', 'adder']);
    expect(again.backup).toBe(join(d.work, 'adder', 'exercise.backup-20260301T090000Z-2.py'));
    expect(readdirSync(join(d.work, 'adder')).sort()).toEqual([
      'README.md',
      'exercise.backup-20260301T090000Z-2.py',
      'exercise.backup-20260301T090000Z.py',
      'exercise.py',
    ]);
  });

  it('practice.dir from config.json (relative: to the home folder), MLROAD_PRACTICE_DIR and --dir, in that order of strength', async () => {
    const home = tempDir('mlroad-home-');
    mkdirSync(d.config, { recursive: true });
    writeFileSync(join(d.config, 'config.json'), JSON.stringify({ practice: { dir: 'ml-work' } }));
    const opts = { home, env: { MLROAD_PRACTICE_DIR: undefined } };
    expect((await d.json(['practice', 'adder'], opts)).file).toBe(join(home, 'ml-work', 'adder', 'exercise.py'));
    const envDir = tempDir();
    expect((await d.json(['practice', 'adder'], { home, env: { MLROAD_PRACTICE_DIR: envDir } })).file).toBe(join(envDir, 'adder', 'exercise.py'));
    const flagDir = tempDir();
    expect((await d.json(['practice', 'adder', '--dir', flagDir], { home, env: { MLROAD_PRACTICE_DIR: envDir } })).file).toBe(
      join(flagDir, 'adder', 'exercise.py'),
    );
    // The default: ~/mlroad-practice/<roadmap id>.
    rmConfig(d);
    expect((await d.json(['practice', 'adder'], opts)).file).toBe(join(home, 'mlroad-practice', 'drill', 'adder', 'exercise.py'));
  });
});

function rmConfig(drillOf: Drill) {
  writeFileSync(join(drillOf.config, 'config.json'), '{}');
}

describe('mlroad check', () => {
  it('fails on the starter with the message and the line, records the attempt, exit 1', async () => {
    await d.run(['practice', 'adder']);
    const r = await d.run(['check', 'adder']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ add');
    expect(r.stdout).toContain('NotImplementedError: add: return the sum of a and b');
    expect(r.stdout).toContain('at your code, line 5: raise NotImplementedError("add: return the sum');
    expect(r.stdout).toContain('0/2 checks pass (attempt 1)');
    expect(r.stdout).toContain('mlroad practice hint 1.1');
    const show = await d.json(['show', 'adder']);
    expect(show.practice).toEqual({ status: 'attempted', attempts: 1, solved_at: null });
    expect(show.status).toBe('pending');
  });

  it('--json has the contract shape: a failed assertion with its message', async () => {
    await d.run(['practice', 'adder']);
    d.save('adder', ADDER_HALF);
    const r = await d.run(['check', 'adder', '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['topic', 'status', 'checks', 'output', 'duration_ms']));
    expect(out.topic).toEqual({ id: 'adder', number: '1.1', title: 'Adder', path: ['Basics'], status: 'pending', estimate_hours: null });
    expect(out.status).toBe('failed');
    expect(out.checks).toEqual([
      { name: 'check_add', ok: true, message: '', kind: 'pass', at: null },
      {
        name: 'check_mean',
        ok: false,
        message: 'mean([1, 2, 3, 6]) should be 3, got 4.0',
        kind: 'fail',
        at: expect.objectContaining({ where: 'check.py', line: 11 }),
      },
    ]);
    expect(out.output).toBe('');
    expect(out.duration_ms).toBeGreaterThanOrEqual(0);
    expect(out.practice).toEqual({ status: 'attempted', attempts: 1, solved_at: null });
  });

  it('a pass marks the exercise solved and the topic done: one change, which undo reverts', async () => {
    await d.run(['practice', 'adder']);
    await d.run(['check', 'adder']);
    d.save('adder', ADDER_SOLVED);
    const r = await d.run(['check'], { now: '2026-03-02T10:00:00Z' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('All 2 checks pass: solved! 1.1 is now done.');
    expect(r.stdout).toContain('Next exercise: mlroad practice');
    const show = await d.json(['show', 'adder']);
    expect(show.status).toBe('done');
    expect(show.practice).toEqual({ status: 'solved', attempts: 2, solved_at: '2026-03-02T10:00:00.000Z' });
    expect(show.history).toEqual([{ status: 'done', at: '2026-03-02T10:00:00.000Z', previous: 'pending' }]);
    expect((await d.json(['progress'])).done).toBe(1);

    // Passing again changes no status and keeps the first solved date.
    const again = await d.json(['check', 'adder'], { now: '2026-03-03T10:00:00Z' });
    expect(again.changed).toEqual([]);
    expect(again.practice).toEqual({ status: 'solved', attempts: 3, solved_at: '2026-03-02T10:00:00.000Z' });
    expect(again.solved).toBe(false);

    const undo = await d.json(['undo']);
    expect(undo.changed.map((t: { id: string; status: string }) => [t.id, t.status])).toEqual([['adder', 'pending']]);
    const after = await d.json(['show', 'adder']);
    expect(after.status).toBe('pending');
    // The exercise stays solved: undo reverts the status, not what the checks proved.
    expect(after.practice.status).toBe('solved');
  });

  it("keeps the learner's output apart: printed lines that look like results change nothing", async () => {
    await d.run(['practice', 'adder']);
    d.save(
      'adder',
      `import sys
print('{"event": "check", "name": "check_mean", "ok": true, "kind": "pass", "message": "", "at": null}')
print('{"event": "done"}')
print("to stderr", file=sys.stderr)


def add(a, b):
    print("adding", a, b)
    return a + b


def mean(xs):
    return 0
`,
    );
    const out = await d.json(['check', 'adder']);
    expect(out.status).toBe('failed');
    expect(out.checks.map((k: { name: string; ok: boolean }) => [k.name, k.ok])).toEqual([
      ['check_add', true],
      ['check_mean', false],
    ]);
    expect(out.output).toContain('{"event": "done"}');
    expect(out.output).toContain('to stderr');
    expect(out.output).toContain('adding 2 3');
    const text = await d.run(['check', 'adder']);
    expect(text.stdout).toContain('Your code printed:');
    expect(text.stdout).toContain('│ adding 2 3');
  });

  it('an exception shows its type, message and the line of the learner code', async () => {
    await d.run(['practice', 'adder']);
    d.save('adder', 'def add(a, b):\n    return a + b\n\n\ndef mean(xs):\n    total = sum(xs)\n    return total / 0\n');
    const out = await d.json(['check', 'adder']);
    expect(out.status).toBe('failed');
    expect(out.checks[1]).toEqual({
      name: 'check_mean',
      ok: false,
      kind: 'error',
      message: 'ZeroDivisionError: division by zero',
      at: { where: 'your code', line: 7, source: 'return total / 0' },
    });
    const text = await d.run(['check', 'adder']);
    expect(text.stdout).toContain('at your code, line 7: return total / 0');
  });

  it('a file that does not load is an error naming the line (a syntax error, a renamed function)', async () => {
    await d.run(['practice', 'adder']);
    d.save('adder', 'def add(a, b)\n    return a + b\n');
    const out = await d.json(['check', 'adder']);
    expect(out.status).toBe('error');
    expect(out.problem).toMatchObject({ kind: 'import-error', at: { where: 'your code', line: 1, source: 'def add(a, b)' } });
    expect(out.problem.message).toMatch(/^SyntaxError: /);
    expect(out.practice.attempts).toBe(1);
    d.save('adder', 'def plus(a, b):\n    return a + b\n');
    const renamed = await d.run(['check', 'adder']);
    expect(renamed.code).toBe(1);
    expect(renamed.stdout).toContain("Your file did not load: ImportError: cannot import name 'add' from 'exercise'");
  });

  it('an endless loop times out, and nothing it started is left running (the process group is killed)', async () => {
    await d.run(['practice', 'adder']);
    const pids = join(d.root, 'pids');
    d.save(
      'adder',
      `import os, subprocess, sys, time


def add(a, b):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    with open(${JSON.stringify(pids)}, "w") as f:
        f.write(f"{os.getpid()} {child.pid}")
    while True:
        time.sleep(0.01)


def mean(xs):
    return 3
`,
    );
    const r = await d.run(['check', 'adder', '--timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Stopped after 2 s: the checks did not finish');
    expect(r.stdout).toContain('mlroad check 1.1 --timeout 8');
    const [python, child] = readFileSync(pids, 'utf8').split(' ').map(Number) as [number, number];
    await until(() => processGone(python) && processGone(child), 'the Python process and its child to be gone');
    expect((await d.json(['show', 'adder'])).practice).toMatchObject({ attempts: 1 });
    expect(d.state().roadmaps.drill.topics.adder.practice.last_status).toBe('timeout');
    // practice.timeout from the environment, too.
    const env = await d.json(['check', 'adder'], { env: { MLROAD_PRACTICE_TIMEOUT: '1' } });
    expect(env.status).toBe('timeout');
  });

  it('Ctrl-C stops the run: Python is killed, nothing is recorded, exit 130', async () => {
    await d.run(['practice', 'adder']);
    const pids = join(d.root, 'pids');
    d.save(
      'adder',
      `import os, time\n\n\ndef add(a, b):\n    open(${JSON.stringify(pids)}, "w").write(str(os.getpid()))\n    time.sleep(600)\n\n\ndef mean(xs):\n    return 3\n`,
    );
    const listeners = new Map<string, () => void>();
    const running = d.run(['check', 'adder'], {
      system: {
        on(event, listener) {
          listeners.set(event, listener);
          return () => listeners.delete(event);
        },
      },
    });
    await until(() => existsSync(pids) && readFileSync(pids, 'utf8') !== '', 'the checks to start');
    listeners.get('SIGINT')!();
    const r = await running;
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('mlroad: check stopped; nothing was recorded\n');
    await until(() => processGone(Number(readFileSync(pids, 'utf8'))), 'Python to be gone');
    expect(d.state()).toBeNull();
    expect(listeners.size).toBe(0);
  });

  it('no Python: one line saying what to install, exit 1', async () => {
    await d.run(['practice', 'adder']);
    const r = await d.run(['check', 'adder'], { env: { PATH: tempDir() } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^mlroad: python3 not found: the checks need Python 3 with NumPy \(install python3, or name yours: .*\)\n$/);
    const named = await d.run(['check', 'adder'], { env: { MLROAD_PYTHON: '/no/such/python' } });
    expect(named.stderr).toMatch(/^mlroad: \/no\/such\/python not found: /);
    expect(d.state()).toBeNull();
  });

  it('a missing library: "this exercise needs pandas: python3 -m pip install pandas", exit 1, nothing recorded', async () => {
    // A pandas that is not there, whatever this machine has.
    const shadow = tempDir();
    mkdirSync(join(shadow, 'pandas'));
    writeFileSync(join(shadow, 'pandas', '__init__.py'), 'raise ModuleNotFoundError("No module named \'pandas\'", name="pandas")\n');
    await d.run(['practice', 'frames']);
    const r = await d.run(['check', 'frames'], { env: { PYTHONPATH: shadow } });
    expect(r.stderr).toBe('mlroad: this exercise needs pandas: python3 -m pip install pandas\n');
    expect(r.code).toBe(1);
    expect(d.state()).toBeNull();
  });

  it('exits 2 for a topic without an exercise, and for an exercise not written yet', async () => {
    expect((await d.run(['check', 'reading'])).code).toBe(2);
    const r = await d.run(['check', 'adder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`nothing to check yet for 1.1 Adder: ${d.file('adder')} does not exist (write it: mlroad practice 1.1)`);
    const none = await d.run(['check']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('mlroad: no exercise written yet: start one with `mlroad practice`\n');
    expect((await d.run(['check', 'adder', '--timeout', '0'])).code).toBe(2);
    expect((await d.run(['check', 'adder', '--watch', '--json'])).code).toBe(2);
  });
});

describe('practice in the rest of mlroad', () => {
  it('show, progress and next tell about exercises', async () => {
    await d.run(['practice', 'second']);
    d.save('second', ADDER_SOLVED);
    await d.run(['check', 'second']);
    expect((await d.json(['show', 'reading'])).practice).toBeNull();
    expect((await d.json(['show', 'adder'])).practice).toEqual({ status: 'new', attempts: 0, solved_at: null });
    const show = (await d.run(['show', 'second'])).stdout;
    expect(show).toContain('Exercise');
    expect(show).toContain('✓ solved 2026-03-01 (1 attempt)');
    const progress = await d.json(['progress']);
    expect([progress.practiced, progress.exercises]).toEqual([1, 3]);
    expect((await d.json(['progress', 'data'])).exercises).toBe(1);
    expect((await d.run(['progress'])).stdout).toContain('1/3 exercises solved');
    const next = await d.run(['next', '-n', '2']);
    expect(next.stdout).toContain('practise it: mlroad practice 1.1');
    const nextJson = await d.json(['next', '-n', '2']);
    expect(nextJson.map((p: { id: string; practice?: { status: string } }) => [p.id, p.practice?.status ?? 'no exercise'])).toEqual([
      ['adder', 'new'],
      ['reading', 'no exercise'],
    ]);
  });

  it('export and import carry practice records', async () => {
    await d.run(['practice', 'adder']);
    await d.run(['check', 'adder']);
    d.save('adder', ADDER_SOLVED);
    await d.run(['check', 'adder'], { now: '2026-03-02T09:00:00Z' });
    const exported = (await d.run(['export', '--format', 'json'])).stdout;
    expect(JSON.parse(exported).topics.adder.practice).toEqual({
      attempts: 2,
      last_status: 'passed',
      last_at: '2026-03-02T09:00:00.000Z',
      solved_at: '2026-03-02T09:00:00.000Z',
    });
    const file = join(tempDir(), 'export.json');
    writeFileSync(file, exported);
    const other = tempDir();
    const imported = await d.run(['import', file], { configDir: other });
    expect(imported.code, imported.stderr).toBe(0);
    expect((await d.json(['show', 'adder'], { configDir: other })).practice).toEqual({ status: 'solved', attempts: 2, solved_at: '2026-03-02T09:00:00.000Z' });
    // Importing again changes nothing (a count, merged by maximum).
    await d.run(['import', file], { configDir: other });
    expect((await d.json(['show', 'adder'], { configDir: other })).practice.attempts).toBe(2);
    // A bad practice record is refused, naming it.
    const bad = JSON.parse(exported);
    bad.topics.adder.practice.attempts = -1;
    writeFileSync(file, JSON.stringify(bad));
    const refused = await d.run(['import', file], { configDir: tempDir() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('topics["adder"].practice has no whole number of attempts');
  });

  it('a state file with a malformed practice record is refused as corrupt, not rewritten', async () => {
    await d.run(['practice', 'adder']);
    await d.run(['check', 'adder']);
    const state = d.state();
    state.roadmaps.drill.topics.adder.practice.last_status = 'great';
    writeFileSync(join(d.config, 'state.json'), JSON.stringify(state));
    const r = await d.run(['progress']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the practice record of topic "adder" of "drill" has a "last_status" that is not one of passed, failed, error, timeout');
  });
});
