// Rough edges a new user hits (issue 17), through the CLI in-process.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mlroad, tempDir, writeRoadmap } from '../helpers.js';

describe('a mistyped command', () => {
  it('followed by its argument still suggests the command (not "too many arguments")', async () => {
    const dir = tempDir();
    for (const [typo, meant] of [
      ['dne', 'done'],
      ['shwo', 'show'],
      ['nex', 'next'],
    ] as const) {
      const r = await mlroad([typo, '2.1.1', '--json'], { configDir: dir });
      expect(r.code, typo).toBe(2);
      expect(r.stderr).toBe(`mlroad: unknown command '${typo}' (did you mean '${meant}'?); see \`mlroad --help\`\n`);
      expect(r.stdout).toBe('');
    }
    // Options after the typo do not hide it either.
    expect((await mlroad(['nex', '-n', '3'], { configDir: dir })).stderr).toContain("did you mean 'next'?");
    // Nothing was marked.
    expect(JSON.parse((await mlroad(['progress', '--json'], { configDir: dir })).stdout).done).toBe(0);
  });
});

describe('show and the browser render a topic from one function', () => {
  it('local times from TZ: a note made at 23:30Z is 08:30 the next day in Tokyo, in show as in the browser', async () => {
    const dir = tempDir();
    const at = { MLROAD_NOW: '2026-03-01T23:30:00Z' };
    await mlroad(['note', '2.1.2', 'chain rule: multiply the local derivatives'], { configDir: dir, env: at });
    await mlroad(['done', '2.1.2'], { configDir: dir, env: at });
    const tokyo = await mlroad(['show', '2.1.2'], { configDir: dir, env: { TZ: 'Asia/Tokyo' } });
    expect(tokyo.stdout).toMatch(/Notes\n {2}2026-03-02 08:30\n {4}chain rule: multiply the local derivatives\n/);
    expect(tokyo.stdout).toMatch(/History\n {2}2026-03-02 08:30 {2}pending → ✓ done\n/);
    const utc = await mlroad(['show', '2.1.2'], { configDir: dir, env: { TZ: 'UTC' } });
    expect(utc.stdout).toMatch(/Notes\n {2}2026-03-01 23:30\n/);
    // A TZ that Intl does not know (a POSIX rule) falls back to the system's zone instead of failing.
    expect((await mlroad(['show', '2.1.2'], { configDir: dir, env: { TZ: 'JST-9' } })).code).toBe(0);
  });
});

describe('show --answers', () => {
  it('prints the questions, and their model answers only when asked', async () => {
    const roadmap = writeRoadmap(`id: qa
title: QA
topics:
  - title: Attention
    id: attention
    questions:
      - question: Why are attention scores divided by the square root of d?
        answer: Without it the dot products grow with d and push softmax into saturation.
      - What is a key?
`);
    const plain = await mlroad(['--roadmap', roadmap, 'show', 'attention'], { configDir: tempDir() });
    expect(plain.stdout).toContain(
      'Check yourself  (--answers shows the answers)\n  • Why are attention scores divided by the square root of d?\n  • What is a key?\n',
    );
    expect(plain.stdout).not.toContain('saturation');
    const shown = await mlroad(['--roadmap', roadmap, 'show', 'attention', '--answers'], { configDir: tempDir() });
    expect(shown.stdout).toContain(
      'Check yourself\n  • Why are attention scores divided by the square root of d?\n    Answer: Without it the dot products grow with d and push softmax into\n    saturation.\n  • What is a key?\n',
    );
    const json = JSON.parse((await mlroad(['--roadmap', roadmap, 'show', 'attention', '--json'], { configDir: tempDir() })).stdout);
    expect(json.self_check).toEqual([
      {
        question: 'Why are attention scores divided by the square root of d?',
        answer: 'Without it the dot products grow with d and push softmax into saturation.',
      },
      { question: 'What is a key?', answer: null },
    ]);
  });
});

describe('text fits the terminal', () => {
  const NOW = { MLROAD_NOW: '2026-03-20T09:00:00Z', NO_COLOR: '1', TZ: 'UTC' };
  async function withProgress() {
    const dir = tempDir();
    const at = (d: string) => ({ configDir: dir, env: { ...NOW, MLROAD_NOW: `${d}T09:00:00Z` } });
    await mlroad(['done', '1.1'], at('2026-03-02'));
    await mlroad(['done', '1.2', '1.3'], at('2026-03-09'));
    await mlroad(['done', '2.1.1'], at('2026-03-16'));
    await mlroad(['start', '2.2.1'], at('2026-03-18'));
    await mlroad(['skip', '9'], at('2026-03-19'));
    await mlroad(['note', '2.1.2', 'the chain rule multiplies the local derivatives along a path'], at('2026-03-19'));
    return dir;
  }
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  it('every line fits 80, 50 and 40 columns, and no word is split: each word on a terminal is a word of the unwrapped text', async () => {
    const dir = await withProgress();
    const commands = [
      ['progress'],
      ['progress', '--depth', '2', '2'],
      ['next', '-n', '2'],
      ['next', '-n', '8'],
      ['stats'],
      ['show', '2.1.2'],
      ['tree', '2'],
      ['validate'],
    ];
    for (const args of commands) {
      const pipe = await mlroad(args, { configDir: dir, env: NOW });
      expect(pipe.code, args.join(' ')).toBe(0);
      const known = new Set(words(pipe.stdout));
      for (const columns of [80, 50, 40]) {
        const tty = await mlroad(args, { configDir: dir, env: NOW, tty: { columns, rows: 24 } });
        for (const line of tty.stdout.split('\n')) expect([...line].length, `${args.join(' ')} @${columns}: ${line}`).toBeLessThanOrEqual(columns);
        for (const word of words(tty.stdout)) {
          // A table may cut a title on a terminal ("Mathematical F…"): that is marked. Bars, the heatmap and its
          // number of weeks ("last 21 weeks") change with the width.
          if (word.endsWith('…') || /^[█▏▎▍▌▋▊▉░■·▒▓]+$/.test(word) || /^(Sep|Oct|Nov|Dec|Jan|Feb|Mar|\d+)$/.test(word)) continue;
          // A word longer than a line (a URL) is the one thing broken inside, never cut.
          const broken = [...known].some((k) => k.length > columns - 5 && k.includes(word));
          expect(known.has(word) || broken, `${args.join(' ')} @${columns}: "${word}" is not a word of the unwrapped text`).toBe(true);
        }
      }
    }
  });

  it('in a pipe nothing is cut: progress keeps whole titles however long', async () => {
    const dir = await withProgress();
    const r = await mlroad(['progress', '--depth', '3', '8'], { configDir: dir, env: NOW });
    expect(r.stdout).toContain('Perceptron, Multi-layer Perceptrons');
    expect(r.stdout).not.toContain('…');
  });

  it('a section whose every topic is skipped says so instead of a full bar at 100 %; a finished one has no time left', async () => {
    const dir = await withProgress();
    const r = await mlroad(['progress'], { configDir: dir, env: NOW });
    expect(r.stdout).toMatch(/\n {2}9 {2}Advanced Concepts in ML +░{12} +- +0\/6 {2}skipped\n/);
    expect(r.stdout).toMatch(/\n {2}1 {2}Introduction +█{12} +100% +3\/3\n/);
    const show = await mlroad(['show', '1'], { configDir: dir, env: NOW });
    expect(show.stdout).toMatch(/✓ done · 3\/3 done · ~[\d.]+h in all, nothing left\n/);
    expect(show.stdout).not.toContain('~1m left');
  });

  it('statuses read "in progress" in text (JSON keeps "in-progress")', async () => {
    const dir = await withProgress();
    const show = await mlroad(['show', '2.2.1'], { configDir: dir, env: NOW });
    expect(show.stdout).toContain('◐ in progress');
    expect(show.stdout).not.toContain('in-progress');
    expect(JSON.parse((await mlroad(['show', '2.2.1', '--json'], { configDir: dir, env: NOW })).stdout).status).toBe('in-progress');
  });
});

describe('next --oneline', () => {
  it('is the default above 3 topics: one line each with number, title, estimate and why; --no-oneline gives the blocks', async () => {
    const dir = tempDir();
    const env = { NO_COLOR: '1' };
    const many = await mlroad(['next', '-n', '10'], { configDir: dir, env });
    const rows = many.stdout.split('\n').filter((l) => /^ {2}\d/.test(l));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatch(/^ {2}1\.1 +What is an ML Engineer\? +~45m {2}\S/);
    expect(many.stdout.split('\n').length).toBeLessThan(17); // was ~40 lines
    expect(many.stdout).not.toContain('why:');
    const blocks = await mlroad(['next', '-n', '10', '--no-oneline'], { configDir: dir, env });
    expect(blocks.stdout.match(/why:/g)).toHaveLength(10);
    const few = await mlroad(['next', '-n', '3'], { configDir: dir, env });
    expect(few.stdout.match(/why:/g)).toHaveLength(3);
    const one = await mlroad(['next', '--oneline'], { configDir: dir, env });
    expect(one.stdout).not.toContain('why:');
    expect(one.stdout).toMatch(/\n {2}1\.1 {2}What is an ML Engineer\?/);
  });

  it('fits one line per topic on a terminal, cutting the reason first', async () => {
    const dir = tempDir();
    const r = await mlroad(['next', '-n', '6'], { configDir: dir, env: { NO_COLOR: '1' }, tty: { columns: 60, rows: 24 } });
    const rows = r.stdout.split('\n').filter((l) => /^ {2}\d/.test(l));
    expect(rows).toHaveLength(6);
    for (const row of rows) expect([...row].length).toBeLessThanOrEqual(60);
  });
});

describe('ASCII mode', () => {
  const run = (dir: string, args: string[], env: Record<string, string | undefined>) =>
    mlroad(args, { configDir: dir, env: { MLROAD_NOW: '2026-03-20T09:00:00Z', TZ: 'UTC', ...env } });

  it('a locale that is not UTF-8 (LANG=C) draws progress, tree, next, stats and validate in ASCII only', async () => {
    const dir = tempDir();
    await run(dir, ['done', '1'], { MLROAD_NOW: '2026-03-18T09:00:00Z' });
    await run(dir, ['start', '2.1.1'], {});
    await run(dir, ['skip', '2.5'], {});
    for (const args of [['progress'], ['progress', '--short'], ['tree', '2'], ['next', '-n', '2'], ['next', '-n', '5'], ['stats'], ['validate']]) {
      const r = await run(dir, args, { LANG: 'C' });
      expect(r.code).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/^[\x20-\x7e\n]*$/);
      const unicode = await run(dir, args, {});
      expect(unicode.stdout, args.join(' ')).toMatch(/[^\x20-\x7e\n]/); // the same in a UTF-8 locale is not ASCII
    }
    expect((await run(dir, ['progress', '--short'], { LANG: 'C' })).stdout).toBe('ML 2% ..........\n');
    // What the commands that change things say, too.
    for (const args of [['done', '3.1.1'], ['log'], ['undo'], ['note', '1.1', 'ascii please'], ['start', '3']]) {
      const r = await run(dir, args, { LANG: 'C' });
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/^[\x20-\x7e\n]*$/);
    }
    const tree = (await run(dir, ['tree', '2.1'], { LC_ALL: 'POSIX', LANG: 'en_US.UTF-8' })).stdout;
    expect(tree).toContain('~ 2.1 Calculus  0/3\n  ~ 2.1.1 Derivatives, Partial Derivatives\n');
    expect((await run(dir, ['tree', '2.5'], { LANG: 'C' })).stdout).toContain('- 2.5 Discrete Mathematics');
  });

  it('display.ascii (MLROAD_ASCII or config.json) wins over the locale, both ways', async () => {
    const dir = tempDir();
    expect((await run(dir, ['progress', '--short'], { LANG: 'C.UTF-8', MLROAD_ASCII: 'true' })).stdout).toBe('ML 0% ..........\n');
    expect((await run(dir, ['progress', '--short'], { LANG: 'C', MLROAD_ASCII: 'false' })).stdout).toBe('ML 0% ▱▱▱▱▱▱▱▱▱▱\n');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ display: { ascii: true } }));
    expect((await run(dir, ['progress', '--short'], { LANG: 'C.UTF-8' })).stdout).toBe('ML 0% ..........\n');
    const bad = await run(dir, ['progress'], { MLROAD_ASCII: 'maybe' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('MLROAD_ASCII="maybe": display.ascii must be true or false');
  });
});

describe('progress for ids no longer in the file (a renamed title)', () => {
  const before = `id: mine
title: My Roadmap
topics:
  - title: Neural Networks
    id: nn
    children:
      - title: Back Propagation
      - title: Gradient Descent
      - title: Loss Functions
`;
  it('validate, next and progress say so and suggest doctor --rename with the closest title; the rename brings it back', async () => {
    const dir = tempDir();
    const file = writeRoadmap(before);
    const run = (args: string[]) => mlroad(['--roadmap', file, ...args], { configDir: dir, env: { NO_COLOR: '1' } });
    await run(['done', 'back propagation']);
    await run(['start', 'loss functions']);
    // The learner renames two titles: their ids (derived from the titles) change.
    writeFileSync(file, before.replace('Back Propagation', 'Backpropagation').replace('Loss Functions', 'Loss Functions and Metrics'));

    const validate = await run(['validate', file]);
    expect(validate.code).toBe(0); // still a valid file
    expect(validate.stdout).toContain('2 topic ids with progress are no longer in');
    expect(validate.stdout).toContain(
      '  back-propagation (done): renamed to 1.1 Backpropagation? Then:\n    mlroad doctor --rename back-propagation backpropagation\n',
    );
    expect(validate.stdout).toContain(
      '  loss-functions (in progress): renamed to 1.3 Loss Functions and Metrics? Then:\n    mlroad doctor --rename loss-functions loss-functions-and-metrics\n',
    );
    const json = JSON.parse((await run(['validate', file, '--json'])).stdout);
    expect(json.lost_progress).toEqual([
      { id: 'back-propagation', status: 'done', renamed_to: 'backpropagation' },
      { id: 'loss-functions', status: 'in-progress', renamed_to: 'loss-functions-and-metrics' },
    ]);

    const next = await run(['next']);
    expect(next.code).toBe(0);
    expect(next.stderr).toContain('mlroad doctor --rename back-propagation backpropagation');
    expect(next.stdout).not.toContain('doctor'); // a notice, not the command's output
    const progress = await run(['progress']);
    expect(progress.stderr).toContain('mlroad doctor --rename loss-functions loss-functions-and-metrics');
    expect(JSON.parse((await run(['progress', '--json'])).stdout).lost_progress).toHaveLength(2);
    expect((await run(['next', '--json'])).stderr).toBe('');

    // Following the advice brings the progress back, and the notices stop.
    expect((await run(['doctor', '--rename', 'back-propagation', 'backpropagation'])).code).toBe(0);
    expect((await run(['doctor', '--rename', 'loss-functions', 'loss-functions-and-metrics'])).code).toBe(0);
    expect((await run(['next'])).stderr).toBe('');
    expect((await run(['validate', file])).stdout).not.toContain('no longer in');
    expect(JSON.parse((await run(['progress', '--json'])).stdout)).toMatchObject({ done: 1, in_progress: 1 });
  });

  it('an id with no topic like it is reported without a guess; pending ids without history are not reported', async () => {
    const dir = tempDir();
    const file = writeRoadmap(before);
    const run = (args: string[]) => mlroad(['--roadmap', file, ...args], { configDir: dir, env: { NO_COLOR: '1' } });
    await run(['done', 'gradient descent']);
    writeFileSync(file, before.replace('Gradient Descent', 'Optimisers'));
    const validate = await run(['validate', file]);
    expect(validate.stdout).toContain('gradient-descent (done): no topic like it: mlroad doctor lists them');
  });
});
