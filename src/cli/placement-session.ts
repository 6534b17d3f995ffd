// The interactive placement on a terminal: for each leaf still to study, its
// self-check question; on a key its model answer (else the description,
// labelled); then "knew it" (y) or "not yet" (n). Nothing is written here:
// the command applies every "knew it" at the end as one change, also after
// q or Ctrl-C (answers given are never lost).
import type { ChalkInstance } from 'chalk';
import type { Glyphs } from '../render/glyphs.js';
import type { PlacementItem } from '../core/placement.js';
import type { Topic } from '../core/roadmap/types.js';
import { clean, cleanBlock } from '../render/sanitize.js';
import { wrap } from '../render/text.js';
import { topicPath } from '../render/topic.js';
import { keyQueue, type KeyInput, type RawKey } from './key-queue.js';

export interface PlacementResult {
  known: Topic[];
  notYet: Topic[];
  /** Stopped before the last question (q, Esc, Ctrl-C or the end of input). */
  quit: boolean;
}

type Key = 'reveal' | 'known' | 'not-yet' | 'quit';

function keyOf(str: string | undefined, key: RawKey): Key | null {
  if (key?.ctrl && (key.name === 'c' || key.name === 'd')) return 'quit';
  if (key?.name === 'escape' || str === 'q' || str === 'Q') return 'quit';
  if (key?.name === 'return' || key?.name === 'enter' || key?.name === 'space' || str === ' ') return 'reveal';
  if (str === 'y' || str === 'Y' || str === 'k' || str === 'K') return 'known';
  if (str === 'n' || str === 'N') return 'not-yet';
  return null;
}

export async function runPlacementSession(
  items: PlacementItem[],
  input: KeyInput,
  out: { write(text: string): unknown },
  deps: { c: ChalkInstance; cols: number; glyphs: Glyphs },
): Promise<PlacementResult> {
  const { c, glyphs: g } = deps;
  const rule = g.ascii ? '-' : '─';
  const width = Math.min(deps.cols, 100);
  const say = (text = '') => out.write(`${text}\n`);
  const result: PlacementResult = { known: [], notYet: [], quit: false };
  const reader = keyQueue<Key>(input, keyOf, 'quit');
  try {
    for (const [i, item] of items.entries()) {
      const { topic } = item;
      const head = `${rule}${rule} Placement ${i + 1} of ${items.length} `;
      say(c.dim(head + rule.repeat(Math.max(0, width - head.length))));
      say(`${c.cyan.bold(topic.number)}  ${c.bold(clean(topic.title))}`);
      const path = topicPath(topic);
      if (path) say(c.dim(path));
      say();
      say(wrap(`Q: ${cleanBlock(item.question)}`, width, '  '));
      say();
      say(c.dim(wrap(`space/enter: show the answer ${g.sep} y: knew it ${g.sep} n: not yet ${g.sep} q: stop (your answers so far are kept)`, width)));
      let key = await reader.next();
      if (key === 'reveal') {
        say();
        if (item.answer === null) say(c.dim(`  (no answer or description in the roadmap: mlroad show ${topic.number})`));
        else {
          say(c.bold(item.fromDescription ? 'No model answer: the topic in brief' : 'Answer'));
          say(wrap(cleanBlock(item.answer), width, '  '));
        }
        say();
        say(`${c.bold('Did you know it?')}  ${c.bold('y')} knew it   ${c.bold('n')} not yet   ${c.dim('q stop')}`);
        key = await reader.next();
        while (key === 'reveal') key = await reader.next();
      }
      if (key === 'quit') {
        result.quit = i < items.length;
        break;
      }
      if (key === 'known') {
        result.known.push(topic);
        say(`${c.green(g.ok)} Knew it: marked done at the end, with a first review in a few days`);
      } else {
        result.notYet.push(topic);
        say(c.dim('Not yet: it stays to study'));
      }
      say();
    }
  } finally {
    reader.close();
  }
  return result;
}
