// `o` in the browser: the same opener as `mlroad open` (src/platform/browser.ts:
// http(s) only, re-checked; MLROAD_BROWSER or the platform's opener; detached,
// no shell command line built from the URL). Behind a function type so tests
// can see what would be opened without starting a browser.
import type { Env } from '../core/io.js';
import { launch, launcherFor, webUrl, type OpenOutcome } from '../platform/browser.js';

export { webUrl, type OpenOutcome };
export type Opener = (url: string) => Promise<OpenOutcome>;

export function systemOpener(env: Env, platform: NodeJS.Platform): Opener {
  return async (url) => {
    const href = webUrl(url);
    if (!href) return { opened: false, reason: 'not an http(s) link' };
    const how = launcherFor(href, env, platform);
    return 'reason' in how ? { opened: false, reason: how.reason } : launch(how);
  };
}
