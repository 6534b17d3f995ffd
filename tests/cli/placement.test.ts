// `mlroad placement`: one self-check question per pending leaf; what the
// learner knew becomes done in ONE change (history "placement", a first review
// card as if reviewed Good), taken back by one `undo`; --json lists the
// questions, --known applies answers from a script; the interactive session
// reveals the answer and asks "knew it / not yet".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, tempDir, writeRoadmap } from '../helpers.js';

const ROADMAP = `id: place
title: Place Roadmap
topics:
  - title: Basics
    id: basics
    children:
      - title: Alpha
        id: alpha
        estimate: 2h
        description: Alpha comes first.
        questions:
          - What is alpha?
          - question: Why does alpha come first?
            answer: Everything else builds on it.
      - title: Beta
        id: beta
        description: Beta is second.
        questions: [What is beta?]
      - title: Gamma
        id: gamma
  - title: Advanced
    id: advanced
    children:
      - title: Delta
        id: delta
        requires: [gamma]
        questions:
          - question: What does delta need?
            answer: Gamma.
      - title: Epsilon
        id: epsilon
`;

const NOW = '2026-03-01T09:00:00Z';
let dir: string;
let roadmap: string;
const run = (args: string[], extra: { tty?: boolean; stdin?: string; now?: string } = {}) =>
  mlroad(['--roadmap', roadmap, ...args], {
    configDir: dir,
    env: { MLROAD_NOW: extra.now ?? NOW, NO_COLOR: '1' },
    ...(extra.tty ? { tty: { columns: 80, rows: 24 } } : {}),
    ...(extra.stdin !== undefined ? { stdin: extra.stdin } : {}),
  });
const json = async (args: string[], now?: string) => {
  const r = await run([...args, '--json'], now ? { now } : {});
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const state = () => JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).roadmaps.place;

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(ROADMAP);
});

describe('placement --json', () => {
  it('lists one question per pending leaf (the first with a model answer), with its answer or the description', async () => {
    await run(['start', 'epsilon']);
    const list = await json(['placement']);
    expect(list.map((q: { id: string }) => q.id)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(list[0]).toMatchObject({
      id: 'alpha',
      question: 'Why does alpha come first?',
      answer: 'Everything else builds on it.',
      answer_is_description: false,
    });
    expect(list[1]).toMatchObject({ id: 'beta', question: 'What is beta?', answer: 'Beta is second.', answer_is_description: true });
    expect(list[2]).toMatchObject({ id: 'gamma', question: 'Could you explain "Gamma" to someone else, and use it?', answer: null });
    expect((await json(['placement', 'advanced'])).map((q: { id: string }) => q.id)).toEqual(['delta']);
  });
});

describe('placement --known', () => {
  it('marks the known leaves done in one change, history "placement", each with a first card rated Good', async () => {
    const r = await json(['placement', '--known', 'alpha', 'advanced']);
    expect(r.changed.map((t: { id: string }) => t.id)).toEqual(['alpha', 'delta', 'epsilon']);
    const s = state();
    for (const id of ['alpha', 'delta', 'epsilon']) {
      expect(s.topics[id].history).toEqual([{ status: 'done', at: '2026-03-01T09:00:00.000Z', previous: 'pending', change: 1, via: 'placement' }]);
      // As if reviewed Good on a new card: stability 2.3065 days (FSRS's w[2]), first review 3 days later.
      expect(s.topics[id].card).toMatchObject({ stability: 2.3065, due: '2026-03-04T09:00:00.000Z', last_review: '2026-03-01T09:00:00.000Z' });
    }
    expect(s.changes).toBe(1);
    // Log and show say "placement".
    expect((await run(['log'])).stdout).toContain('✓ done        1.1 Alpha  (placement; was pending)');
    expect((await json(['log']))[0]).toMatchObject({ id: 'alpha', via: 'placement' });
    expect((await json(['show', 'alpha'])).history).toEqual([{ status: 'done', at: '2026-03-01T09:00:00.000Z', previous: 'pending', via: 'placement' }]);
    expect((await run(['show', 'alpha'])).stdout).toMatch(/pending → ✓ done \(placement\)/);
    // Known topics are not study done that day: no streak, no pace.
    const stats = await json(['stats']);
    expect(stats.streak.current).toBe(0);
    expect(stats.pace.done).toBe(0);
  });

  it('one undo takes the whole placement back, cards included', async () => {
    await run(['placement', '--known', 'basics']);
    const undo = await json(['undo']);
    expect(undo.changed.map((t: { id: string }) => t.id)).toEqual(['alpha', 'beta', 'gamma']);
    const s = state();
    for (const id of ['alpha', 'beta', 'gamma']) {
      expect(s.topics[id].status).toBe('pending');
      expect(s.topics[id].card).toBeUndefined();
    }
    expect((await json(['undo'])).changed).toEqual([]);
  });

  it('leaves done already stay as they are; a topic outside the scope or unknown is exit 2 and changes nothing', async () => {
    await run(['done', 'alpha']);
    const r = await json(['placement', '--known', 'basics']);
    expect(r.changed.map((t: { id: string }) => t.id)).toEqual(['beta', 'gamma']);
    expect(state().topics.alpha.history).toHaveLength(1);
    const outside = await run(['placement', 'advanced', '--known', 'alpha']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe("mlroad: 1.1 Alpha is not under 2 Advanced, the placement's scope\n");
    expect((await run(['placement', '--known', 'nope'])).code).toBe(2);
    expect(state().changes).toBe(2);
  });

  it('text: what was marked and how to take it back', async () => {
    const r = await run(['placement', '--known', 'alpha', 'beta']);
    expect(r.stdout).toBe(
      [
        '✓ Marked 2 topics done (placement), each with a first review in a few days:',
        '    1.1 Alpha',
        '    1.2 Beta',
        'Undo it all at once: mlroad undo',
        '2/5 done (40%). What to study now: mlroad next',
        '',
      ].join('\n'),
    );
  });
});

describe('placement on a terminal', () => {
  it('asks each question, reveals the answer, and applies "knew it" at the end as one change', async () => {
    // Alpha: reveal, knew it. Beta: reveal, not yet. Gamma: knew it without revealing. Delta: not yet.
    const r = await run(['placement'], { tty: true, stdin: ' y nyn' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('── Placement 1 of 5 ');
    expect(r.stdout).toContain('  Q: Why does alpha come first?');
    expect(r.stdout).toContain('Answer\n  Everything else builds on it.');
    expect(r.stdout).toContain('No model answer: the topic in brief\n  Beta is second.');
    expect(r.stdout).toContain('✓ Knew it: marked done at the end');
    expect(r.stdout).toContain('Not yet: it stays to study');
    expect(r.stdout).toContain(
      'You knew 2 of 4 (stopped with 1 left: mlroad placement asks them again).\n✓ Marked 2 topics done (placement), each with a first review in a few days:\n    1.1 Alpha\n    1.3 Gamma\n',
    );
    const s = state();
    expect(s.changes).toBe(1);
    expect(s.topics.alpha.history[0].via).toBe('placement');
    expect(s.topics.beta).toBeUndefined();
    // What is left is asked next time; Delta's prerequisite Gamma is done now.
    const again = await json(['placement']);
    expect(again.map((q: { id: string }) => q.id)).toEqual(['beta', 'delta', 'epsilon']);
  });

  it('quitting at once marks nothing; a section with nothing pending says so', async () => {
    const q = await run(['placement', 'basics'], { tty: true, stdin: 'q' });
    expect(q.stdout).toContain('You knew 0 of 0 (stopped with 3 left: mlroad placement 1 asks them again).\nNothing marked done.');
    await run(['done', 'basics']);
    expect((await run(['placement', 'basics'], { tty: true, stdin: 'y' })).stdout).toBe(
      'Nothing to place in 1 Basics: every topic is done, in progress or skipped.\n',
    );
  });

  it('in a pipe: the questions as a list, with how to answer them', async () => {
    const r = await run(['placement', 'advanced']);
    expect(r.stdout).toBe(
      [
        'Placement: 2 questions on 2 Advanced (one per topic still to study)',
        '',
        '  2.1  Delta',
        '       Advanced',
        '       Q: What does delta need?',
        '',
        '  2.2  Epsilon',
        '       Advanced',
        '       Q: Could you explain "Epsilon" to someone else, and use it?',
        '',
        'Answer them on a terminal: mlroad placement 2 · or mark what you know: mlroad placement --known 2.1 …',
        '',
      ].join('\n'),
    );
  });
});

describe('"via" in the state file', () => {
  it('survives export and import; a malformed one makes the file corrupt (exit 1, never rewritten)', async () => {
    await run(['placement', '--known', 'alpha']);
    const exported = await run(['export', '--format', 'json']);
    const other = tempDir();
    const file = join(other, 'export.json');
    writeFileSync(file, exported.stdout);
    const dir2 = tempDir();
    const imported = await mlroad(['--roadmap', roadmap, 'import', file], { configDir: dir2, env: { MLROAD_NOW: NOW } });
    expect(imported.code).toBe(0);
    const log = await mlroad(['--roadmap', roadmap, 'log', '--json'], { configDir: dir2, env: { MLROAD_NOW: NOW } });
    expect(JSON.parse(log.stdout)[0]).toMatchObject({ id: 'alpha', via: 'placement' });

    const text = readFileSync(join(dir, 'state.json'), 'utf8').replace('"via": "placement"', '"via": 5');
    writeFileSync(join(dir, 'state.json'), text);
    const r = await run(['next']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has a malformed history entry');
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(text);
  });
});
