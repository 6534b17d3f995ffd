// The built CLI run as a subprocess against a temporary config dir: every
// command in text and JSON, exit codes, and what is persisted.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
const run = (...args: string[]) => mlroad(args, { configDir: dir, env: { MLROAD_NOW: '2026-03-01T09:00:00Z' } });
const json = async (...args: string[]) => {
  const r = await run(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const stateFile = () => join(dir, 'state.json');

beforeEach(() => {
  dir = tempDir();
});

describe('a new user on the shipped roadmap', () => {
  it('next prints 1.1 with a reason; done 1.1 then next moves on to 1.2', async () => {
    const first = await run('next');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/1\.1\s+What is an ML Engineer\?/);
    expect(first.stdout).toContain('why: first pending topic of 1 Introduction in outline order');
    const done = await run('done', '1.1');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('✓ Marked 1.1 What is an ML Engineer? done');
    expect(done.stdout).toContain('Next: 1.2 ML Engineer vs AI Engineer');
    const second = await run('next');
    expect(second.stdout).toMatch(/1\.2\s+ML Engineer vs AI Engineer/);
  });

  it('bare mlroad without a TTY prints the same as next', async () => {
    const [bare, next] = await Promise.all([run(), run('next')]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(next.stdout);
  });

  it('progress --json has the contract shape and a percent for jq', async () => {
    await run('done', '1');
    const p = await json('progress');
    expect(p).toMatchObject({
      roadmap: { id: 'machine-learning', title: 'Machine Learning Roadmap' },
      done: 3,
      in_progress: 0,
      skipped: 0,
      pending: 118,
      total: 121,
      percent: 2.4,
    });
    expect(p.sections).toHaveLength(9);
    expect(p.sections[0]).toMatchObject({ id: 'introduction', number: '1', title: 'Introduction', done: 3, total: 3, percent: 100 });
    for (const s of p.sections)
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'number', 'title', 'done', 'in_progress', 'skipped', 'pending', 'total', 'percent']));
  });
});

describe('marking', () => {
  it('done/start/skip/reset --json report only the leaves that changed', async () => {
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    const m = (...args: string[]) => json('--roadmap', roadmap, ...args);
    expect((await m('start', 'alpha')).changed).toEqual([
      { id: 'alpha', number: '1.1', title: 'Alpha', path: ['Basics'], status: 'in-progress', estimate_hours: 2 },
    ]);
    expect((await m('done', 'basics')).changed.map((t: { id: string }) => t.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect((await m('done', 'basics')).changed).toEqual([]);
    expect((await m('skip', '2.2', 'zeta')).changed.map((t: { status: string }) => t.status)).toEqual(['skipped', 'skipped']);
    expect((await m('reset', '1.2')).changed).toMatchObject([{ id: 'beta', status: 'pending' }]);
    const p = await m('progress');
    expect(p).toMatchObject({ done: 2, skipped: 2, pending: 2, total: 6, percent: 50 });
  });

  it('marking a parent confirms each leaf; an unchanged mark says so', async () => {
    const a = await run('done', 'calculus');
    expect(a.stdout).toContain('✓ Marked 3 topics of 2.1 Calculus done:');
    expect(a.stdout).toContain('2.1.2 Chain Rule of Derivation');
    const b = await run('done', '2.1.2');
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('was already done; nothing changed.');
  });

  it('an unknown or ambiguous topic exits 2 and changes nothing', async () => {
    await run('done', '1.1');
    const before = readFileSync(stateFile(), 'utf8');
    const unknown = await run('done', '1.2', 'chian rule');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('mlroad: no topic matches "chian rule"; did you mean:');
    expect(unknown.stderr).toMatch(/2\.1\.2\s+chain-rule-of-derivation/);
    const ambiguous = await run('done', 'Scikit-learn');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('"Scikit-learn" matches 2 topics; use an id or an outline number:');
    expect(ambiguous.stderr).toMatch(/6\.3\s+sklearn\s+Machine Learning › Scikit-learn/);
    expect(ambiguous.stderr).toMatch(/8\.2\.3\s+scikit-learn-neural-networks\s+Deep Learning › Deep Learning Libraries › Scikit-learn/);
    expect(readFileSync(stateFile(), 'utf8')).toBe(before);
  });

  it('history records each change with its time, append-only', async () => {
    await run('start', '2.1.2');
    await run('done', '2.1.2');
    await run('reset', '2.1.2');
    const show = await json('show', '2.1.2');
    expect(show.history).toEqual([
      { status: 'in-progress', at: '2026-03-01T09:00:00.000Z', previous: 'pending' },
      { status: 'done', at: '2026-03-01T09:00:00.000Z', previous: 'in-progress' },
      { status: 'pending', at: '2026-03-01T09:00:00.000Z', previous: 'done' },
    ]);
  });

  it('the state file is private (0600) in a 0700 directory, keyed by roadmap and topic id', async () => {
    await run('done', '1.1');
    expect(statSync(stateFile()).mode & 0o777).toBe(0o600);
    const state = JSON.parse(readFileSync(stateFile(), 'utf8'));
    expect(state.version).toBe(1);
    expect(state.roadmaps['machine-learning'].topics['what-is-an-ml-engineer'].status).toBe('done');
  });

  it('several roadmaps keep separate progress in one config dir', async () => {
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    await run('done', '1.1');
    await run('--roadmap', roadmap, 'done', '1.1', '1.2');
    expect((await json('progress')).done).toBe(1);
    expect((await json('--roadmap', roadmap, 'progress')).done).toBe(2);
    // MLROAD_ROADMAP selects the file too.
    const viaEnv = await mlroad(['progress', '--json'], { configDir: dir, env: { MLROAD_ROADMAP: roadmap } });
    expect(JSON.parse(viaEnv.stdout).done).toBe(2);
  });

  it('progress of topics removed from the file is kept', async () => {
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    await run('--roadmap', roadmap, 'done', 'zeta');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(roadmap, SMALL_ROADMAP.replace(/ {6}- title: Zeta Alpha\n {8}id: zeta\n/, ''));
    await run('--roadmap', roadmap, 'done', 'alpha');
    writeFileSync(roadmap, SMALL_ROADMAP);
    expect((await json('--roadmap', roadmap, 'progress')).done).toBe(2);
  });
});

describe('next', () => {
  it('--json lists topics with reasons; -n and --in', async () => {
    const list = await json('next', '-n', '3');
    expect(list.map((t: { number: string }) => t.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(list[0]).toEqual({
      id: 'what-is-an-ml-engineer',
      number: '1.1',
      title: 'What is an ML Engineer?',
      path: ['Introduction'],
      status: 'pending',
      estimate_hours: expect.any(Number),
      reason: 'first pending topic of 1 Introduction in outline order',
      kind: 'study',
    });
    const within = await json('next', '--in', 'deep learning');
    // 8.1.1 needs Matrix Operations (2.2.2), which needs 2.2.1: the chain is explained.
    expect(within[0]).toMatchObject({
      number: '2.2.1',
      reason: 'prerequisite of 2.2.2 Matrix & Matrix Operations, on the way to 8.1.1 Perceptron, Multi-layer Perceptrons',
    });
  });

  it('in-progress topics come first', async () => {
    await run('start', '3.1.2');
    const [first] = await json('next');
    expect(first).toMatchObject({ number: '3.1.2', status: 'in-progress', reason: 'in progress since 2026-03-01' });
  });

  it('when nothing is left it says so and exits 0; --json prints []', async () => {
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    await run('--roadmap', roadmap, 'done', '1', '2');
    const text = await run('--roadmap', roadmap, 'next');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Nothing left to study in Small Roadmap: all 6 topics are done or skipped.');
    expect(await json('--roadmap', roadmap, 'next')).toEqual([]);
  });

  it('bad options exit 2 with a clear message', async () => {
    for (const args of [['next', '-n', '0'], ['next', '-n', 'x'], ['next', '--bogus'], ['nex'], ['progress', '--depth', '-1']]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^mlroad: /);
      expect(r.stdout).toBe('');
    }
    expect((await run('nex')).stderr).toContain("did you mean 'next'?");
  });
});

describe('progress, tree, show, validate', () => {
  it('progress text shows bars, counts and time left per section', async () => {
    await run('done', '1');
    const r = await run('progress');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Machine Learning Roadmap\n/);
    expect(r.stdout).toMatch(/[█▉▊▋▌▍▎▏░]{30}\s+2%\s+3\/121 done · ~\d+h left/);
    expect(r.stdout).toMatch(/\n {2}1 {2}Introduction +█{12}\s+100%\s+3\/3\n/);
    expect(r.stdout).toMatch(/\n {2}8 {2}Deep Learning +░{12}\s+0%\s+0\/25 +~\d+h left/);
    const deeper = await run('progress', '8', '--depth', '2');
    expect(deeper.stdout).toMatch(/^8 Deep Learning\n/);
    expect(deeper.stdout).toMatch(/\n {2}8\.3 +Deep Learning Architectures +░{12} +0% +0\/16/);
    expect(deeper.stdout).toMatch(/\n {4}8\.3\.1 +Convolutional Neural Network/);
  });

  it('tree shows numbers, glyphs and counts; --json is the nested outline', async () => {
    await run('done', '1.1');
    await run('start', '1.2');
    await run('skip', '1.3');
    const r = await run('tree', '--depth', '2');
    expect(r.stdout).toContain('◐ 1 Introduction  1/3');
    expect(r.stdout).toContain('  ✓ 1.1 What is an ML Engineer?');
    expect(r.stdout).toContain('  ◐ 1.2 ML Engineer vs AI Engineer');
    expect(r.stdout).toContain('  ⊘ 1.3 Skills and Responsibilities');
    expect(r.stdout).toContain('○ 2 Mathematical Foundations  0/17');
    expect(r.stdout).not.toContain('2.1.1');
    const tree = await json('tree');
    expect(tree).toHaveLength(9);
    expect(tree[0]).toMatchObject({ id: 'introduction', number: '1', status: 'in-progress', path: [] });
    expect(tree[1].children[0].children[1]).toMatchObject({ number: '2.1.2', path: ['Mathematical Foundations', 'Calculus'], children: [] });
    let count = 0;
    const walk = (ts: { children: unknown[] }[]) => ts.forEach((t) => (count++, walk(t.children as never)));
    walk(tree);
    expect(count).toBe(159);
  });

  it('show prints path, status, estimate, description, prerequisites, resources, questions', async () => {
    await run('done', '2.1.1');
    const r = await run('show', 'back propagation');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^8\.1\.3 {2}Back Propagation\nDeep Learning › Neural Network \(NN\) Basics\n○ pending · ~[\d.]+h of study\nid back-propagation\n/,
    );
    expect(r.stdout).toContain('Prerequisites\n');
    expect(r.stdout).toMatch(/Prerequisites\n(.*\n)*? {2}○ 2\.1\.2 Chain Rule of Derivation/);
    expect(r.stdout).toMatch(/Resources {2}\(mlroad open 8\.1\.3 N opens one\)\n {2}1\. \[\w+\] .+\n( {5}.*\n)*? {5}https:\/\//);
    expect(r.stdout).toMatch(/Check yourself {2}\(--answers shows the answers\)\n {2}• /);
    expect(r.stdout).not.toContain('Answer:');
    const answers = await run('show', 'back propagation', '--answers');
    expect(answers.stdout).toMatch(/Check yourself\n {2}• .+\n( {4}.+\n)*? {4}Answer: \S/);
    const j = await json('show', '8.1.3');
    expect(j).toMatchObject({ id: 'back-propagation', number: '8.1.3', status: 'pending', children: [], history: [] });
    expect(j.requires).toContain('chain-rule-of-derivation');
    expect(typeof j.description).toBe('string');
    expect(j.resources[0]).toEqual({ title: expect.any(String), url: expect.stringMatching(/^https:\/\//), kind: expect.any(String) });
    expect(j.questions.length).toBeGreaterThanOrEqual(2);
    // The self-checks: the same questions in the same order, each with its model answer.
    expect(j.self_check.map((q: { question: string }) => q.question)).toEqual(j.questions);
    for (const q of j.self_check) expect(q.answer).toMatch(/\w+ \w+ \w+/);
  });

  it('show --json gives a question without an answer in the file a null answer', async () => {
    const roadmap = writeRoadmap('id: q\ntitle: Q\ntopics:\n  - title: A\n    questions:\n      - Plain?\n      - question: Why?\n        answer: Because.\n');
    const j = JSON.parse((await mlroad(['--roadmap', roadmap, 'show', 'a', '--json'], { configDir: dir })).stdout);
    expect(j.questions).toEqual(['Plain?', 'Why?']);
    expect(j.self_check).toEqual([
      { question: 'Plain?', answer: null },
      { question: 'Why?', answer: 'Because.' },
    ]);
  });

  it('show of a parent lists its topics with statuses', async () => {
    await run('done', '2.1.1');
    const r = await run('show', '2.1');
    expect(r.stdout).toContain('Topics\n  ✓ 2.1.1 Derivatives, Partial Derivatives\n  ○ 2.1.2 Chain Rule of Derivation');
    expect((await json('show', '2.1')).children.map((c: { number: string; status: string }) => `${c.number} ${c.status}`)).toEqual([
      '2.1.1 done',
      '2.1.2 pending',
      '2.1.3 pending',
    ]);
  });

  it('validate reports a valid file with its size', async () => {
    const roadmap = writeRoadmap(SMALL_ROADMAP);
    const r = await run('validate', roadmap);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is valid: 8 topics (6 to study) in 2 sections, ~3.5h of study');
  });
});

describe('output', () => {
  it('--json prints exactly one JSON value for every data command', async () => {
    for (const args of [['next'], ['progress'], ['tree'], ['show', '1.1'], ['done', '1.1'], ['validate']]) {
      const r = await run(...args, '--json');
      expect(r.code, args.join(' ')).toBe(0);
      expect(() => JSON.parse(r.stdout), args.join(' ')).not.toThrow();
    }
  });

  it('no colour codes in a pipe; FORCE_COLOR adds them; NO_COLOR and --no-color win', async () => {
    const plain = await run('progress');
    expect(plain.stdout).not.toContain('\x1b[');
    const forced = await mlroad(['progress'], { configDir: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\x1b[');
    const noColor = await mlroad(['progress'], { configDir: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\x1b[');
    const flag = await mlroad(['progress', '--no-color'], { configDir: dir, env: { FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain('\x1b[');
  });

  it('every command has --help with examples', async () => {
    for (const command of ['next', 'done', 'start', 'skip', 'reset', 'progress', 'tree', 'show', 'validate', 'browse']) {
      const r = await run(command, '--help');
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain(`Usage: mlroad ${command}`);
      expect(r.stdout, command).toContain('Examples:\n  $ mlroad');
      expect(r.stdout, command).toContain('--config-dir <DIR>');
    }
    const top = await run('--help');
    expect(top.stdout).toMatch(/Commands:\n(.*\n)*\s+next \[options\]/);
    expect((await run('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('browse without a terminal exits 2 pointing to tree and next', async () => {
    const r = await run('browse');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mlroad tree');
    expect(r.stderr).toContain('mlroad next');
  });

  it('an invalid MLROAD_NOW exits 2', async () => {
    const r = await mlroad(['next'], { configDir: dir, env: { MLROAD_NOW: 'yesterday' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('MLROAD_NOW is not an ISO 8601 time: "yesterday"');
  });

  it('escape sequences in roadmap text never reach the terminal raw', async () => {
    const evil = SMALL_ROADMAP.replace('title: Alpha', 'title: "Al\\e]0;pwned\\apha\\e[31m"').replace('title: Small Roadmap', 'title: "Small\\x9b2J Roadmap"');
    const roadmap = writeRoadmap(evil);
    for (const args of [['next'], ['progress'], ['tree'], ['show', 'alpha'], ['done', 'alpha'], ['show', 'nothing-like-it']]) {
      const r = await run('--roadmap', roadmap, ...args);
      expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(/[\x1b\x07\x9b]/);
    }
    const j = await run('--roadmap', roadmap, 'show', 'alpha', '--json');
    expect(j.stdout).not.toMatch(/[\x1b\x07\x9b]/);
    expect(JSON.parse(j.stdout).title).toBe('Al\x1b]0;pwned\x07pha\x1b[31m');
  });
});
