// Plain-text layout helpers: width, padding, wrapping, progress bars.
import { stripVTControlCharacters } from 'node:util';
import { UNICODE, type Glyphs } from './glyphs.js';

/** The text without colour codes. */
export const plainText = (text: string) => stripVTControlCharacters(text);

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

// A token of styled text: an SGR colour code or an OSC 8 link (no width), or one character.
const TOKENS = /\x1b\[[0-9;]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)|[\s\S]/gu;

/**
 * Word-wraps one line that may hold colour codes to `cols` columns: breaks at
 * spaces, inside a word only when it is longer than a line, never cuts.
 * Continuation lines start with `indent`; colours carry over (the codes seen
 * so far are replayed after the indent, and each broken line is reset).
 */
export function wrapStyled(text: string, cols: number, indent = ''): string[] {
  if (!Number.isFinite(cols) || width(text) <= cols) return [text];
  const tokens = text.match(TOKENS) ?? [];
  const out: string[] = [];
  /** The colour codes of what was already printed: replayed on each new line. */
  const sgr: string[] = [];
  const isCode = (t: string) => t.startsWith('\x1b');
  let line: string[] = [];
  /** Where this line's own tokens start (after the indent and the replayed codes). */
  let base = 0;
  let w = 0;
  /** Index in `line` of the last space that follows something visible (-1: none). */
  let space = -1;
  const emit = (part: string[]) => {
    for (const t of part.slice(base)) if (isCode(t) && t.endsWith('m')) sgr.push(t);
    let s = part.join('').replace(/ +((?:\x1b\[[0-9;]*m)*)$/, '$1');
    if (sgr.length) s += '\x1b[0m';
    out.push(s);
  };
  const restart = (carry: string[]) => {
    line = [indent, ...sgr];
    base = line.length;
    w = width(indent);
    space = -1;
    for (const t of carry) add(t);
  };
  const add = (t: string) => {
    if (!isCode(t)) {
      if (t === ' ' && line.slice(base).some((x) => !isCode(x) && x !== ' ')) space = line.length;
      w += width(t);
    }
    line.push(t);
  };
  const hasText = () => line.slice(base).some((x) => !isCode(x));
  for (const t of tokens) {
    // Break before a character that does not fit: at the last space, else (a long word) right here.
    while (!isCode(t) && t !== ' ' && w + width(t) > cols && hasText()) {
      if (space > 0) {
        const carry = line.slice(space + 1);
        emit(line.slice(0, space));
        restart(carry);
      } else {
        emit(line);
        restart([]);
      }
    }
    add(t);
  }
  emit(line);
  // The last line needs no reset of its own: what it opened, it closed.
  if (sgr.length) out[out.length - 1] = out[out.length - 1]!.replace(/\x1b\[0m$/, '');
  return out;
}
