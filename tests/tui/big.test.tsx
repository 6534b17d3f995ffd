// A 10,000-topic roadmap: only the rows on screen are drawn, so every frame
// stays within the terminal and a key costs the same near the top and the
// bottom. The keypress-to-frame time is printed, never asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutOf } from '../../src/tui/layout.js';
import type { Roadmap } from '../../src/core/roadmap/types.js';
import { bigRoadmapYaml, KEY, persisted, roadmapFrom, sleep, start, type Harness } from './helpers.js';

const SIZE = { columns: 80, rows: 24 };
let roadmap: Roadmap;
let h: Harness;

beforeAll(async () => {
  roadmap = roadmapFrom(bigRoadmapYaml(10_000));
  h = await start({ roadmap, size: SIZE });
});
afterAll(() => h.unmount());

const treeRows = (frame: string) => frame.split('\n').filter((l) => /[○◐✓⊘] \d/.test(l));

describe('a 10,000-topic roadmap', () => {
  it('has every row of the open section in its flattened list, yet draws one screen', () => {
    expect(roadmap.all).toHaveLength(10_000);
    const frame = h.frame();
    expect(frame.split('\n')).toHaveLength(SIZE.rows - 1);
    expect(treeRows(frame)).toHaveLength(layoutOf(SIZE).body);
    expect(h.cursorLine()).toMatch(/1\.1 Topic number 1$/);
  });

  it('moves, pages and jumps to the end with every frame at most rows-1 lines', async () => {
    const body = layoutOf(SIZE).body;
    const from = h.frames.length;
    for (let i = 0; i < 30; i++) await h.press('j');
    await h.until(() => /1\.31 Topic number 31$/.test(h.cursorLine()));
    await h.press(KEY.pageDown, KEY.pageDown, KEY.pageDown);
    await h.until(() => new RegExp(`1\\.${31 + 3 * body} Topic`).test(h.cursorLine()));
    await h.press('G');
    const bottom = await h.until(() => /1\.9999 Topic number 9999$/.test(h.cursorLine()));
    expect(treeRows(bottom)).toHaveLength(body);
    expect(bottom).not.toMatch(/Topic number 1$/m);
    await h.press(KEY.space);
    await h.until((f) => f.includes('Marked 1.9999 Topic number 9999 done'));
    expect(persisted(h.store, 'big', 't9999')).toBe('done');
    await h.press('g');
    await h.until(() => /❯ ▾ ◐ 1 Everything/.test(h.cursorLine()));
    const frames = h.frames.slice(from);
    expect(frames.length).toBeGreaterThan(30);
    for (const f of frames) expect(f.split('\n').length).toBeLessThanOrEqual(SIZE.rows - 1);
  });

  it('answers every key with the right frame; keypress-to-frame is printed, not asserted', async () => {
    const measure = async (app: Harness, label: string) => {
      const times: number[] = [];
      await app.press('g');
      const top = app.cursorLine();
      for (let i = 0; i < 40; i++) {
        const before = app.frames.length;
        const t0 = performance.now();
        app.stdin.write(i % 2 ? 'k' : 'j');
        while (app.frames.length === before) await new Promise((r) => setImmediate(r));
        times.push(performance.now() - t0);
        // j then k: the cursor is off the first row, then back on it.
        if (i % 2) expect(app.cursorLine()).toBe(top);
        else expect(app.cursorLine()).not.toBe(top);
        await sleep(12);
      }
      times.sort((a, b) => a - b);
      const q = (f: number) => times[Math.floor(times.length * f)]!.toFixed(1);
      console.log(`keypress-to-frame, ${label} (ink-testing-library, NODE_ENV=${process.env.NODE_ENV}): median ${q(0.5)} ms, p90 ${q(0.9)} ms`);
    };
    await measure(h, '10,000 topics');
    const small = await start({ size: SIZE });
    await measure(small, '7-topic fixture');
    small.unmount();
  });
});
