// Opening links: only http(s), as one argv element, never through a shell;
// when no browser can be started the caller gets a reason (and shows the URL).
import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browserCommand, systemOpener, webUrl } from '../../src/tui/open-url.js';
import { enterAlternateScreen, ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN } from '../../src/tui/screen.js';

function fakeSpawn(behaviour: 'spawn' | 'enoent' | 'exit0' | 'exit3' | 'throw') {
  const calls: { command: string; args: readonly string[]; options: unknown }[] = [];
  const spawn = (command: string, args: readonly string[], options: unknown) => {
    calls.push({ command, args, options });
    if (behaviour === 'throw') throw new Error('spawn failed');
    const child = Object.assign(new EventEmitter(), { unref() {} }) as unknown as ChildProcess;
    setTimeout(() => {
      if (behaviour === 'enoent') child.emit('error', Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' }));
      if (behaviour === 'exit0') child.emit('exit', 0);
      if (behaviour === 'exit3') child.emit('exit', 3);
    }, 1);
    return child;
  };
  return { spawn, calls };
}

describe('opening a resource link', () => {
  it('accepts only http and https URLs', () => {
    expect(webUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(webUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', '-oProxyCommand=x', 'ftp://x', 'example.com', '']) expect(webUrl(bad)).toBeNull();
  });

  it('picks open / rundll32 / xdg-open, and none on Linux without a display', () => {
    expect(browserCommand('darwin', {})).toEqual({ command: 'open', args: [] });
    expect(browserCommand('win32', {})).toMatchObject({ command: 'rundll32' });
    expect(browserCommand('linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [] });
    expect(browserCommand('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [] });
    expect(browserCommand('linux', {})).toEqual({ reason: 'no display' });
  });

  it('spawns detached with the URL as one argument, and reports success', async () => {
    const f = fakeSpawn('exit0');
    const open = systemOpener({ platform: 'linux', env: { DISPLAY: ':0' }, spawn: f.spawn, settleMs: 1000 });
    expect(await open('https://example.com/x?a=1&b=2')).toEqual({ opened: true });
    expect(f.calls).toEqual([{ command: 'xdg-open', args: ['https://example.com/x?a=1&b=2'], options: { detached: true, stdio: 'ignore' } }]);
  });

  it('reports why when nothing could be opened, and never spawns for other protocols', async () => {
    expect(await systemOpener({ platform: 'linux', env: {}, spawn: fakeSpawn('spawn').spawn })('https://example.com')).toEqual({ opened: false, reason: 'no display' });
    expect(await systemOpener({ platform: 'linux', env: { DISPLAY: ':0' }, spawn: fakeSpawn('enoent').spawn })('https://example.com')).toEqual({ opened: false, reason: 'xdg-open not found' });
    expect(await systemOpener({ platform: 'linux', env: { DISPLAY: ':0' }, spawn: fakeSpawn('exit3').spawn })('https://example.com')).toEqual({ opened: false, reason: 'xdg-open exited with 3' });
    expect(await systemOpener({ platform: 'darwin', env: {}, spawn: fakeSpawn('throw').spawn })('https://example.com')).toEqual({ opened: false, reason: 'spawn failed' });
    const f = fakeSpawn('exit0');
    expect(await systemOpener({ platform: 'darwin', env: {}, spawn: f.spawn })('file:///etc/passwd')).toEqual({ opened: false, reason: 'not an http(s) link' });
    expect(f.calls).toEqual([]);
  });

  it('counts an opener still running after the settle time as opened', async () => {
    expect(await systemOpener({ platform: 'darwin', env: {}, spawn: fakeSpawn('spawn').spawn, settleMs: 5 })('https://example.com')).toEqual({ opened: true });
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
