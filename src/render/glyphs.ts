// The symbols mlroad draws with, in two sets: Unicode, and ASCII for a
// terminal whose locale is not UTF-8 (LANG=C: "✓" would arrive as three bytes
// of mojibake) or for whoever sets `display.ascii`. Every symbol of the ASCII
// set is printable ASCII; the status marks stay distinct without colour.
import type { Env } from '../core/io.js';
import type { Status } from '../core/progress.js';

export interface Glyphs {
  readonly ascii: boolean;
  readonly status: Readonly<Record<Status, string>>;
  /** Progress bars: a full cell, an empty one, and the eighths of a partial cell ('' for none). */
  readonly barFull: string;
  readonly barEmpty: string;
  readonly barEighths: readonly string[];
  /** `progress --short`: "▰▰▰▱▱▱". */
  readonly meterOn: string;
  readonly meterOff: string;
  /** Heat levels of `stats`, none to most. */
  readonly heat: readonly [string, string, string, string, string];
  /** One unit of the per-week bars. */
  readonly block: string;
  /** Between facts on a line ("✓ done · 2h"). */
  readonly sep: string;
  /** Between the titles of a path ("Calculus › Chain Rule"). */
  readonly crumb: string;
  readonly ellipsis: string;
  readonly arrow: string;
  /** A dash between a statement and what to do about it ("3 reviews due — mlroad review"). */
  readonly dash: string;
  readonly bullet: string;
  readonly ok: string;
  readonly fail: string;
  readonly note: string;
  readonly undo: string;
  readonly due: string;
  /** After the title of a topic with an exercise; solved. */
  readonly exercise: string;
  readonly solved: string;
  /** The browser: cursor pointer, open and closed parents, the pane divider, the search caret. */
  readonly pointer: string;
  readonly open: string;
  readonly closed: string;
  readonly divider: string;
  readonly caret: string;
  /** Key names in the browser's hints. */
  readonly keys: Readonly<{ upDown: string; leftRight: string; enter: string; space: string }>;
}

export const UNICODE: Glyphs = {
  ascii: false,
  status: { done: '✓', 'in-progress': '◐', skipped: '⊘', pending: '○' },
  barFull: '█',
  barEmpty: '░',
  barEighths: ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'],
  meterOn: '▰',
  meterOff: '▱',
  heat: ['·', '░', '▒', '▓', '█'],
  block: '■',
  sep: '·',
  crumb: '›',
  ellipsis: '…',
  arrow: '→',
  dash: '—',
  bullet: '•',
  ok: '✓',
  fail: '✗',
  note: '✎',
  undo: '↶',
  due: '↻',
  exercise: 'λ',
  solved: 'λ✓',
  pointer: '❯',
  open: '▾',
  closed: '▸',
  divider: '│',
  caret: '▏',
  keys: { upDown: '↑↓', leftRight: '←→', enter: '⏎', space: '␣' },
};

export const ASCII: Glyphs = {
  ascii: true,
  status: { done: 'x', 'in-progress': '~', skipped: '-', pending: 'o' },
  barFull: '#',
  barEmpty: '.',
  // An ASCII bar has whole cells only (rounded down, like the percentages).
  barEighths: ['', '', '', '', '', '', '', ''],
  meterOn: '#',
  meterOff: '.',
  heat: ['.', ':', '+', '*', '#'],
  block: '#',
  sep: '|',
  crumb: '>',
  ellipsis: '...',
  arrow: '->',
  dash: '-',
  bullet: '*',
  ok: 'OK',
  fail: 'X',
  note: '*',
  undo: '<-',
  due: '@',
  exercise: 'ex',
  solved: 'ex+',
  pointer: '>',
  open: 'v',
  closed: '>',
  divider: '|',
  caret: '_',
  keys: { upDown: 'Up/Dn', leftRight: 'L/R', enter: 'Enter', space: 'Space' },
};

/**
 * Whether the locale can show UTF-8: the first of LC_ALL, LC_CTYPE, LANG that
 * is set decides, as in C's setlocale(). None set is the "C" locale (ASCII),
 * except on Windows, whose terminals do not use these variables.
 */
export function localeIsUtf8(env: Env, platform?: string): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (!locale) return platform === 'win32';
  return /utf-?8/i.test(locale);
}

/** The set to draw with: `display.ascii` when set (true/false), else ASCII when the locale is not UTF-8. */
export function glyphsFor(setting: boolean | null | undefined, env: Env, platform?: string): Glyphs {
  const ascii = setting ?? !localeIsUtf8(env, platform);
  return ascii ? ASCII : UNICODE;
}

// What else may reach a screen in ASCII mode: symbols in messages and in
// roadmap text (an em dash in a resource's title). The browser passes every
// line through this last (render/glyphs' sets cover what it draws itself).
const TO_ASCII: Readonly<Record<string, string>> = {
  '✓': 'x',
  '✔': 'x',
  '◐': '~',
  '⊘': '-',
  '○': 'o',
  '↻': '@',
  '❯': '>',
  '▾': 'v',
  '▸': '>',
  '│': '|',
  '─': '-',
  '·': '|',
  '•': '*',
  '›': '>',
  '…': '...',
  '→': '->',
  '←': '<-',
  '↑': '^',
  '↓': 'v',
  '↶': '<-',
  '✎': '*',
  '✗': 'X',
  '—': '-',
  '–': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '⏎': 'Enter',
  '␣': 'Space',
  '█': '#',
  '░': '.',
  '■': '#',
  '▰': '#',
  '▱': '.',
  '▏': '',
  '▎': '',
  '▍': '',
  '▌': '',
  '▋': '',
  '▊': '',
  '▉': '',
  λ: 'ex',
};
const NOT_ASCII = new RegExp(`[${Object.keys(TO_ASCII).join('')}]`, 'gu');

/** Known symbols as ASCII (other characters are left as they are). */
export const toAscii = (text: string): string => text.replace(NOT_ASCII, (ch) => TO_ASCII[ch] ?? ch);
