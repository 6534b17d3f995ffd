// `o` goes through the same opener as `mlroad open`: only http(s), the URL as
// one argument, MLROAD_BROWSER honoured; when nothing can be opened, a reason.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemOpener, webUrl } from '../../src/tui/open-url.js';
import { enterAlternateScreen, ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN } from '../../src/tui/screen.js';
import { tempDir } from './helpers.js';

describe('opening a resource link', () => {
  it('accepts only http and https URLs', () => {
    expect(webUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', '-oProxyCommand=x', 'ftp://x', 'example.com', '']) expect(webUrl(bad)).toBeNull();
  });

  it('hands the URL, as one argument, to MLROAD_BROWSER', async () => {
    const out = join(tempDir(), 'opened.txt');
    const open = systemOpener({ MLROAD_BROWSER: `printf %s > '${out}'` }, 'linux');
    const outcome = await open('https://example.com/x?a=1&b=$(touch pwned)');
    expect(outcome).toMatchObject({ opened: true });
    expect(readFileSync(out, 'utf8')).toBe('https://example.com/x?a=1&b=$(touch%20pwned)');
    expect(existsSync('pwned')).toBe(false);
  });

  it('says why when nothing can be opened, and never starts anything for other protocols', async () => {
    expect(await systemOpener({}, 'linux')('https://example.com')).toEqual({ opened: false, reason: expect.stringMatching(/no display/) });
    const out = join(tempDir(), 'opened.txt');
    expect(await systemOpener({ MLROAD_BROWSER: `printf %s > '${out}'` }, 'linux')('file:///etc/passwd')).toEqual({
      opened: false,
      reason: 'not an http(s) link',
    });
    expect(existsSync(out)).toBe(false);
  });
});

describe('the alternate screen', () => {
  it('is entered once and left once, however many exit paths call leave()', () => {
    let written = '';
    const screen = enterAlternateScreen({ write: (t: string) => (written += t) });
    expect(written).toBe(ENTER_ALT_SCREEN);
    screen.leave();
    screen.leave();
    expect(written).toBe(ENTER_ALT_SCREEN + LEAVE_ALT_SCREEN);
    expect(LEAVE_ALT_SCREEN).toContain('\x1b[?1049l');
  });
});
