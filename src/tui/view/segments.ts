// One screen line from styled pieces of PLAIN text. Truncation happens on the
// plain text (so an escape code is never cut in half and widths are exact),
// then each piece gets its style. Callers pass text already through clean().
import type { ChalkInstance } from 'chalk';
import { truncate, width } from '../../render/text.js';

export type Style = (text: string) => string;
export interface Seg {
  readonly text: string;
  readonly style?: Style | undefined;
}

export const seg = (text: string, style?: Style): Seg => ({ text, style });

/** Fits the pieces into `cols` columns, with "…" where cut; `pad` fills up to `cols` with spaces. */
export function fit(segs: readonly Seg[], cols: number, pad = false): string {
  const plain = segs.map((s) => s.text).join('');
  const shown = width(plain) > cols ? truncate(plain, Math.max(1, cols)) : plain;
  let out = '';
  let pos = 0;
  for (const s of segs) {
    if (pos >= shown.length) break;
    // `shown` is a prefix of `plain` (plus "…"), so the pieces line up by offset.
    const end = pos + s.text.length;
    const part = shown.slice(pos, end >= shown.length ? undefined : end);
    pos = end;
    out += s.style && part ? s.style(part) : part;
  }
  return pad ? out + ' '.repeat(Math.max(0, cols - width(shown))) : out;
}

/** The styles the browser uses, from one chalk instance (level 0 under NO_COLOR: no codes at all). */
export function theme(c: ChalkInstance) {
  const on = c.level > 0;
  return {
    c,
    on,
    bold: (t: string) => c.bold(t),
    dim: (t: string) => c.dim(t),
    accent: (t: string) => c.cyan(t),
    number: (t: string) => c.cyan(t),
    kind: (t: string) => c.magenta(t),
    link: (t: string) => c.blue.underline(t),
    key: (t: string) => c.bold(t),
    cursor: (t: string) => c.inverse(t),
    match: (t: string) => c.yellow.bold.underline(t),
    bar: (t: string) => c.green(t),
    success: (t: string) => c.green(t),
    error: (t: string) => c.red(t),
  };
}

export type Theme = ReturnType<typeof theme>;
