// `mlroad focus`: restricts next to a branch, per roadmap, until cleared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
let small: string;
const run = (...args: string[]) => mlroad(args, { configDir: dir, env: { MLROAD_NOW: '2026-03-01T09:00:00Z' } });
const json = async (...args: string[]) => {
  const r = await run(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const ids = (list: { id: string }[]) => list.map((t) => t.id);

beforeEach(() => {
  dir = tempDir();
  small = writeRoadmap(SMALL_ROADMAP);
});

describe('focus', () => {
  it('restricts next to the branch until --clear; shown in next and by focus alone', async () => {
    const set = await run('--roadmap', small, 'focus', 'advanced');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Focus set on 2 Advanced (0/3 done)');
    // Delta needs Gamma (outside the branch): the prerequisite still comes first.
    expect(ids(await json('--roadmap', small, 'next', '-n', '4'))).toEqual(['gamma', 'delta', 'epsilon', 'zeta']);
    const text = await run('--roadmap', small, 'next');
    expect(text.stdout).toMatch(/^Next up in 2 Advanced \(focus\) \(0\/3 done\)/);
    expect(text.stdout).toContain('Focus on 2 Advanced: mlroad focus --clear to lift it');
    expect((await run('--roadmap', small, 'focus')).stdout).toMatch(/^Focus: 2 Advanced \(0\/3 done\)/);
    expect(await json('--roadmap', small, 'focus')).toEqual({
      focus: { id: 'advanced', number: '2', title: 'Advanced', path: [], status: 'pending', estimate_hours: null },
    });
    const cleared = await run('--roadmap', small, 'focus', '--clear');
    expect(cleared.stdout).toBe('Focus cleared: `mlroad next` covers the whole roadmap.\n');
    expect(await json('--roadmap', small, 'focus')).toEqual({ focus: null });
    expect(ids(await json('--roadmap', small, 'next', '-n', '2'))).toEqual(['alpha', 'beta']);
  });

  it('next --in overrides the focus for one look; the focus stays', async () => {
    await run('--roadmap', small, 'focus', '2');
    expect(ids(await json('--roadmap', small, 'next', '--in', 'basics'))).toEqual(['alpha']);
    expect((await run('--roadmap', small, 'next', '--in', 'basics')).stdout).not.toContain('(focus)');
    expect((await json('--roadmap', small, 'focus')).focus.id).toBe('advanced');
  });

  it('is stored per roadmap, by topic id', async () => {
    await run('--roadmap', small, 'focus', 'deep learning');
    expect((await json('--roadmap', small, 'focus')).focus).toBeNull();
    await run('focus', 'deep learning');
    const state = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'));
    expect(state.roadmaps['machine-learning'].focus).toBe('deep-learning');
    expect(state.roadmaps.small?.focus).toBeUndefined();
    expect((await json('next'))[0].number).toBe('2.2.1');
    expect((await json('--roadmap', small, 'next'))[0].id).toBe('alpha');
  });

  it('a finished branch says so and how to lift the focus', async () => {
    await run('--roadmap', small, 'focus', 'basics');
    await run('--roadmap', small, 'done', 'basics');
    const r = await run('--roadmap', small, 'next', '--no-review');
    expect(r.stdout).toContain('✓ Nothing left to study in 1 Basics (focus): all 3 topics are done or skipped.');
    expect(r.stdout).toContain('Lift the focus to see the rest of the roadmap: mlroad focus --clear');
  });

  it('a focus whose topic left the roadmap is ignored with a warning', async () => {
    await run('--roadmap', small, 'focus', 'zeta');
    const edited = writeRoadmap(SMALL_ROADMAP.replace('      - title: Zeta Alpha\n        id: zeta\n', ''));
    const r = await run('--roadmap', edited, 'next', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('mlroad: the focus "zeta" is not a topic of this roadmap; ignoring it (mlroad focus --clear)');
    expect(ids(JSON.parse(r.stdout))).toEqual(['alpha']);
    expect(await json('--roadmap', edited, 'focus')).toEqual({ focus: null, stale: 'zeta' });
  });

  it('bad usage exits 2 and changes nothing', async () => {
    await run('--roadmap', small, 'focus', 'advanced');
    const before = readFileSync(join(dir, 'state.json'), 'utf8');
    for (const [args, message] of [
      [['focus', 'basics', '--clear'], 'give a TOPIC to focus on, or --clear, not both'],
      [['focus', 'nothing-like-it'], 'no topic matches "nothing-like-it"'],
    ] as [string[], string][]) {
      const r = await run('--roadmap', small, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(message);
    }
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(before);
  });
});
