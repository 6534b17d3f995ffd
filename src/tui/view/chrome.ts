// Header, status line and key hints (pure).
import type { Progress } from '../../core/progress.js';
import { pathOf, type Roadmap } from '../../core/roadmap/types.js';
import { clean } from '../../render/sanitize.js';
import { bar, width as textWidth } from '../../render/text.js';
import { FILTER_LABEL, target, type Filter, type TuiState } from '../model.js';
import type { Glyphs } from '../../render/glyphs.js';
import { fit, seg, type Seg, type Theme } from './segments.js';

/** "Machine Learning Roadmap  ████░░░░░░  12/121  9%  ↻ 2 due  [pending]" */
export function headerLine(roadmap: Roadmap, progress: Progress, filter: Filter, width: number, t: Theme, due = 0): string {
  const k = progress.counts();
  const numbers = ` ${k.done}/${k.total} done  ${Math.floor(k.percent)}%`;
  const reviews = due ? `  ${t.g.due} ${due} due` : '';
  const note = filter === 'all' ? '' : `  [${FILTER_LABEL[filter]}]`;
  const title = clean(roadmap.title);
  // The bar takes what the title leaves, between 6 and 24 cells; a long title is cut, not the numbers.
  const cells = Math.max(6, Math.min(24, width - textWidth(title) - numbers.length - textWidth(reviews) - note.length - 3));
  const tail: Seg[] = [seg('  '), seg(bar(k.percent / 100, cells, t.g), t.bar), seg(numbers), seg(reviews, t.accent), seg(note, t.accent)];
  const tailWidth = tail.reduce((n, s) => n + textWidth(s.text), 0);
  if (tailWidth + 4 > width) return fit([seg(title, t.bold), seg(numbers), seg(reviews, t.accent), seg(note, t.accent)], width, false, t.g.ellipsis);
  return fit([seg(title, t.bold)], width - tailWidth, false, t.g.ellipsis) + fit(tail, tailWidth);
}

/** 'review': the question of a review is shown; 'answer': its answer key too. */
type Mode = 'tree' | 'search' | 'detail' | 'help' | 'review' | 'answer';

const modeOf = (s: TuiState): Mode => {
  if (s.search) return 'search';
  if (s.overlay?.kind === 'review') return s.overlay.revealed ? 'answer' : 'review';
  return s.overlay?.kind ?? 'tree';
};

type Hint = [priority: number, keys: string, what: string];

/** [priority, keys, what]: lower priority numbers survive on narrow screens; shown in list order. */
const HINTS: Record<Mode, Hint[]> = {
  tree: [
    [3, '↑↓', 'move'],
    [6, '←→', 'fold'],
    [2, '⏎', 'open'],
    [1, '␣', 'done'],
    [5, 's', 'start'],
    [7, 'x', 'skip'],
    [8, 'u', 'reset'],
    [4, 'n', 'next'],
    [4, '/', 'search'],
    [9, 'Tab', 'filter'],
    [9, 'o', 'link'],
    [9, 'e', 'note'],
    [7, 'z', 'undo'],
    [10, 'r', 'review'],
    [0, '?', 'help'],
    [0, 'q', 'quit'],
  ],
  search: [
    [1, 'type', 'to search'],
    [2, '↑↓', 'choose'],
    [0, '⏎', 'jump'],
    [0, 'Esc', 'cancel'],
  ],
  detail: [
    [2, '↑↓', 'scroll'],
    [1, '␣', 'done'],
    [3, 's', 'start'],
    [4, 'x', 'skip'],
    [4, 'u', 'reset'],
    [3, 'o', 'link'],
    [4, 'e', 'note'],
    [5, 'z', 'undo'],
    [6, 'r', 'review'],
    [6, 'a', 'answers'],
    [0, 'Esc', 'back'],
    [5, '?', 'help'],
  ],
  review: [
    [0, '␣', 'show the answer'],
    [1, '1-4', 'rate'],
    [2, '↑↓', 'scroll'],
    [0, 'Esc', 'cancel'],
  ],
  answer: [
    [0, '1-4', 'rate'],
    [1, '↑↓', 'scroll'],
    [0, 'Esc', 'cancel'],
  ],
  help: [
    [1, '↑↓', 'scroll'],
    [0, 'Esc', 'close'],
    [0, 'q', 'quit'],
  ],
};

/** On a topic due for review, `r` is one of the keys that matter most. */
function hintsOf(s: TuiState, mode: Mode): Hint[] {
  const hints = HINTS[mode];
  if (mode !== 'tree' && mode !== 'detail') return hints;
  const topic = target(s);
  if (!topic || !s.due.ids.has(topic.id)) return hints;
  return hints.map((h) => (h[1] === 'r' ? [1, 'r', 'review'] : h));
}

/** A key's name as drawn: arrows and symbols become words in ASCII mode. */
function keyLabel(keys: string, g: Glyphs): string {
  const names: Record<string, string> = { '↑↓': g.keys.upDown, '←→': g.keys.leftRight, '⏎': g.keys.enter, '␣': g.keys.space };
  return names[keys] ?? keys;
}

/** The keys that matter now, as many as fit, most important first. */
export function keyHints(s: TuiState, width: number, t: Theme): string {
  const hints = hintsOf(s, modeOf(s)).map(([p, k, what]): Hint => [p, keyLabel(k, t.g), what]);
  const cost = (h: Hint) => textWidth(h[1]) + 1 + h[2].length + 2;
  const order = hints.map((h, i) => i).sort((a, b) => hints[a]![0] - hints[b]![0] || a - b);
  const keep = new Set<number>();
  let used = 0;
  for (const i of order) {
    const c = cost(hints[i]!);
    if (used + c > width + 2) continue;
    keep.add(i);
    used += c;
  }
  const segs: Seg[] = [];
  hints.forEach((h, i) => {
    if (!keep.has(i)) return;
    if (segs.length) segs.push(seg('  '));
    segs.push(seg(h[1], t.key), seg(` ${h[2]}`, t.dim));
  });
  return fit(segs, width);
}

/**
 * Cuts plain text into at most `max` lines of `cols` columns, at spaces when it
 * can, inside long words (URLs) when it must; "…" when even that is not enough.
 */
export function breakLines(text: string, cols: number, max: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest && lines.length < max) {
    if (textWidth(rest) <= cols) {
      lines.push(rest);
      rest = '';
      break;
    }
    let cut = 0;
    let w = 0;
    for (const ch of rest) {
      const cw = textWidth(ch);
      if (w + cw > cols) break;
      w += cw;
      cut += ch.length;
    }
    const space = rest.lastIndexOf(' ', cut);
    const at = space > cols / 3 ? space : Math.max(1, cut);
    lines.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ +/, '');
  }
  if (rest && lines.length) lines[lines.length - 1] = fit([seg(`${lines[lines.length - 1]!} ${rest}`)], cols);
  return lines;
}

/**
 * The status line: the search prompt, else a message, else where the cursor
 * is. A long message (a URL to open by hand on a narrow screen) takes up to
 * `maxLines` lines; everything else one.
 */
export function statusLines(s: TuiState, width: number, t: Theme, maxLines = 1): string[] {
  if (s.message && !s.search) {
    const style = s.message.tone === 'error' ? t.error : s.message.tone === 'success' ? t.success : (x: string) => x;
    return breakLines(clean(s.message.text), width, Math.max(1, maxLines)).map(style);
  }
  return [statusLine(s, width, t)];
}

/** The one-line status: a message, else the search prompt, else where the cursor is. */
function statusLine(s: TuiState, width: number, t: Theme): string {
  if (s.search) {
    const n = s.search.matches.length;
    const count = s.search.query ? `  ${n} match${n === 1 ? '' : 'es'}` : '  titles and ids';
    return fit([seg('/', t.accent), seg(clean(s.search.query)), seg(t.g.caret, t.accent), seg(count, t.dim)], width);
  }
  if (s.message) {
    const style = s.message.tone === 'error' ? t.error : s.message.tone === 'success' ? t.success : undefined;
    return fit([seg(clean(s.message.text), style)], width);
  }
  const topic = target(s);
  if (!topic) return fit([seg(`No topics are ${FILTER_LABEL[s.filter]} (Tab changes the filter)`, t.dim)], width);
  return fit([seg([...pathOf(topic), topic.title].map(clean).join(` ${t.g.crumb} `), t.dim)], width, false, t.g.ellipsis);
}
