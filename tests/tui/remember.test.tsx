// The browser's undo (z), spaced review (↻ badge, r) and notes (e), in-process
// with real key sequences; what was written is checked in the state file
// (store.read()), not only on screen. The clock is fixed: topics are marked
// done at day 0 and the browser runs at day 10, when their first review is due.
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OperationalError } from '../../src/core/errors.js';
import { SCISSORS } from '../../src/core/state/notes.js';
import { markTopics } from '../../src/actions/mark.js';
import { StateStore } from '../../src/store/state-store.js';
import type { RunEditor } from '../../src/tui/note.js';
import { terminalEditor } from '../../src/tui/note.js';
import { KEY, NOW, persisted, start, tempDir, type Harness } from './helpers.js';
import { testHost } from '../helpers.js';

let h: Harness | undefined;
afterEach(() => {
  h?.unmount();
  h = undefined;
});

const DAY = 86_400_000;
const DAY0 = NOW;
const DAY10 = new Date(NOW.getTime() + 10 * DAY);
const lines = (frame: string) => frame.split('\n');
/** The frame as one line: a long status message wraps. */
const flat = (frame: string) => frame.replace(/\n/g, ' ');
const record = (store: StateStore, id: string) => store.read().roadmaps.fixture?.topics[id];

/** A store where 1.1 Alpha and 1.2 Beta were marked done at day 0 (one change each). */
async function doneAtDay0(): Promise<{ store: StateStore; h0: Harness }> {
  const store = new StateStore(tempDir(), testHost());
  const h0 = await start({ store, watchMs: 0 });
  const r = h0.roadmap;
  h0.unmount();
  await markTopics(store, r, [r.byId.get('alpha')!], 'done', DAY0);
  await markTopics(store, r, [r.byId.get('beta')!], 'done', DAY0);
  return { store, h0 };
}

describe('z: undo', () => {
  it('reverts the last change, then the one before, then says there is nothing left (the state file follows)', async () => {
    h = await start();
    await h.press(KEY.space);
    await h.until((f) => f.includes('Marked 1.1 Alpha Topic done'));
    await h.press('j', 's');
    await h.until((f) => f.includes('Marked 1.2 Beta Topic in progress'));

    await h.press('z');
    let f = await h.until((x) => x.includes('↶ Undid 1.2 Beta Topic: in progress → pending'));
    expect(f).toMatch(/○ 1\.2 Beta Topic/);
    expect(persisted(h.store, 'fixture', 'beta')).toBe('pending');
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('done');
    expect(record(h.store, 'beta')!.history.at(-1)).toMatchObject({ status: 'pending', previous: 'in-progress', undoes: 2 });

    await h.press('z');
    f = await h.until((x) => x.includes('↶ Undid 1.1 Alpha Topic: done → pending'));
    expect(f).toMatch(/○ 1\.1 Alpha Topic/);
    expect(lines(f)[0]).toMatch(/0\/7 done {2}0%$/);
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('pending');
    // Undo never undoes an undo: the next one finds nothing.
    await h.press('z');
    await h.until((x) => x.includes('Nothing to undo'));
    const doc = h.store.read().roadmaps.fixture!;
    expect(doc.topics.alpha!.history.map((e) => e.status)).toEqual(['done', 'pending']);
    expect(doc.topics.beta!.history.map((e) => e.status)).toEqual(['in-progress', 'pending']);
    expect(h.quit).not.toHaveBeenCalled();
  });

  it('reverts a whole section at once and names it', async () => {
    h = await start();
    await h.press('h'); // 1 Basics
    await h.until(() => /❯ ▾ ○ 1 Basics/.test(h!.cursorLine()));
    await h.press(KEY.space);
    await h.until((f) => f.includes('Mark 3 topics of 1 Basics done? y/n'));
    await h.press('y');
    await h.until((f) => f.includes('Marked 1 Basics done (3 topics)'));
    await h.press('z');
    const f = await h.until((x) => x.includes('↶ Undid 3 topics (1 Basics): done → pending'));
    expect(f).toMatch(/○ 1 Basics +0\/3/);
    for (const id of ['alpha', 'beta', 'gamma']) expect(persisted(h.store, 'fixture', id)).toBe('pending');
  });

  it('is queued behind the marks typed before it: "Space z" in one burst undoes that Space', async () => {
    h = await start();
    h.stdin.write(' z');
    await h.until((f) => f.includes('↶ Undid 1.1 Alpha Topic: done → pending') && /○ 1\.1 Alpha/.test(h!.cursorLine()));
    expect(record(h.store, 'alpha')!.history).toEqual([
      { status: 'done', at: NOW.toISOString(), previous: 'pending', change: 1 },
      { status: 'pending', at: NOW.toISOString(), previous: 'done', change: 2, undoes: 1 },
    ]);
  });

  it('works from the details overlay too', async () => {
    h = await start();
    await h.press(KEY.enter);
    await h.until((f) => f.includes('Check yourself'));
    await h.press('x');
    await h.until((f) => f.includes('Marked 1.1 Alpha Topic skipped'));
    await h.press('z');
    const f = await h.until((x) => x.includes('↶ Undid 1.1 Alpha Topic: skipped → pending'));
    expect(f).toContain('Check yourself'); // still in the details
    expect(persisted(h.store, 'fixture', 'alpha')).toBe('pending');
  });
});

describe('↻: due reviews in the tree', () => {
  it('marks due leaves, counts them in the header and on a closed section; none before they fall due', async () => {
    const { store, h0 } = await doneAtDay0();
    // Day 0: the first reviews are days away.
    h = await start({ store, roadmap: h0.roadmap, clock: () => DAY0 });
    expect(h.frame()).not.toContain('↻');
    h.unmount();

    h = await start({ store, roadmap: h0.roadmap, clock: () => DAY10 });
    const f = h.frame();
    expect(lines(f)[0]).toMatch(/2\/7 done {2}28% {2}↻ 2 due$/);
    // The browser opens at the topic to study, as `mlroad next` picks it; the due reviews are marked.
    expect(h.cursorLine()).toMatch(/❯ +○ 1\.3 Gamma Topic *$/);
    expect(f).toMatch(/ {2}✓ 1\.1 Alpha Topic ↻/);
    expect(f).toMatch(/ {2}✓ 1\.2 Beta Topic ↻/);
    await h.press('h', 'h'); // to 1 Basics, closed
    await h.until(() => /❯ ▸ ◐ 1 Basics +↻2 2\/3/.test(h!.cursorLine()));
    // The details say when.
    await h.press(KEY.right, KEY.right, KEY.enter);
    const detail = await h.until((x) => x.includes('Check yourself'));
    expect(detail).toMatch(/↻ review due since 2026-03-0\d \(r reviews it\) · 0 reviews so far/);
  });

  it('appears when the clock passes the due time while the browser is open', async () => {
    const { store, h0 } = await doneAtDay0();
    let now = DAY0;
    h = await start({ store, roadmap: h0.roadmap, clock: () => now });
    expect(h.cursorLine()).toMatch(/1\.3 Gamma/); // nothing due: `next` picks the first pending topic
    await h.press('k');
    await h.until(() => /1\.2 Beta/.test(h!.cursorLine()));
    expect(h.frame()).not.toContain('↻');
    now = DAY10;
    await h.press('k');
    const f = await h.until((x) => /1\.1 Alpha Topic ↻/.test(h!.cursorLine()) && lines(x)[0]!.endsWith('↻ 2 due'));
    expect(f).toMatch(/1\.2 Beta Topic ↻/);
  });

  it('fits 40x12 with the badge and the count', async () => {
    const { store, h0 } = await doneAtDay0();
    h = await start({ store, roadmap: h0.roadmap, clock: () => DAY10, size: { columns: 40, rows: 12 } });
    const f = h.frame();
    expect(lines(f).length).toBeLessThanOrEqual(11);
    for (const line of lines(f)) expect([...line].length).toBeLessThanOrEqual(40);
    expect(lines(f)[0]).toContain('↻ 2 due');
    expect(f).toMatch(/1\.1 Alpha Topic ↻/);
  });
});

describe('r and R: reviewing in the browser', () => {
  it('R opens the oldest due review: the question, the answer key on space, 3 (Good) reschedules the card and moves on to the next', async () => {
    const { store, h0 } = await doneAtDay0();
    const before = record(store, 'alpha')!.card!;
    h = await start({ store, roadmap: h0.roadmap, clock: () => DAY10 });
    await h.press('R');
    let f = await h.until((x) => x.includes('Review  1.1  Alpha Topic'));
    expect(f).toContain('Basics');
    expect(f).toContain('Q: What is alpha for?');
    expect(f).not.toContain('Alpha comes first');
    expect(lines(f).at(-1)).toMatch(/␣ show the answer +1-4 rate/);

    await h.press(KEY.space);
    f = await h.until((x) => x.includes('Answer') && /3 Good \d+d/.test(x));
    // The model answer, not the topic's description.
    expect(f).toContain('Alpha comes first, so everything after it can build on it.');
    expect(f).not.toContain('The first thing to learn, before anything else.');
    const good = Number(/3 Good (\d+)d/.exec(f)![1]);
    expect(f).toMatch(/1 Again \d+d +2 Hard \d+d +3 Good \d+d +4 Easy [\d.]+(d|mo)/);

    await h.press('3');
    // On to the next due one: 1.2 Beta, its question, the message about the one just rated.
    f = await h.until((x) => x.includes(`Reviewed 1.1 Alpha Topic: good → next review in ${good} days`) && x.includes('Review  1.2  Beta Topic'));
    expect(f.replace(/\n/g, ' ')).toMatch(/next review in \d+ days \(\d{4}-\d\d-\d\d\) · 1 more due/);
    expect(f).not.toContain('Alpha comes first');
    expect(lines(f)[0]).toMatch(/↻ 1 due$/);
    const after = record(store, 'alpha')!;
    expect(after.reviews).toEqual([{ at: DAY10.toISOString(), rating: 'good', interval: good, due: after.card!.due }]);
    expect(Date.parse(after.card!.due)).toBe(DAY10.getTime() + good * DAY);
    expect(after.card!.reps).toBe(before.reps + 1);
    expect(after.card!.last_review).toBe(DAY10.toISOString());

    // Beta: its preview loads as for any review; rating it ends the queue.
    await h.press(KEY.space);
    await h.until((x) => /3 Good \d+d/.test(x));
    await h.press('4');
    f = await h.until((x) => flat(x).includes('Reviewed 1.2 Beta Topic: easy') && flat(x).includes('no more due'));
    expect(f).not.toContain('Review  ');
    expect(lines(f)[0]).not.toContain('↻');
    expect(record(store, 'beta')!.reviews).toHaveLength(1);
    await h.press('R');
    await h.until((x) => x.includes('No reviews due'));
  });

  it('the daily limit stops the queue: review.daily-limit 1 reviews one, then says the rest wait for tomorrow', async () => {
    const { store, h0 } = await doneAtDay0();
    h = await start({ store, roadmap: h0.roadmap, clock: () => DAY10, learning: { dailyLimit: 1, refreshBelow: 0.8 } });
    await h.press('R');
    await h.until((x) => x.includes('Review  1.1  Alpha Topic'));
    await h.press('2');
    const f = await h.until((x) => x.includes('Reviewed 1.1 Alpha Topic: hard') && x.includes("today's limit of 1 reached"));
    expect(f).not.toContain('Review  1.2');
    await h.press('R');
    await h.until((x) => flat(x).includes("Today's review is done (review.daily-limit); 1 more due review waits for tomorrow"));
    expect(record(store, 'beta')!.reviews).toBeUndefined();
  });

  it('r on a topic that is not due reviews it early, without moving on', async () => {
    const { store, h0 } = await doneAtDay0();
    h = await start({ store, roadmap: h0.roadmap, clock: () => new Date(DAY0.getTime() + DAY) });
    await h.press('k', 'k'); // 1.1 Alpha, done, due in a few days
    await h.until(() => /1\.1 Alpha Topic/.test(h!.cursorLine()));
    await h.press('r');
    await h.until((x) => x.includes('Review  1.1  Alpha Topic'));
    await h.press('3');
    const f = await h.until((x) => flat(x).includes('Reviewed 1.1 Alpha Topic: good'));
    expect(f).not.toContain('Review  1.2');
    expect(flat(f)).not.toContain('no more due');
  });

  it('Esc closes the review without recording anything', async () => {
    const { store, h0 } = await doneAtDay0();
    const before = record(store, 'alpha');
    h = await start({ store, roadmap: h0.roadmap, clock: () => DAY10 });
    await h.press('R');
    await h.until((x) => x.includes('Q: What is alpha for?'));
    await h.press(KEY.space);
    await h.until((x) => x.includes('Alpha comes first'));
    await h.press(KEY.escape);
    const f = await h.until((x) => x.includes('Review of 1.1 Alpha Topic cancelled: nothing recorded'));
    expect(f).not.toContain('Alpha comes first');
    expect(h.cursorLine()).toMatch(/1\.1 Alpha Topic ↻/);
    expect(record(store, 'alpha')).toEqual(before);
    expect(h.quit).not.toHaveBeenCalled();
  });

  it('says why a topic cannot be reviewed: not done, or a section', async () => {
    const { store, h0 } = await doneAtDay0();
    h = await start({ store, roadmap: h0.roadmap, clock: () => DAY10 });
    await h.press('r'); // 1.3 Gamma, pending (where the browser opens)
    await h.until((f) => f.includes('1.3 Gamma Topic is pending, not done: only done topics are reviewed'));
    await h.press('h', 'r'); // 1 Basics
    await h.until((f) => f.includes('1 Basics is a section; review its topics one at a time'));
    expect(h.frame()).not.toContain('Q: ');
    expect(record(store, 'gamma')).toBeUndefined();
  });
});

describe('e: a note in the editor', () => {
  it('opens the same draft as `mlroad note`, adds what was written above the scissors line, and shows it in the details', async () => {
    const drafts: { template: string; file: string }[] = [];
    const runEditor = vi.fn<RunEditor>((template, file) => {
      drafts.push({ template, file });
      return `Chain rule: redo exercise 3\n\n${template}`;
    });
    h = await start({ runEditor });
    await h.press('e');
    await h.until((f) => f.includes('✎ Note added to 1.1 Alpha Topic (1 note)'));
    expect(drafts[0]!.file).toBe('alpha.md');
    expect(drafts[0]!.template).toContain(SCISSORS);
    expect(drafts[0]!.template).toContain('# Write your note on 1.1 Alpha Topic above this line.');
    expect(record(h.store, 'alpha')!.notes).toEqual([{ at: NOW.toISOString(), text: 'Chain rule: redo exercise 3' }]);

    // The second draft shows the first note below the scissors line, for context.
    await h.press('e');
    await h.until((f) => f.includes('✎ Note added to 1.1 Alpha Topic (2 notes)'));
    expect(drafts[1]!.template).toMatch(/# Earlier notes:\n.*\n# +Chain rule: redo exercise 3/);
    await h.press(KEY.enter);
    const f = await h.until((x) => x.includes('Notes'));
    expect(f).toMatch(/Notes\n +2026-03-01 09:00\n +Chain rule: redo exercise 3/);
  });

  it('adds nothing when the draft is left empty, and shows an editor that fails', async () => {
    h = await start({ runEditor: (template) => template });
    await h.press('e');
    await h.until((f) => f.includes('No note added to 1.1 Alpha Topic (the note was empty)'));
    h.unmount();
    h = await start({
      runEditor: () => {
        throw new OperationalError('the editor "nope" exited with 127; no note was added');
      },
    });
    await h.press('e');
    await h.until((f) => f.includes('The editor "nope" exited with 127; no note was added'));
    expect(h.store.read().roadmaps.fixture).toBeUndefined();
    await h.press('j'); // the browser goes on
    await h.until(() => /1\.2 Beta/.test(h!.cursorLine()));
  });

  it('ignores keys while the editor has the terminal, and notes a section too', async () => {
    let finish: (text: string) => void = () => {};
    let opened = false;
    const runEditor = () => {
      opened = true;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    h = await start({ runEditor });
    await h.press('h'); // 1 Basics
    await h.until(() => /❯ ▾ ○ 1 Basics/.test(h!.cursorLine()));
    await h.press('e');
    await vi.waitFor(() => expect(opened).toBe(true), { timeout: 3000 });
    await h.press('j', 'j', KEY.space);
    finish('Read the whole section twice');
    await h.until((f) => f.includes('✎ Note added to 1 Basics (1 note)'));
    expect(h.cursorLine()).toMatch(/❯ ▾ ○ 1 Basics/);
    expect(record(h.store, 'basics')!.notes![0]!.text).toBe('Read the whole section twice');
    expect(persisted(h.store, 'fixture', 'alpha')).toBeUndefined();
  });

  it('the terminal editor gives the terminal away around $VISUAL and returns what it wrote', async () => {
    const dir = tempDir();
    const script = `${dir}/editor.sh`;
    writeFileSync(script, `#!/bin/sh\n{ printf 'from the script\\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"\n`, { mode: 0o755 });
    const calls: string[] = [];
    const run = terminalEditor({ suspend: () => calls.push('suspend'), resume: () => calls.push('resume') }, { VISUAL: `sh ${script}` }, 'linux');
    expect(await run('draft\n', 'x.md')).toBe('from the script\ndraft\n');
    expect(calls).toEqual(['suspend', 'resume']);
    // A failing editor is an error, and the terminal still comes back.
    const failing = terminalEditor({ suspend: () => calls.push('suspend'), resume: () => calls.push('resume') }, { VISUAL: 'false' }, 'linux');
    expect(() => failing('draft\n', 'x.md')).toThrow(/the editor "false" exited with 1; no note was added/);
    expect(calls).toEqual(['suspend', 'resume', 'suspend', 'resume']);
  });
});

describe('output hygiene', () => {
  it('the review overlay, the badge and the messages never write escape sequences from roadmap text', async () => {
    const store = new StateStore(tempDir(), testHost());
    const h0 = await start({ store, watchMs: 0 });
    const r = h0.roadmap;
    h0.unmount();
    h = await start({ store, roadmap: r, clock: () => DAY10 });
    await h.press('G', 'l', 'j'); // 3.1 Evil…, pending
    await h.until(() => /3\.1 Evil/.test(h!.cursorLine()));
    await h.press('r');
    await h.until((f) => f.includes('3.1 Evil  Title red is pending, not done'));
    h.unmount();
    await markTopics(store, r, [r.byId.get('evil')!], 'done', DAY0);
    h = await start({ store, roadmap: r, clock: () => DAY10 });
    await h.press('R');
    await h.until((f) => f.includes('Review  3.1  Evil  Title red'));
    await h.press(KEY.space);
    await h.until((f) => /3 Good \d+d/.test(f));
    await h.press('1');
    await h.until((f) => f.includes('Reviewed 3.1 Evil  Title red: again'));
    await h.press('z');
    await h.until((f) => f.includes('↶ Undid 3.1 Evil  Title red: done → pending'));
    for (const frame of h.frames) {
      expect(frame).not.toMatch(/\x1b[\][]/);
      expect(frame).not.toContain('\x07');
      expect(frame).not.toContain('pwned');
    }
  });
});

describe('help and hints', () => {
  it('? lists z, r and e; the footer offers r on a due topic', async () => {
    const { store, h0 } = await doneAtDay0();
    h = await start({ store, roadmap: h0.roadmap, clock: () => DAY10, size: { columns: 80, rows: 40 } });
    await h.press('k', 'k');
    await h.until(() => /1\.1 Alpha Topic ↻/.test(h!.cursorLine()));
    expect(lines(h.frame()).at(-1)).toMatch(/r review/);
    await h.press('?');
    const f = await h.until((x) => x.includes('Keys'));
    expect(f).toMatch(/z +undo the last change/);
    expect(f).toMatch(/r {2}R +review this done topic \/ the next due one; ␣ answer, 1-4 rate/);
    expect(f).toMatch(/e +write a note in your editor/);
    await h.press('G'); // the legend is at the bottom of the help
    await h.until((x) => x.includes('↻ review due'));
  });
});
