// The browser's rough edges (issue 17): keys that arrive together in one read,
// the details overlay, the cursor bar, links, expand/collapse all, the due filter.
import { afterEach, describe, expect, it } from 'vitest';
import { appendNote } from '../../src/actions/note.js';
import { markTopics } from '../../src/actions/mark.js';
import { timeZoneOf } from '../../src/render/time.js';
import { StateStore } from '../../src/store/state-store.js';
import { mlroad, testHost, writeRoadmap } from '../helpers.js';
import { KEY, roadmapFrom, start, tempDir, type Harness } from './helpers.js';

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
