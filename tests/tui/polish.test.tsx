// The browser's rough edges (issue 17): keys that arrive together in one read,
// the details overlay, the cursor bar, links, expand/collapse all, the due filter.
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, start, type Harness } from './helpers.js';

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
