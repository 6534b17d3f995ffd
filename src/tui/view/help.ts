// The key table: shown by `?`, and the source of the README's table.
import type { Glyphs } from '../../render/glyphs.js';
import { fit, seg, type Theme } from './segments.js';

export interface KeyHelp {
  readonly keys: string;
  readonly what: string;
}

export const KEY_HELP: readonly { readonly title: string; readonly keys: readonly KeyHelp[] }[] = [
  {
    title: 'Move',
    keys: [
      { keys: '↑ ↓  j k', what: 'move up / down' },
      { keys: '← h', what: 'collapse, or go to the parent' },
      { keys: '→ l', what: 'expand, or go to the first child' },
      { keys: 'g G  Home End', what: 'top / bottom' },
      { keys: 'PgUp PgDn', what: 'a page up / down' },
      { keys: 'Enter', what: 'open or close a parent; details of a leaf' },
      { keys: '+ -', what: 'expand / collapse every section' },
      { keys: 'n', what: 'jump to the next topic to study (or to a refresh it needs)' },
    ],
  },
  {
    title: 'Mark (on a parent: all its topics; saved at once)',
    keys: [
      { keys: 'Space', what: 'done (again: back to pending)' },
      { keys: 's', what: 'in progress' },
      { keys: 'x', what: 'skipped' },
      { keys: 'u', what: 'back to pending' },
      { keys: 'z', what: 'undo the last change (again: one further back)' },
    ],
  },
  {
    title: 'Find',
    keys: [
      { keys: '/', what: 'search titles and ids (Enter jumps, Esc cancels)' },
      { keys: 'Ctrl-W Ctrl-U', what: 'in a search: erase a word / the whole query' },
      { keys: 'Tab Shift-Tab', what: 'filter: all / pending / in progress / done / due for review' },
      { keys: 'o  o 1-9', what: 'open a resource (several: o, then its number)' },
    ],
  },
  {
    title: 'Remember',
    keys: [
      { keys: 'r  R', what: 'review this done topic / the next due one; ␣ answer, 1-4 rate' },
      { keys: 'e', what: 'write a note in your editor ($VISUAL, $EDITOR, else vi)' },
      { keys: 'p', what: "practise: write its exercise (λ), or a section's next one" },
    ],
  },
  {
    title: 'Screen',
    keys: [
      { keys: 'd', what: 'details of the selected topic' },
      { keys: 'a', what: 'show / hide the answers to its self-check questions' },
      { keys: '?', what: 'this help' },
      { keys: 'Esc', what: 'close help, details, a review or search; else quit' },
      { keys: 'q  Ctrl-C', what: 'quit' },
    ],
  },
];

/** "✓ done  ◐ in progress  ⊘ skipped  ○ pending" in the glyphs drawn. */
const glyphLegend = (g: Glyphs) => `${g.status.done} done  ${g.status['in-progress']} in progress  ${g.status.skipped} skipped  ${g.status.pending} pending`;
const dueLegend = (g: Glyphs) => `${g.due} review due (${g.due}3 on a closed section: 3 below)  ${g.exercise} exercise, ${g.solved} solved`;

export function helpLines(width: number, t: Theme): string[] {
  const keyWidth = Math.max(...KEY_HELP.flatMap((g) => g.keys.map((k) => k.keys.length))) + 2;
  const lines: string[] = [fit([seg('Keys', t.bold), seg('   (Esc or ? closes)', t.dim)], width)];
  for (const group of KEY_HELP) {
    lines.push(' ', fit([seg(group.title, t.accent)], width));
    for (const k of group.keys) lines.push(fit([seg(`  ${k.keys.padEnd(keyWidth)}`, t.key), seg(k.what)], width));
  }
  lines.push(' ', fit([seg('Marks  '), seg(glyphLegend(t.g))], width), fit([seg('       '), seg(dueLegend(t.g))], width));
  return lines;
}
