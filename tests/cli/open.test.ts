// mlroad open TOPIC [N]: hands the resource's URL to a browser (MLROAD_BROWSER
// here, so the test can see what was opened) or prints it; exit 0 either way.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { launcherFor, webUrl } from '../../src/platform/browser.js';
import { mlroad, tempDir, writeRoadmap } from '../helpers.js';

const ROADMAP = `id: links
title: Links
topics:
  - title: Calculus
    id: calculus
    children:
      - title: Chain Rule
        id: chain-rule
        resources:
          - title: Khan Academy
            url: https://www.khanacademy.org/math/ap-calculus-ab/ab-differentiation-2-new
            kind: course
          - title: "3Blue1Brown: chain rule"
            url: https://www.youtube.com/watch?v=YG15m2VwSjA&t=10s
            kind: video
      - title: No Links
        id: no-links
`;

let dir: string;
let roadmap: string;
let opened: string;
const NO_DISPLAY = { DISPLAY: undefined, WAYLAND_DISPLAY: undefined, MLROAD_BROWSER: undefined };
const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { ...NO_DISPLAY, ...env } });

/** A fake browser that records its arguments, one per line, then exits with `code`. */
function browser(code = 0): string {
  const file = join(tempDir('mlroad-browser-'), 'browser.sh');
  writeFileSync(file, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${opened}'\nexit ${code}\n`);
  chmodSync(file, 0o755);
  return file;
}

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(ROADMAP);
  opened = join(tempDir(), 'opened.txt');
});

describe('mlroad open', () => {
  it('opens resource 1 by default with MLROAD_BROWSER, passing the URL as one argument', async () => {
    const r = await run(['open', 'chain rule'], { MLROAD_BROWSER: browser() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Opened 1. Khan Academy (1.1 Chain Rule)');
    expect(readFileSync(opened, 'utf8')).toBe('https://www.khanacademy.org/math/ap-calculus-ab/ab-differentiation-2-new\n');
  });

  it('N picks another resource; a URL with & reaches the browser whole', async () => {
    const r = await run(['open', '1.1', '2', '--json'], { MLROAD_BROWSER: browser() });
    expect(JSON.parse(r.stdout)).toMatchObject({
      topic: { id: 'chain-rule' },
      resource: { number: 2, title: '3Blue1Brown: chain rule', url: 'https://www.youtube.com/watch?v=YG15m2VwSjA&t=10s', kind: 'video' },
      opened: true,
      reason: null,
    });
    expect(readFileSync(opened, 'utf8')).toBe('https://www.youtube.com/watch?v=YG15m2VwSjA&t=10s\n');
  });

  it('without a display (and no MLROAD_BROWSER) it prints the URL and exits 0', async () => {
    if (process.platform !== 'linux') return;
    const r = await run(['open', 'chain-rule']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('https://www.khanacademy.org/math/ap-calculus-ab/ab-differentiation-2-new');
    expect(r.stdout).toContain('not opened in a browser: no display');
    const j = JSON.parse((await run(['open', 'chain-rule', '--json'])).stdout);
    expect(j).toMatchObject({ opened: false, reason: expect.stringContaining('no display') });
  });

  it('a browser that fails, or does not exist, also ends with the URL printed and exit 0', async () => {
    const failing = await run(['open', 'chain-rule'], { MLROAD_BROWSER: browser(1) });
    expect(failing.code).toBe(0);
    expect(failing.stdout).toMatch(/https:\/\/www\.khanacademy\.org\/\S+\n\(not opened in a browser: .* exited with 1/);
    const missing = await run(['open', 'chain-rule'], { MLROAD_BROWSER: '/nonexistent/browser' });
    expect(missing.code).toBe(0);
    expect(missing.stdout).toContain('https://www.khanacademy.org/');
    expect(missing.stdout).toContain('not opened in a browser');
  });

  it.each([['0'], ['3'], ['two'], ['1.5']])('a bad N (%s) exits 2 and opens nothing', async (n) => {
    const r = await run(['open', 'chain-rule', n], { MLROAD_BROWSER: browser() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no resource "${n}" on 1.1: it has 2 (use 1 to 2`);
    expect(existsSync(opened)).toBe(false);
  });

  it('a topic without resources exits 2, pointing at its topics that have some', async () => {
    const leaf = await run(['open', 'no-links'], { MLROAD_BROWSER: browser() });
    expect(leaf.code).toBe(2);
    expect(leaf.stderr).toContain('1.2 No Links has no resources to open');
    const parent = await run(['open', 'calculus']);
    expect(parent.stderr).toContain('its topics have some: 1.1');
  });
});

describe('choosing how to open a link', () => {
  it('only http(s) URLs pass the re-check', () => {
    expect(webUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(webUrl('HTTP://EXAMPLE.org')).toBe('http://example.org/');
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', '-x https://a', 'example.org', '']) expect(webUrl(bad)).toBeNull();
  });

  it('xdg-open on Linux with a display, open on macOS, rundll32 on Windows; MLROAD_BROWSER overrides, the URL always one argument', () => {
    const url = 'https://example.org/?a=1&b=$(id)';
    expect(launcherFor(url, { DISPLAY: ':0' }, 'linux')).toEqual({ command: 'xdg-open', args: [url], name: 'xdg-open' });
    expect(launcherFor(url, { WAYLAND_DISPLAY: 'wayland-0' }, 'freebsd')).toMatchObject({ command: 'xdg-open' });
    expect(launcherFor(url, {}, 'linux')).toEqual({ reason: 'no display (DISPLAY and WAYLAND_DISPLAY are unset)' });
    expect(launcherFor(url, {}, 'darwin')).toEqual({ command: 'open', args: [url], name: 'open' });
    expect(launcherFor(url, {}, 'win32')).toMatchObject({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] });
    expect(launcherFor(url, { MLROAD_BROWSER: 'firefox --new-tab' }, 'linux')).toEqual({
      command: '/bin/sh',
      args: ['-c', 'firefox --new-tab "$1"', 'mlroad-browser', url],
      name: 'firefox --new-tab',
    });
  });
});
