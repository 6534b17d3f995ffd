// Clickable links (OSC 8) for the terminals that support them. Whether one
// does is not knowable from the escape sequences alone: supports-hyperlinks
// knows the terminals (iTerm2, WezTerm, VTE, kitty, Windows Terminal, …). It
// is imported only when a link is about to be drawn (show on a terminal, the
// browser), never on `next`'s start-up path.
import type { Env } from '../core/io.js';

/** OSC 8 around `text`, or just `text` when `url` is not a plain http(s) URL (a link must never carry an escape). */
export function osc8(url: string, text: string): string {
  if (!/^https?:\/\/[\x21-\x7e]+$/i.test(url)) return text;
  return `\x1b]8;;${url}\x1b\\${text}\x1b]8;;\x1b\\`;
}

/**
 * Whether to draw links on `stream`: only on a terminal with colour; FORCE_HYPERLINK
 * (0 or 1) in the run's environment decides when set; else supports-hyperlinks,
 * which reads the process's environment (the run's, for the real binary).
 */
export async function hyperlinksOn(stream: { isTTY?: boolean }, env: Env, colour: boolean): Promise<boolean> {
  if (!stream.isTTY || !colour || env.TERM === 'dumb') return false;
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return Number.parseInt(force, 10) !== 0;
  try {
    const { createSupportsHyperlinks } = await import('supports-hyperlinks');
    return createSupportsHyperlinks(stream as NodeJS.WriteStream);
  } catch {
    return false;
  }
}
