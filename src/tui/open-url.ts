// Opening a resource link in the system browser. Only http(s) URLs are ever
// passed on (checked here again, whatever the roadmap loader accepted), as one
// argv element, never through a shell. When no browser can be started the
// caller shows the URL instead.
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export type OpenOutcome = { opened: true } | { opened: false; reason: string };
export type Opener = (url: string) => Promise<OpenOutcome>;

/** The URL, normalised, when it is an http(s) link; else null. */
export function webUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The command that opens a URL on this platform, or why there is none. */
export function browserCommand(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): { command: string; args: string[] } | { reason: string } {
  if (platform === 'darwin') return { command: 'open', args: [] };
  // rundll32 rather than `cmd /c start`: no cmd.exe parsing of "&" in URLs.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler'] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { reason: 'no display' };
  return { command: 'xdg-open', args: [] };
}

type Spawn = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

export interface OpenerOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  spawn?: Spawn;
  /** How long a still-running opener counts as success (some block until the browser exits). */
  settleMs?: number;
}

export function systemOpener({ platform = process.platform, env = process.env, spawn = nodeSpawn, settleMs = 1500 }: OpenerOptions = {}): Opener {
  return (url) =>
    new Promise((resolve) => {
      const href = webUrl(url);
      if (!href) return resolve({ opened: false, reason: 'not an http(s) link' });
      const how = browserCommand(platform, env);
      if ('reason' in how) return resolve({ opened: false, reason: how.reason });
      let child: ChildProcess;
      try {
        // Detached with no stdio: the browser must not draw into the TUI or die with it.
        child = spawn(how.command, [...how.args, href], { detached: true, stdio: 'ignore' });
      } catch (error) {
        return resolve({ opened: false, reason: (error as Error).message });
      }
      const timer = setTimeout(() => resolve({ opened: true }), settleMs);
      timer.unref?.();
      child.once('error', (error) => {
        clearTimeout(timer);
        resolve({ opened: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${how.command} not found` : error.message });
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code === 0 ? { opened: true } : { opened: false, reason: `${how.command} exited with ${code}` });
      });
      child.unref();
    });
}
