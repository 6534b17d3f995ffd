// The browser's rough edges (issue 17): keys that arrive together in one read,
// the details overlay, the cursor bar, links, expand/collapse all, the due filter.
import { afterEach, describe, expect, it } from 'vitest';
import { appendNote } from '../../src/actions/note.js';
import { markTopics } from '../../src/actions/mark.js';
import { timeZoneOf } from '../../src/render/time.js';
import { StateStore } from '../../src/store/state-store.js';
import { mlroad, testHost, writeRoadmap } from '../helpers.js';
import { ASCII } from '../../src/render/glyphs.js';
import { KEY, NOW, plain, roadmapFrom, shippedRoadmap, start, tempDir, type Harness } from './helpers.js';

let h: Harness | undefined;
afterEach(() => {
  h?.unmount();
  h = undefined;
});

describe('search input', () => {
  it('erases one character per Backspace even when several arrive in one read (a held key)', async () => {
    h = await start();
    await h.press('/', 'delta', KEY.backspace + KEY.backspace); // "delta", then two Backspaces in one chunk
    let f = await h.until((x) => x.includes('/del▏'));
    expect(f).not.toContain('\uFFFD');
    // Backspace (0x7f), Ctrl-H (0x08) and text mixed in one chunk, as fast typing delivers them.
    await h.press(`\u007f\u0008ep\u007fps`);
    f = await h.until((x) => x.includes('/deps▏') || x.includes('/deps'));
    expect(f).toContain('/deps▏');
    expect(f).not.toContain('\uFFFD');
  });

  it('Ctrl-W deletes the last word and Ctrl-U the whole query', async () => {
    h = await start();
    await h.press('/', 'delta one');
    await h.until((x) => x.includes('/delta one▏  1 match'));
    await h.press('\u0017'); // Ctrl-W
    await h.until((x) => x.includes('/delta ▏  3 matches'));
    await h.press('two', '\u0017\u0017'); // both words in one read
    await h.until((x) => x.includes('/▏  titles and ids'));
    await h.press('alpha', '\u0015'); // Ctrl-U
    await h.until((x) => x.includes('/▏  titles and ids'));
    await h.press('gamma');
    await h.until((x) => x.includes('/gamma▏  1 match'));
  });
});

describe('the details', () => {
  it("show notes and history in the learner's time zone, line for line as `mlroad show` does", async () => {
    const dir = tempDir();
    const yaml = `id: tz
title: Time Zones
topics:
  - title: Basics
    id: basics
    children:
      - title: Alpha Topic
        id: alpha
        description: Something to learn.
`;
    const file = writeRoadmap(yaml);
    const store = new StateStore(dir, testHost());
    const roadmap = roadmapFrom(yaml);
    const at = new Date('2026-03-01T23:30:00Z');
    await appendNote(store, 'tz', 'alpha', 'a note written late at night', at);
    await markTopics(store, roadmap, [roadmap.byId.get('alpha')!], 'done', at);
    const env = { TZ: 'Asia/Tokyo', MLROAD_NOW: '2026-03-02T00:00:00Z' };
    h = await start({ roadmap, store, timeZone: timeZoneOf(env), clock: () => new Date(env.MLROAD_NOW) });
    await h.press('l', 'l', 'd'); // everything is done: the browser opens on section 1
    const f = await h.until((x) => x.includes('History') && x.includes('1.1  Alpha Topic'));
    expect(f).toMatch(/Notes\n {2}2026-03-02 08:30\n {4}a note written late at night\n/);
    expect(f).toMatch(/History\n {2}2026-03-02 08:30 {2}pending → ✓ done\n/);
    // The same lines as the CLI prints, from the title down to the history.
    const show = await mlroad(['--roadmap', file, 'show', 'alpha'], { configDir: dir, env });
    const shown = show.stdout.trimEnd().split('\n');
    const body = f.split('\n').slice(1, 1 + shown.length);
    expect(body.map((l) => l.trimEnd())).toEqual(shown.map((l) => (l === '' ? '' : l)));
  });

  it('a shows and hides the model answers of the self-check questions', async () => {
    const roadmap = roadmapFrom(`id: qa
title: QA
topics:
  - title: Attention
    id: attention
    questions:
      - question: Why divide by the square root of d?
        answer: The dot products grow with d.
      - What is a key?
`);
    h = await start({ roadmap });
    await h.press('d');
    let f = await h.until((x) => x.includes('Check yourself'));
    expect(f).toContain('Check yourself  (a shows the answers)\n  • Why divide by the square root of d?\n  • What is a key?');
    expect(f).not.toContain('grow with d');
    await h.press('a');
    f = await h.until((x) => x.includes('Answer: The dot products grow with d.'));
    expect(f).toContain('Check yourself  (a hides the answers)');
    await h.press(KEY.escape); // still on in the tree's pane until a hides them again
    await h.press('a', 'd');
    f = await h.until((x) => x.includes('Check yourself  (a shows the answers)'));
    expect(f).not.toContain('Answer:');
  });
});

const lines = (frame: string) => frame.split('\n');
const DAY10 = new Date(NOW.getTime() + 10 * 86_400_000);

describe('the browser on a real-size screen', () => {
  it('q in the full-screen details closes them (as Esc does); q in the tree quits', async () => {
    h = await start();
    await h.press('d');
    await h.until((x) => x.includes('Resources'));
    await h.press('q');
    await h.until((x) => !x.includes('Resources') && /1\.1 Alpha/.test(h!.cursorLine()));
    expect(h.quit).not.toHaveBeenCalled();
    await h.press('q');
    await h.until(() => h!.quit.mock.calls.length === 1);
  });

  it('at 80x24 the rows below a short tree show the selected topic, and follow the cursor', async () => {
    const roadmap = shippedRoadmap();
    const store = new StateStore(tempDir(), testHost());
    await markTopics(store, roadmap, [roadmap.byNumber.get('1')!], 'done', NOW);
    h = await start({ roadmap, store });
    await h.press('-'); // every section closed: nine rows; the cursor on section 2, where it was
    let f = await h.until((x) => /❯ ▸ ○ 2 Mathematical Foundations/.test(h!.cursorLine()) && lines(x).length === 23);
    const rows = lines(f);
    const rule = rows.findIndex((l) => /^─{80}$/.test(l));
    expect(rule).toBe(10); // header + 9 sections
    expect(rows[rule + 1]).toBe('2  Mathematical Foundations');
    expect(f).toContain(roadmap.byNumber.get('2')!.description!.slice(0, 40));
    await h.press('j');
    f = await h.until((x) => x.includes('3  Programming Fundamentals'));
    expect(f).not.toContain('2  Mathematical Foundations');
    // An expanded tree that fills the screen leaves no room: no preview.
    await h.press('+');
    f = await h.until((x) => !/^─{80}$/m.test(x));
    expect(f).toContain('Expanded all');
  });

  it('the cursor row is one uniform bar: inverse video over plain text, not coloured blocks', async () => {
    h = await start({ colour: true });
    const raw = h
      .raw()
      .split('\n')
      .find((l) => plain(l).includes('❯'))!;
    expect(raw.startsWith('\x1b[7m')).toBe(true);
    // Nothing but the inverse on and off: no colour changes inside the bar.
    expect(raw.replace(/^\x1b\[7m/, '').replace(/\x1b\[27m$/, '')).not.toMatch(/\x1b\[/);
    expect(plain(raw)).toMatch(/^❯ +○ 1\.1 Alpha Topic +$/);
  });

  it('+ expands every section and - collapses them all, the cursor staying on its topic', async () => {
    h = await start();
    await h.press('+');
    let f = await h.until((x) => x.includes('2.1.1 Delta One'));
    expect(f).toContain('3.1 Evil');
    expect(h.cursorLine()).toMatch(/1\.1 Alpha Topic/);
    await h.press('-');
    f = await h.until((x) => !x.includes('Delta One'));
    expect(f).not.toContain('1.1 Alpha');
    expect(h.cursorLine()).toMatch(/1 Basics/);
  });

  it('the due filter shows only the topics due for review (and the sections holding them)', async () => {
    const store = new StateStore(tempDir(), testHost());
    const h0 = await start({ store, watchMs: 0 });
    const roadmap = h0.roadmap;
    h0.unmount();
    await markTopics(store, roadmap, [roadmap.byId.get('alpha')!, roadmap.byId.get('gamma')!], 'done', NOW);
    await markTopics(store, roadmap, [roadmap.byId.get('epsilon')!], 'done', DAY10); // not due yet on day 10
    h = await start({ store, roadmap, clock: () => DAY10 });
    for (let i = 0; i < 4; i++) await h.press(KEY.tab);
    const f = await h.until((x) => lines(x)[0]!.endsWith('[due for review]'));
    expect(f).toMatch(/1\.1 Alpha Topic ↻/);
    expect(f).toMatch(/1\.3 Gamma Topic ↻/);
    expect(f).not.toContain('Beta');
    expect(f).not.toContain('Epsilon');
    expect(f).not.toContain('2 Advanced');
  });
});

describe('resources', () => {
  it('o then a number opens that resource; Enter the first; another key drops the question', async () => {
    h = await start();
    await h.press('o');
    await h.until((x) => x.includes('Open which resource of 1.1 Alpha Topic? 1-2'));
    await h.press('2');
    await h.until((x) => x.includes('Opened https://example.com/alpha-video'));
    await h.press('o', '7');
    await h.until((x) => x.includes('1.1 Alpha Topic has 2 resources: no number 7'));
    await h.press('o', 'j'); // not a number: the question goes, j moves as always
    await h.until((x) => /1\.2 Beta/.test(h!.cursorLine()) && !x.includes('Open which'));
    expect(h.opened).toEqual(['https://example.com/alpha-video']);
  });

  it('are clickable OSC 8 links where the terminal supports them, the full URL otherwise (wrapped, never cut)', async () => {
    const url = 'https://example.com/a/rather/long/path/that/does/not/fit/on/one/line/of/forty/columns';
    const roadmap = roadmapFrom(`id: links
title: Links
topics:
  - title: Reading
    id: reading
    resources:
      - title: A long read
        url: ${url}
`);
    h = await start({ roadmap, size: { columns: 40, rows: 20 } });
    await h.press('d');
    let f = await h.until((x) => x.includes('Resources'));
    expect(f).not.toContain('…');
    expect(f.replace(/\n +/g, '')).toContain(url);
    expect(h.raw()).not.toContain('\x1b]8;;');
    for (const l of lines(f)) expect([...l].length).toBeLessThanOrEqual(40);
    h.unmount();
    h = await start({ roadmap, size: { columns: 40, rows: 20 }, links: true, colour: true });
    await h.press('d');
    f = await h.until((x) => x.includes('Resources'));
    expect(h.raw()).toContain(`\x1b]8;;${url}\x1b\\`);
    for (const l of lines(f)) expect([...l].length).toBeLessThanOrEqual(40);
  });
});

describe('ASCII mode', () => {
  it('draws the tree, the header, the details and the footer in ASCII', async () => {
    const store = new StateStore(tempDir(), testHost());
    const h0 = await start({ store, watchMs: 0 });
    const roadmap = h0.roadmap;
    h0.unmount();
    await markTopics(store, roadmap, [roadmap.byId.get('alpha')!], 'done', NOW);
    h = await start({ store, roadmap, glyphs: ASCII, clock: () => DAY10, size: { columns: 80, rows: 24 } });
    let f = h.frame();
    // Only the roadmap's own text may be anything else (none of the fixture's is).
    expect(f).toMatch(/^[\x20-\x7e\n]*$/);
    expect(lines(f)[0]).toMatch(/^Fixture Roadmap +###\.+ 1\/7 done {2}14% {2}@ 1 due$/);
    expect(f).toMatch(/(>| ) v ~ 1 Basics/);
    expect(f).toMatch(/x 1\.1 Alpha Topic @/);
    expect(lines(f).at(-1)).toMatch(/Up\/Dn move .*Space done/);
    await h.press('j', 'd');
    f = await h.until((x) => x.includes('Prerequisites'));
    expect(f).toMatch(/^[\x20-\x7e\n]*$/);
    expect(f).toContain('o pending | ~1.5h of study');
  });
});
