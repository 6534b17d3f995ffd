// One line from styled pieces of PLAIN text. Truncation and wrapping happen on
// the plain text (so an escape code is never cut in half and widths are
// exact), then each piece gets its style. Callers pass text already through
// clean(). Shared by the browser's screens and the CLI's topic text.
import type { ChalkInstance } from 'chalk';
import type { Status } from '../core/progress.js';
import { UNICODE, type Glyphs } from './glyphs.js';
import { paintStatus } from './style.js';
import { truncate, width } from './text.js';

export type Style = (text: string) => string;
export interface Seg {
  readonly text: string;
  readonly style?: Style | undefined;
}

export const seg = (text: string, style?: Style): Seg => ({ text, style });

/** The pieces with their styles applied. */
export const paint = (segs: readonly Seg[]) => segs.map((s) => (s.style && s.text ? s.style(s.text) : s.text)).join('');

/** The pieces of `segs` covering plain-text offsets [from, to) (code units), styles kept. */
function sliceSegs(segs: readonly Seg[], from: number, to: number): Seg[] {
  const out: Seg[] = [];
  let pos = 0;
  for (const s of segs) {
    const end = pos + s.text.length;
    const a = Math.max(from, pos);
    const b = Math.min(to, end);
    if (b > a) out.push(seg(s.text.slice(a - pos, b - pos), s.style));
    pos = end;
  }
  return out;
}

/** Fits the pieces into `cols` columns, with "…" (the glyph set's) where cut; `pad` fills up to `cols` with spaces. */
export function fit(segs: readonly Seg[], cols: number, pad = false, ellipsis = '…'): string {
  const plain = segs.map((s) => s.text).join('');
  const shown = width(plain) > cols ? truncate(plain, Math.max(1, cols), ellipsis) : plain;
  let out = '';
  let pos = 0;
  for (const s of segs) {
    if (pos >= shown.length) break;
    // `shown` is a prefix of `plain` (plus the ellipsis), so the pieces line up by offset.
    const end = pos + s.text.length;
    const part = shown.slice(pos, end >= shown.length ? undefined : end);
    pos = end;
    out += s.style && part ? s.style(part) : part;
  }
  return pad ? out + ' '.repeat(Math.max(0, cols - width(shown))) : out;
}

/**
 * Word-wraps the pieces to `cols` columns: breaks at spaces, inside a word only
 * when it is longer than a line (a URL), never cuts. Lines after the first
 * start with `indent`. Returns the lines as pieces.
 */
export function wrapSegs(segs: readonly Seg[], cols: number, indent = ''): Seg[][] {
  const plain = segs.map((s) => s.text).join('');
  if (!Number.isFinite(cols) || width(plain) <= cols) return [segs.slice()];
  const lines: Seg[][] = [];
  const indentWidth = width(indent);
  let start = 0;
  let first = true;
  while (start < plain.length) {
    const room = Math.max(1, first ? cols : cols - indentWidth);
    // The longest prefix from `start` that fits, then back to the last space in it.
    let end = start;
    let w = 0;
    for (const ch of plain.slice(start)) {
      const cw = width(ch);
      if (w + cw > room) break;
      w += cw;
      end += ch.length;
    }
    if (end < plain.length) {
      const space = plain.lastIndexOf(' ', end);
      if (space > start && plain.slice(start, space).trim()) end = space;
      else if (plain[end] === ' ') {
        // the word ends exactly at the edge
      } else if (end === start) end = start + (plain.codePointAt(start)! > 0xffff ? 2 : 1);
    }
    const piece = sliceSegs(segs, start, end);
    // Trailing spaces at a break are not drawn.
    const last = piece.at(-1);
    if (last && end < plain.length) piece[piece.length - 1] = seg(last.text.replace(/ +$/, ''), last.style);
    lines.push(first ? piece : [seg(indent), ...piece]);
    first = false;
    start = end;
    while (plain[start] === ' ') start++;
  }
  return lines;
}

/** The styles mlroad draws with, from one chalk instance (level 0 under NO_COLOR: no codes at all), and its glyphs. */
export function theme(c: ChalkInstance, g: Glyphs = UNICODE) {
  const on = c.level > 0;
  return {
    c,
    g,
    on,
    bold: (t: string) => c.bold(t),
    dim: (t: string) => c.dim(t),
    accent: (t: string) => c.cyan(t),
    number: (t: string) => c.cyan(t),
    kind: (t: string) => c.magenta(t),
    link: (t: string) => c.blue.underline(t),
    key: (t: string) => c.bold(t),
    /** The cursor row: one uniform bar, whatever the row's own colours. */
    cursor: (t: string) => c.inverse(t),
    match: (t: string) => c.yellow.bold.underline(t),
    bar: (t: string) => c.green(t),
    success: (t: string) => c.green(t),
    warn: (t: string) => c.yellow(t),
    error: (t: string) => c.red(t),
    status: (s: Status) => (t: string) => paintStatus(c, s, t),
  };
}

export type Theme = ReturnType<typeof theme>;
