// The browser in-process (ink-testing-library): real key sequences, assertions
// on the frames AND on what the state store persisted.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markTopics } from '../../src/actions/mark.js';
import { StateStore } from '../../src/store/state-store.js';
import { KEY_HELP } from '../../src/tui/view/help.js';
import { KEY, NOW, persisted, shippedRoadmap, start, tempDir, type Harness } from './helpers.js';
import { testHost } from '../helpers.js';

let h: Harness | undefined;
afterEach(() => {
  h?.unmount();
  h = undefined;
});

const lines = (frame: string) => frame.split('\n');
const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 10 });

describe('layout', () => {
  it('shows the header, the tree with outline numbers, glyphs and parent counts, and the footer', async () => {
    const store = new StateStore(tempDir(), testHost());
    const r = shippedRoadmap();
    await markTopics(store, r, [r.byNumber.get('1')!, r.byNumber.get('2.1.1')!], 'done', NOW);
    await markTopics(store, r, [r.byNumber.get('2.2.1')!], 'in-progress', NOW);
    await markTopics(store, r, [r.byNumber.get('2.5')!], 'skipped', NOW);
    h = await start({ roadmap: r, store });
    const frame = h.frame();
    const [header] = lines(frame);
    expect(header).toMatch(/^Machine Learning Roadmap +[█▏▎▍▌▋▊▉░]+ 4\/121 done {2}3%$/);
    // Opens at the topic `mlroad next` picks (the one in progress), its path expanded.
    expect(h.cursorLine()).toMatch(/❯ +◐ 2\.2\.1 Scalars, Vectors, Tensors/);
    expect(frame).toMatch(/▾ ◐ 2 Mathematical Foundations +1\/17 ▎░░░░░/);
    expect(frame).toMatch(/▾ ◐ 2\.2 Linear Algebra +0\/5/);
    expect(frame).toMatch(/▸ ✓ 1 Introduction +3\/3 ██████/);
    expect(frame).toMatch(/▸ ○ 3 Programming Fundamentals +0\/12 ░░░░░░/);
    expect(frame).toMatch(/⊘ 2\.5 Discrete Mathematics/);
    expect(frame).toMatch(/▸ ◐ 2\.1 Calculus +1\/3 /);
    expect(lines(frame).at(-1)).toMatch(/↑↓ move .*␣ done .*\? help +q quit/);
    expect(lines(frame).at(-2)).toBe('Mathematical Foundations › Linear Algebra › Scalars, Vectors, Tensors');
  });

  it('fits 80x24 and 40x12 (frames at most rows-1 lines, lines at most columns wide) and re-lays out on resize', async () => {
    h = await start({ roadmap: shippedRoadmap(), size: { columns: 80, rows: 24 } });
    const check = (cols: number, rows: number) => {
      const f = h!.frame();
      expect(lines(f).length).toBeLessThanOrEqual(rows - 1);
      for (const line of lines(f)) expect([...line].length).toBeLessThanOrEqual(cols);
    };
    check(80, 24);
    expect(lines(h.frame())).toHaveLength(23);
    h.rerender({ size: { columns: 40, rows: 12 } });
    await h.until((f) => lines(f).length === 11);
    check(40, 12);
    expect(h.frame()).toMatch(/^Machine Learning…/);
    expect(h.cursorLine()).toMatch(/1\.1 What is an ML Engineer\?/);
    await h.press('?');
    await h.until((f) => f.includes('Keys'));
    check(40, 12);
    await h.press(KEY.escape, KEY.enter);
    await h.until((f) => f.includes('Check yourself') || f.includes('Resources') || f.includes('id what-is'));
    check(40, 12);
    h.rerender({ size: { columns: 80, rows: 24 } });
    await h.until((f) => lines(f).length === 23);
    check(80, 24);
  });

  it('puts the details beside the tree at 100 columns and more', async () => {
    h = await start({ roadmap: shippedRoadmap(), size: { columns: 100, rows: 30 } });
    const frame = h.frame();
    const rows = lines(frame);
    // The tree pane is narrower than 52 columns here: counts without bars.
    expect(rows[1]).toMatch(/^ {2}▾ ○ 1 Introduction +0\/3│1\.1 {2}What is an ML Engineer\?/);
    expect(frame).toMatch(/│○ pending · ~45m of study/);
    expect(frame).toMatch(/│Resources/);
    await h.press('j');
    await h.until((f) => f.includes('│1.2  ML Engineer vs AI Engineer'));
  });
});

describe('moving', () => {
  it('↓ ↑ j k move the cursor; a pasted "jj" moves twice', async () => {
    h = await start();
    expect(h.cursorLine()).toMatch(/1\.1 Alpha Topic/);
    await h.press(KEY.down);
    await h.until(() => /1\.2 Beta/.test(h!.cursorLine()));
    await h.press('j');
    await h.until(() => /1\.3 Gamma/.test(h!.cursorLine()));
    await h.press(KEY.up, 'k');
    await h.until(() => /1\.1 Alpha/.test(h!.cursorLine()));
    h.stdin.write('jj');
    await h.until(() => /1\.3 Gamma/.test(h!.cursorLine()));
  });

  it('← h collapse or go to the parent; → l expand or go to the first child; Enter toggles a parent', async () => {
    h = await start();
    await h.press('h');
    await h.until(() => /❯ ▾ ○ 1 Basics/.test(h!.cursorLine()));
    await h.press(KEY.left);
    await h.until((f) => /❯ ▸ ○ 1 Basics/.test(h!.cursorLine()) && !f.includes('Alpha'));
    await h.press('l');
    await h.until((f) => /❯ ▾ ○ 1 Basics/.test(h!.cursorLine()) && f.includes('Alpha'));
    await h.press(KEY.right);
    await h.until(() => /1\.1 Alpha/.test(h!.cursorLine()));
    await h.press('G');
    await h.until(() => /3 Extras/.test(h!.cursorLine()));
    await h.press(KEY.enter);
    await h.until((f) => /❯ ▾ ○ 3 Extras/.test(h!.cursorLine()) && f.includes('3.1 Evil'));
    await h.press(KEY.enter);
    await h.until((f) => /❯ ▸ ○ 3 Extras/.test(h!.cursorLine()) && !f.includes('3.1 Evil'));
  });

  it('g G Home End go to the top and the bottom; PgDn PgUp turn pages', async () => {
    h = await start({ roadmap: shippedRoadmap() });
    await h.press('G');
    await h.until(() => /9 Advanced Concepts in ML/.test(h!.cursorLine()));
    await h.press('g');
    await h.until(() => /1 Introduction/.test(h!.cursorLine()));
    await h.press(KEY.end);
    await h.until(() => /9 Advanced Concepts in ML/.test(h!.cursorLine()));
    await h.press(KEY.home);
    await h.until(() => /1 Introduction/.test(h!.cursorLine()));
    // Open every section, from the bottom up, so that there is more than a page.
    await h.press('g', 'h', 'G');
    for (let i = 0; i < 9; i++) await h.press(KEY.enter, 'k');
    await h.press('g', KEY.pageDown);
    const first = await h.until(() => /❯/.test(h!.cursorLine()) && !/1 Introduction/.test(h!.cursorLine()));
    expect(first).not.toMatch(/1 Introduction/); // the page turned
    await h.press(KEY.pageDown, KEY.pageUp, KEY.pageUp);
    await h.until((f) => /1 Introduction/.test(h!.cursorLine()) && lines(f)[1]!.includes('1 Introduction'));
  });

  it('n jumps to the next topic to study, opening its path', async () => {
    const store = new StateStore(tempDir(), testHost());
    const r = shippedRoadmap();
    h = await start({ roadmap: r, store });
    await h.press('G');
    await h.until(() => /9 Advanced/.test(h!.cursorLine()));
    await markTopics(store, r, [r.byNumber.get('1')!, r.byNumber.get('2.1.1')!], 'done', NOW); // another process
    await h.press('x', 'y'); // skips 9 here (asked first: 6 topics), and the write brings the other process's changes in
    await h.until((f) => f.includes('Marked 9 Advanced Concepts in ML skipped (6 topics)'));
    await h.press('n');
    await h.until((f) => /2\.1\.2 Chain Rule of Derivation/.test(h!.cursorLine()) && /▾ ◐ 2\.1 Calculus/.test(f));
    expect(h.frame()).toContain('Next: 2.1.2 Chain Rule of Derivation (first pending topic');
  });
});

describe('what `mlroad next` would choose', () => {
  it('respects the focus (`mlroad focus`); a due review does not take the place of the topic to study', async () => {
    const store = new StateStore(tempDir(), testHost());
    const r = shippedRoadmap();
    await store.update((doc) => {
      doc.roadmaps[r.id] = { topics: {}, changes: 0, focus: r.byNumber.get('9.2.1')!.id };
    });
    h = await start({ roadmap: r, store });
    expect(h.cursorLine()).toMatch(/○ 9\.2\.1 Tokenization/); // the focus (a topic without prerequisites), not 1.1
    h.unmount();
    // Done a month ago: its first review is due by now. n still looks for a topic to study (none is left in the focus);
    // R goes to the review.
    await markTopics(store, r, [r.byNumber.get('9.2.1')!], 'done', new Date('2026-02-01T09:00:00Z'));
    h = await start({ roadmap: r, store, clock: () => NOW });
    await h.press('g', 'n');
    await h.until((f) => f.replace(/\n/g, ' ').includes('Nothing left to study in 9.2.1 Tokenization, the focus'));
    await h.press('R');
    await h.until((f) => f.includes('Review  9.2.1  Tokenization'));
    await h.press(KEY.escape); // back in the tree, on the topic reviewed
    await h.until(() => /✓ 9\.2\.1 Tokenization/.test(h!.cursorLine()));
  });
});

describe('marking (persisted at once)', () => {
  it('Space marks done and again back to pending, with history at the clock’s time', async () => {
    h = await start();
    await h.press(KEY.space);
    await h.until((f) => f.includes('Marked 1.1 Alpha Topic done') && /✓ 1\.1 Alpha/.test(h!.cursorLine()));
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('done');
    expect(h.store.read().roadmaps.fixture!.topics.alpha!.history).toEqual([{ status: 'done', at: NOW.toISOString(), previous: 'pending', change: 1 }]);
    expect(lines(h.frame())[0]).toMatch(/1\/7 done {2}14%$/);
    await h.press(KEY.space);
    await h.until((f) => f.includes('Marked 1.1 Alpha Topic pending') && /○ 1\.1 Alpha/.test(h!.cursorLine()));
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('pending');
    expect(h.store.read().roadmaps.fixture!.topics.alpha!.history).toHaveLength(2);
  });

  it('a quick second Space undoes the first, and the file ends where the screen does', async () => {
    h = await start();
    h.stdin.write(' ');
    h.stdin.write(' ');
    await h.until((f) => f.includes('Marked 1.1 Alpha Topic pending') && /○ 1\.1 Alpha/.test(h!.cursorLine()));
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('pending');
    expect(h.store.read().roadmaps.fixture!.topics.alpha!.history.map((x) => x.status)).toEqual(['done', 'pending']);
  });

  it('shows changes made by another mlroad without a key press', async () => {
    h = await start({ watchMs: 20 });
    await markTopics(h.store, h.roadmap, [h.roadmap.byId.get('basics')!], 'done', NOW);
    await h.until((f) => /▾ ✓ 1 Basics +3\/3/.test(f) && lines(f)[0]!.includes('3/7 done'));
  });

  it('s starts, x skips, u resets', async () => {
    h = await start();
    await h.press('s');
    await h.until((f) => f.includes('Marked 1.1 Alpha Topic in progress') && /◐ 1\.1/.test(h!.cursorLine()));
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('in-progress');
    await h.press('x');
    await h.until((f) => f.includes('Marked 1.1 Alpha Topic skipped') && /⊘ 1\.1/.test(h!.cursorLine()));
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('skipped');
    await h.press('u');
    await h.until((f) => f.includes('Marked 1.1 Alpha Topic pending') && /○ 1\.1/.test(h!.cursorLine()));
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('pending');
    await h.press('u');
    await h.until((f) => f.includes('1.1 Alpha Topic is already pending'));
  });

  it('on a parent each key applies to all its leaves', async () => {
    h = await start();
    await h.press('j', 'j', 'j', 'l'); // 2 Advanced, expanded
    await h.until(() => /❯ ▾ ○ 2 Advanced/.test(h!.cursorLine()));
    await h.press(KEY.space);
    await h.until((f) => f.includes('Mark 3 topics of 2 Advanced done? y/n'));
    expect(persisted(h.store, 'fixture', 'epsilon')).toBeUndefined(); // nothing until y
    await h.press('y');
    await h.until((f) => f.includes('Marked 2 Advanced done (3 topics)') && /✓ 2 Advanced +3\/3/.test(h!.cursorLine()));
    for (const id of ['delta-one', 'delta-two', 'epsilon']) expect(persisted(h.store, 'fixture', id)).toBe('done');
    await h.press('j', 'x'); // 2.1 Delta: skip both of its leaves
    await h.until((f) => f.includes('Skip 2 topics of 2.1 Delta Topic? y/n'));
    await h.press('y');
    await h.until((f) => f.includes('Marked 2.1 Delta Topic skipped (2 topics)'));
    expect(persisted(h.store, 'fixture', 'delta-one')).toBe('skipped');
    await h.press('k', KEY.space); // Advanced is done (1 done + 2 skipped): Space returns the done leaf only, without asking
    await h.until((f) => f.includes('Marked 2 Advanced pending (1 topic)'));
    expect(persisted(h.store, 'fixture', 'epsilon')).toBe('pending');
    expect(persisted(h.store, 'fixture', 'delta-two')).toBe('skipped');
  });

  it('asks before changing a whole section, and any key but y changes nothing', async () => {
    h = await start();
    await h.press('h'); // 1 Basics
    await h.until(() => /❯ ▾ ○ 1 Basics/.test(h!.cursorLine()));
    for (const [key, question] of [
      [KEY.space, 'Mark 3 topics of 1 Basics done? y/n'],
      ['s', 'Start 3 topics of 1 Basics? y/n'],
      ['x', 'Skip 3 topics of 1 Basics? y/n'],
    ] as const) {
      await h.press(key);
      await h.until((f) => f.includes(question));
      await h.press(key === 's' ? KEY.escape : 'n'); // Esc answers no too (and does not quit)
      await h.until((f) => f.includes('Nothing changed in 1 Basics'));
    }
    expect(h.store.read().roadmaps.fixture).toBeUndefined(); // nothing was written
    await h.press('s', 'Y');
    await h.until((f) => f.includes('Marked 1 Basics in progress (3 topics)'));
    await h.press('u');
    await h.until((f) => f.includes('Reset 3 topics of 1 Basics to pending? y/n'));
    await h.press('y');
    await h.until((f) => f.includes('Marked 1 Basics pending (3 topics)'));
    for (const id of ['alpha', 'beta', 'gamma']) expect(persisted(h.store, 'fixture', id)).toBe('pending');
  });

  it('a write that fails (corrupt state file) shows in the status line and the app keeps going', async () => {
    const dir = tempDir();
    h = await start({ store: new StateStore(dir, testHost()) });
    writeFileSync(`${dir}/state.json`, '{ not json');
    await h.press(KEY.space);
    await h.until((f) => /Not saved: the state file .*state\.json is corrupt/.test(f));
    expect(readFileSync(`${dir}/state.json`, 'utf8')).toBe('{ not json');
    expect(h.cursorLine()).toMatch(/○ 1\.1 Alpha/);
    await h.press('j');
    await h.until(() => /1\.2 Beta/.test(h!.cursorLine()));
  });

  it('q waits for pending writes, then quits', async () => {
    h = await start();
    h.stdin.write(' ');
    h.stdin.write('q');
    await waitFor(() => expect(h!.quit).toHaveBeenCalledTimes(1));
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('done');
  });
});

describe('details, help, quitting', () => {
  it('Enter on a leaf shows path, status, estimate, description, prerequisites, resources, questions and history; Esc closes', async () => {
    h = await start();
    await h.press(KEY.space, 'j');
    await h.until(() => /1\.2 Beta/.test(h!.cursorLine()));
    await h.press('k', KEY.enter);
    const f = await h.until((x) => x.includes('Check yourself'));
    expect(f).toContain('1.1  Alpha Topic');
    expect(f).toContain('Basics');
    expect(f).toContain('✓ done · ~2h of study');
    expect(f).toContain('The first thing to learn, before anything else.');
    expect(f).toMatch(/1\. \[docs\] Alpha docs\n +https:\/\/example\.com\/alpha/);
    expect(f).toContain('• What is alpha for?');
    expect(f).toMatch(/History\n +2026-03-01 09:00 +pending → ✓ done/);
    expect(f).not.toContain('Notes');
    await h.press(KEY.escape);
    await h.until((x) => !x.includes('Check yourself') && /1\.1 Alpha/.test(h!.cursorLine()));
    await h.press('j', KEY.enter);
    const beta = await h.until((x) => x.includes('Prerequisites'));
    expect(beta).toMatch(/Prerequisites\n +✓ 1\.1 Alpha Topic/);
    expect(beta).toContain('~1.5h of study');
    await h.press('s'); // marking works in the details too
    await h.until((x) => x.includes('Marked 1.2 Beta Topic in progress') && x.includes('◐ in progress'));
    expect(h.quit).not.toHaveBeenCalled();
  });

  it('the details show the learner’s notes (`mlroad note`), escape codes removed', async () => {
    const store = new StateStore(tempDir(), testHost());
    await store.update((doc) => {
      doc.roadmaps.fixture = {
        topics: { alpha: { status: 'pending', history: [], notes: [{ at: '2026-02-20T18:30:00.000Z', text: 'Re-read the \x1b[31mdocs\x1b[0m section.' }] } },
        changes: 0,
      };
    });
    h = await start({ store });
    await h.press(KEY.enter);
    const f = await h.until((x) => x.includes('Notes'));
    expect(f).toMatch(/Notes\n +2026-02-20 18:30\n +Re-read the docs section\./);
  });

  it('the details scroll when longer than the screen', async () => {
    h = await start({ roadmap: shippedRoadmap(), size: { columns: 60, rows: 12 } });
    await h.press(KEY.enter);
    const top = await h.until((f) => f.includes('1.1  What is an ML Engineer?'));
    await h.press('G');
    const bottom = await h.until((f) => f !== top && !f.includes('1.1  What is an ML Engineer?'));
    expect(bottom).toMatch(/notebook|Check yourself/);
    await h.press('g');
    await h.until((f) => f.includes('1.1  What is an ML Engineer?'));
  });

  it('? shows every key; Esc closes it', async () => {
    // Room for every key and the legend without scrolling.
    h = await start({ size: { columns: 80, rows: 44 } });
    await h.press('?');
    const f = await h.until((x) => x.includes('Keys'));
    for (const group of KEY_HELP) for (const k of group.keys) expect(f).toContain(k.what);
    expect(f).toContain('✓ done  ◐ in progress  ⊘ skipped  ○ pending');
    await h.press(KEY.escape);
    await h.until((x) => !x.includes('Keys') && /1\.1 Alpha/.test(h!.cursorLine()));
    expect(h.quit).not.toHaveBeenCalled();
  });

  it('Esc quits when nothing is open; so do q and Ctrl-C', async () => {
    for (const k of [KEY.escape, 'q', KEY.ctrlC]) {
      const app = await start();
      await app.press(k);
      await waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
      app.unmount();
    }
  });
});

describe('finding', () => {
  it('/ searches titles and ids incrementally, highlights matches, Enter jumps, Esc cancels', async () => {
    h = await start({ colour: true });
    await h.press('/', 'd', 'e', 'l', 't', 'a');
    let f = await h.until((x) => x.includes('/delta▏  3 matches'));
    expect(f).toMatch(/❯ ○ 2\.1 Delta Topic +· Advanced/);
    expect(f).toMatch(/ {2}○ 2\.1\.1 Delta One +· Advanced › Delta Topic/);
    expect(h.raw()).toMatch(/\x1b\[[0-9;]*m+Delta\x1b\[/); // the match is styled
    await h.press(KEY.down, KEY.down);
    await h.until((x) => /❯ ○ 2\.1\.2 Delta Two/.test(x));
    await h.press(KEY.enter);
    f = await h.until((x) => /2\.1\.2 Delta Two/.test(h!.cursorLine()) && !x.includes('matches'));
    expect(f).toMatch(/▾ ○ 2 Advanced/);
    expect(f).toMatch(/▾ ○ 2\.1 Delta Topic/);
    // Esc cancels: the cursor stays where it was; q and j are text while searching.
    await h.press('/', 'q', 'j');
    await h.until((x) => x.includes('/qj▏  0 matches') && x.includes('No title or id contains "qj"'));
    await h.press(KEY.backspace, KEY.backspace, 'e', 'p', 's');
    await h.until((x) => x.includes('/eps▏  1 match'));
    await h.press(KEY.escape);
    await h.until((x) => !x.includes('/eps') && /2\.1\.2 Delta Two/.test(h!.cursorLine()));
    expect(h.quit).not.toHaveBeenCalled();
  });

  it('Tab cycles the filter all / pending / in progress / done; Shift-Tab goes back', async () => {
    const store = new StateStore(tempDir(), testHost());
    const h0 = await start({ store });
    await h0.press(KEY.space, 'j', 's'); // alpha done, beta in progress
    await h0.until((f) => f.includes('Marked 1.2 Beta Topic in progress'));
    h0.unmount();
    h = await start({ store, roadmap: h0.roadmap });
    await h.press(KEY.tab);
    let f = await h.until((x) => lines(x)[0]!.endsWith('[pending]'));
    expect(f).not.toContain('Alpha');
    expect(f).not.toContain('Beta');
    expect(f).toContain('1.3 Gamma Topic');
    await h.press(KEY.tab);
    f = await h.until((x) => lines(x)[0]!.endsWith('[in progress]'));
    expect(f).toContain('1.2 Beta Topic');
    expect(f).not.toContain('Gamma');
    expect(f).not.toContain('2 Advanced');
    await h.press(KEY.tab);
    f = await h.until((x) => lines(x)[0]!.endsWith('[done]'));
    expect(f).toContain('1.1 Alpha Topic');
    expect(f).not.toContain('Beta');
    await h.press(KEY.tab);
    f = await h.until((x) => lines(x)[0]!.endsWith('[due for review]'));
    expect(f).toContain('No topics are due for review. Tab changes the filter.');
    await h.press(KEY.tab);
    f = await h.until((x) => lines(x)[0]!.endsWith('%'));
    expect(f).toContain('2 Advanced');
    await h.press(KEY.shiftTab, KEY.shiftTab);
    await h.until((x) => lines(x)[0]!.endsWith('[done]'));
  });

  it('o opens the first resource of the selected topic; without a browser the URL is shown', async () => {
    h = await start();
    await h.press('o', '1'); // two resources: o asks which
    await h.until((f) => f.includes('Opened https://example.com/alpha (with test-opener)'));
    expect(h.opened).toEqual(['https://example.com/alpha']);
    h.unmount();
    h = await start({ openOutcome: { opened: false, reason: 'no display' }, size: { columns: 40, rows: 12 } });
    await h.press('o', KEY.enter); // Enter: the first
    const f = await h.until((x) => x.includes('no browser'));
    expect(f.replace(/\n/g, '')).toContain('https://example.com/alpha');
    await h.press('j', 'o');
    await h.until((x) => x.includes('1.2 Beta Topic has no resources to open'));
    expect(h.opened).toEqual(['https://example.com/alpha']);
  });
});

describe('output hygiene', () => {
  it('with NO_COLOR (colour level 0) writes no escape codes at all; with colour it does', async () => {
    h = await start({ colour: false });
    await h.press('?', KEY.escape, '/', 'a', KEY.escape, KEY.enter);
    await h.until((f) => f.includes('Check yourself'));
    for (const frame of h.frames) expect(frame).not.toMatch(/\x1b/);
    h.unmount();
    h = await start({ colour: true });
    expect(h.raw()).toMatch(/\x1b\[\d+m/);
  });

  it('never writes escape sequences from roadmap text', async () => {
    h = await start({ colour: false });
    await h.press('G', 'l', 'j');
    const f = await h.until(() => /3\.1 Evil/.test(h!.cursorLine()));
    expect(f).toContain('Evil  Title red');
    await h.press(KEY.enter);
    await h.until((x) => x.includes('3.1  Evil'));
    for (const frame of h.frames) {
      expect(frame).not.toContain('\x1b]');
      expect(frame).not.toContain('\x07');
      expect(frame).not.toContain('pwned');
    }
  });
});
