// Large roadmap files, walked a slice of topics at a time. The YAML library
// holds a whole document's syntax tree at once, ~60 bytes of memory per byte
// of YAML at its peak: a 1,000,000-topic file (129 MB) would need 8 GB. A file
// over LARGE_FILE_BYTES is walked in slices of its `topics:` list's items
// (each slice with the file's header, so that it is a roadmap of its own),
// and every line is mapped back to the file's. Such a file must let itself be
// cut there: its topics a block list, the last key of the file, and no item
// (a section) over LARGE_FILE_BYTES; else it is refused with a clear message.
// Smaller files are walked whole, exactly as before.
import type { Problem } from '../errors.js';
import { LIMITS, walkRoadmap, type Pos, type Walked } from './parse-yaml.js';
import { eachTopic } from './parse-rules.js';

/** Files over this are walked in slices, and each of their sections is limited to it: ~1 GB at the library's peak. */
export const LARGE_FILE_BYTES = 16 * 1024 * 1024;
/** About this much YAML per slice (a section larger than this is a slice of its own). */
const SLICE_BYTES = 2 * 1024 * 1024;

/** Where the `topics:` items are: the header before them, and slices of whole items. */
export interface Cut {
  head: string;
  /** Lines of the header, `topics:` included. */
  headLines: number;
  /** A slice's bytes [from, to), the line it starts on, and how many items it holds. */
  slices: { from: number; to: number; line: number; items: number }[];
}

const countLines = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Cuts the text between the items of its root `topics:` list, into slices
 * of about `sliceBytes`, or null when that is not safe: the list must be the
 * last root key, its items all at one indentation, the file one document.
 */
export function cutTopics(text: string, sliceBytes = SLICE_BYTES): Cut | null {
  const key = /^topics:[ \t]*(?:#.*)?$/m.exec(text);
  if (!key || /^(?:---|\.\.\.)(?:\s|$)/m.test(text)) return null;
  const headEnd = text.indexOf('\n', key.index);
  if (headEnd < 0) return null;
  const head = text.slice(0, headEnd + 1);
  // The first item, after nothing but blank lines and comments.
  const item = /^( *)-(?: |$)/gm;
  item.lastIndex = headEnd + 1;
  const first = item.exec(text);
  if (!first || /^[ \t]*[^\s#]/m.test(text.slice(headEnd + 1, first.index))) return null;
  const indent = first[1]!.length;
  // A line less indented than the items, or as indented and not an item: a root key after the list, or a tab.
  const shallow = new RegExp(`^(?:${indent ? ` {0,${indent - 1}}[^ \\n#]|` : ''} {${indent}}(?!-(?: |$))[^ \\n#])`, 'm');
  if (shallow.test(text.slice(first.index))) return null;
  const starts: number[] = [];
  const each = new RegExp(`^ {${indent}}-(?: |$)`, 'gm');
  each.lastIndex = first.index;
  for (let m = each.exec(text); m; m = each.exec(text)) starts.push(m.index);
  starts.push(text.length);
  // Whole items, as many as fit in sliceBytes (at least one).
  const slices: Cut['slices'] = [];
  let line = countLines(text, 0, first.index) + 1;
  for (let i = 0; i < starts.length - 1;) {
    let j = i + 1;
    while (j < starts.length - 1 && starts[j + 1]! - starts[i]! <= sliceBytes) j++;
    slices.push({ from: starts[i]!, to: starts[j]!, line, items: j - i });
    line += countLines(text, starts[i]!, starts[j]!);
    i = j;
  }
  return { head, headLines: countLines(head, 0, head.length), slices };
}

/** Walks the roadmap of a file, as walkRoadmap does: a file over LARGE_FILE_BYTES a slice at a time. */
export function walkLarge(text: string, problems: Problem[]): Walked | null {
  if (text.length <= LARGE_FILE_BYTES || text.length > LIMITS.fileBytes) return walkRoadmap(text, problems);
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  const cut = cutTopics(text);
  if (!cut) {
    const message = `the file is ${mb(text.length)}: a roadmap file over ${mb(LARGE_FILE_BYTES)} must list its topics as a block list ("topics:" then one "- " item each), as the last key of the file, to be read a section at a time`;
    problems.push({ line: 1, col: 1, severity: 'error', message });
    return null;
  }
  const big = cut.slices.find((s) => s.to - s.from > LARGE_FILE_BYTES);
  if (big) {
    const message = `this topic takes ${mb(big.to - big.from)} of the file; in a file over ${mb(LARGE_FILE_BYTES)} each top-level topic is limited to ${mb(LARGE_FILE_BYTES)}`;
    problems.push({ line: big.line, col: 1, severity: 'error', message });
    return null;
  }
  return walkSlices(text, cut, problems);
}

/** The walk in slices of about `sliceBytes` of items (what walkLarge does; tests give small slices), or whole when it cannot cut. */
export function walkInSlices(text: string, problems: Problem[], sliceBytes = SLICE_BYTES): Walked | null {
  const cut = cutTopics(text, sliceBytes);
  return cut ? walkSlices(text, cut, problems) : walkRoadmap(text, problems);
}

function walkSlices(text: string, cut: Cut, problems: Problem[]): Walked | null {
  let walked: Walked | null = null;
  let topics = 0;
  // As a whole walk: if the YAML cannot be read somewhere, only what the library said is reported.
  const read: Problem[] = [];
  const unreadable: Problem[] = [];
  for (const [k, slice] of cut.slices.entries()) {
    const found: Problem[] = [];
    // The slice's first item follows the header's last line (`topics:`).
    const shift = slice.line - (cut.headLines + 1);
    const part = walkRoadmap(cut.head + text.slice(slice.from, slice.to), found);
    const move = (pos: Pos) => {
      if (pos.line > cut.headLines) pos.line += shift;
    };
    // The header's problems are the same in every slice: reported once.
    for (const p of found) {
      if (p.line > cut.headLines) move(p);
      else if (k > 0) continue;
      (part ? read : unreadable).push(p);
    }
    if (!part || unreadable.length) continue;
    eachTopic(part.topics, (t) => {
      move(t.pos);
      if (t.idPos !== t.pos) move(t.idPos);
      for (const r of t.requires) move(r.pos);
      topics++;
    });
    if (topics > LIMITS.topics) {
      problems.push(...read, { ...part.topics[0]!.pos, severity: 'error', message: `more than ${LIMITS.topics} topics; that is the limit` });
      return null;
    }
    if (walked) for (const t of part.topics) walked.topics.push(t);
    else walked = part;
  }
  problems.push(...(unreadable.length ? unreadable : read));
  return unreadable.length ? null : walked;
}
