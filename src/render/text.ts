// Plain-text layout helpers: width, padding, wrapping, progress bars.
import { stripVTControlCharacters } from 'node:util';
import { UNICODE, type Glyphs } from './glyphs.js';

/** Display width, ignoring colour codes; wide East Asian characters count 2. */
export function width(text: string): number {
  let w = 0;
  for (const ch of stripVTControlCharacters(text)) {
    const cp = ch.codePointAt(0)!;
    w +=
      cp >= 0x1100 &&
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u.test(ch)
        ? 2
        : 1;
  }
  return w;
}

export const padEnd = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));
export const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - width(text))) + text;

/** Cuts plain text to n columns with an ellipsis ("…", or the ASCII "..."). */
export function truncate(text: string, n: number, ellipsis = '…'): string {
  if (width(text) <= n) return text;
  const room = n - width(ellipsis);
  if (room < 1) return ellipsis.slice(0, Math.max(0, n)) || '';
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = width(ch);
    if (w + cw > room) break;
    out += ch;
    w += cw;
  }
  return `${out}${ellipsis}`;
}

/** Word-wraps plain text to `cols`, keeping paragraph breaks, with an indent on every line. */
export function wrap(text: string, cols: number, indent = ''): string {
  const room = Math.max(20, cols - width(indent));
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && width(line) + 1 + width(word) > room) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(indent + line);
    out.push('');
  }
  out.pop();
  return out.join('\n');
}

/** Progress bar with eighth-block precision: "█████▍    " (ASCII: "#####....."). */
export function bar(fraction: number, cells: number, g: Glyphs = UNICODE): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const eighths = Math.floor(f * cells * 8);
  const full = Math.floor(eighths / 8);
  const partial = g.barEighths[eighths % 8]!;
  const filled = g.barFull.repeat(full) + (full < cells ? partial : '');
  return filled + g.barEmpty.repeat(Math.max(0, cells - width(filled)));
}

/** Terminal width for text output (80 when not a terminal). */
export const columns = (stream: { columns?: number; isTTY?: boolean }) => (stream.isTTY && stream.columns ? stream.columns : 80);
