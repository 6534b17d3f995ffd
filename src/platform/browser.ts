// Opening a link in the learner's browser. Only http(s) URLs are passed on
// (re-checked here whatever the roadmap loader accepted), as one argument,
// never through a shell command line. The opener is started detached with
// no stdio; when none can be started the caller prints the URL instead.
import { spawn } from 'node:child_process';
import type { Env } from '../core/io.js';

/** The URL, normalised, when it is an http(s) link; else null. */
export function webUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export interface Launcher {
  command: string;
  args: string[];
  /** What to call it in messages. */
  name: string;
}

/**
 * How to open `href` here: MLROAD_BROWSER (a command, run by the shell with
 * the URL as "$1"), else the platform's opener; or why there is none.
 */
export function launcherFor(href: string, env: Env, platform: NodeJS.Platform): Launcher | { reason: string } {
  const custom = env.MLROAD_BROWSER?.trim();
  if (custom) {
    return platform === 'win32'
      ? { command: 'cmd', args: ['/d', '/s', '/c', `${custom} "${href}"`], name: custom }
      : { command: '/bin/sh', args: ['-c', `${custom} "$1"`, 'mlroad-browser', href], name: custom };
  }
  if (platform === 'darwin') return { command: 'open', args: [href], name: 'open' };
  // rundll32 rather than `cmd /c start`: cmd would expand %VARS% and parse & in the URL.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', href], name: 'rundll32' };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { reason: 'no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  return { command: 'xdg-open', args: [href], name: 'xdg-open' };
}

export type OpenOutcome = { opened: true; with: string } | { opened: false; reason: string };

/**
 * Starts the launcher detached. Waits until it has started, and briefly for
 * it to exit, so that a missing program or an opener that fails at once
 * (xdg-open with no browser) is reported; one still running then counts as opened.
 */
export function launch(launcher: Launcher, settleMs = 1500): Promise<OpenOutcome> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(launcher.command, launcher.args, { detached: true, stdio: 'ignore', windowsHide: true });
    } catch (error) {
      resolve({ opened: false, reason: (error as Error).message });
      return;
    }
    const timer = setTimeout(() => {
      child.unref();
      resolve({ opened: true, with: launcher.name });
    }, settleMs);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ opened: false, reason: error.code === 'ENOENT' ? `${launcher.command} not found` : error.message });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 ? { opened: true, with: launcher.name } : { opened: false, reason: `${launcher.name} exited with ${code ?? signal}` });
    });
  });
}
