// Ink's Output (ink/build/output.js), as dist/tui.mjs has it: scripts/build.mjs
// puts this file in its place (plugin ink-output-fast), after checking that
// Ink's own still has the shape this one replaces.
//
// Ink's Output turns every line written into styled cells (an object per
// character, a Set per cell to diff styles) and back into a string, on every
// frame: on a 100x30 screen ~7 MB of garbage and most of a keypress's time.
// This one keeps each row as spans of text (x, end, text), cuts an earlier span
// only where a later write overlaps it, and joins a row's spans with spaces
// between them. Each span's text keeps its own escape sequences (chalk closes
// what it opens, and so does slice-ansi), so the frame looks the same.
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';

/** Widths of the lines written, from frame to frame (a keypress changes a few rows), bounded. */
let widths = new Map();
function widthOf(text) {
  let width = widths.get(text);
  if (width === undefined) {
    if (widths.size > 5000) widths = new Map();
    width = stringWidth(text);
    widths.set(text, width);
  }
  return width;
}

/** Writes `text` (one line) on `row` at column x; what it covers of earlier spans is cut out of them. */
function place(row, x, text) {
  let width = widthOf(text);
  if (x < 0) {
    // Ink's grid dropped the cells left of column 0.
    if (x + width <= 0) return;
    text = sliceAnsi(text, -x);
    width += x;
    x = 0;
  }
  if (width <= 0) return;
  const end = x + width;
  for (let i = 0; i < row.length; i++) {
    const span = row[i];
    if (span.end <= x || span.x >= end) continue;
    const kept = [];
    if (span.x < x) kept.push({ x: span.x, end: x, text: sliceAnsi(span.text, 0, x - span.x) });
    if (span.end > end) kept.push({ x: end, end: span.end, text: sliceAnsi(span.text, end - span.x, span.end - span.x) });
    row.splice(i, 1, ...kept);
    i += kept.length - 1;
  }
  let at = row.length;
  while (at > 0 && row[at - 1].x > x) at--;
  row.splice(at, 0, { x, end, text });
}

function rowText(row) {
  let text = '';
  let column = 0;
  for (const span of row) {
    if (span.x > column) text += ' '.repeat(span.x - column);
    text += span.text;
    column = span.end;
  }
  return text.trimEnd();
}

export default class Output {
  width;
  height;
  operations = [];

  constructor(options) {
    const { width, height } = options;
    this.width = width;
    this.height = height;
  }

  write(x, y, text, options) {
    const { transformers } = options;
    if (!text) return;
    this.operations.push({ type: 'write', x, y, text, transformers });
  }

  clip(clip) {
    this.operations.push({ type: 'clip', clip });
  }

  unclip() {
    this.operations.push({ type: 'unclip' });
  }

  get() {
    const rows = [];
    for (let y = 0; y < this.height; y++) rows.push([]);
    const clips = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') {
        clips.push(operation.clip);
        continue;
      }
      if (operation.type === 'unclip') {
        clips.pop();
        continue;
      }
      const { text, transformers } = operation;
      let { x, y } = operation;
      let lines = text.split('\n');
      const clip = clips.at(-1);
      if (clip) {
        const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
        const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
        // Text entirely outside the clip is skipped (as Ink does).
        if (clipHorizontally) {
          let width = 0;
          for (const line of lines) width = Math.max(width, widthOf(line));
          if (x + width < clip.x1 || x > clip.x2) continue;
        }
        if (clipVertically && (y + lines.length < clip.y1 || y > clip.y2)) continue;
        if (clipHorizontally) {
          lines = lines.map((line) => {
            const from = x < clip.x1 ? clip.x1 - x : 0;
            const width = widthOf(line);
            const to = x + width > clip.x2 ? clip.x2 - x : width;
            return from === 0 && to === width ? line : sliceAnsi(line, from, to);
          });
          if (x < clip.x1) x = clip.x1;
        }
        if (clipVertically) {
          const from = y < clip.y1 ? clip.y1 - y : 0;
          const height = lines.length;
          const to = y + height > clip.y2 ? clip.y2 - y : height;
          lines = lines.slice(from, to);
          if (y < clip.y1) y = clip.y1;
        }
      }
      let offsetY = 0;
      for (let [index, line] of lines.entries()) {
        const row = rows[y + offsetY];
        // (as in Ink: a line below the frame is dropped, and so are the ones after it)
        if (!row) continue;
        for (const transformer of transformers) line = transformer(line, index);
        place(row, x, line);
        offsetY++;
      }
    }
    return { output: rows.map(rowText).join('\n'), height: rows.length };
  }
}
