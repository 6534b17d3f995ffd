// The interactive review on a terminal: plain readline keypresses in raw mode
// (no Ink: this path stays light). For each topic: its title, path and a
// self-check question; on a key, its model answer (else the description) and notes; then
// Again / Hard / Good / Easy (keys 1–4) with the interval each would give.
// Every answer is written at once, so quitting never loses one.
import type { ChalkInstance } from 'chalk';
import { keyQueue, type KeyInput, type RawKey } from './key-queue.js';
import { clean, cleanBlock } from '../render/sanitize.js';
import { wrap } from '../render/text.js';
import { topicPath } from '../render/topic.js';
import type { Topic } from '../core/roadmap/types.js';
import type { SelfCheck } from '../core/review/due.js';
import { intervalShort, intervalText, RATINGS, type RatingName, type ReviewEntry } from '../core/review/card.js';

export interface SessionItem {
  topic: Topic;
  description: string | null;
  /** The question to ask and its model answer (null: the topic has no questions). */
  check: SelfCheck | null;
  notes: { at: string; text: string }[];
}

export interface SessionDeps {
  c: ChalkInstance;
  cols: number;
  /** The interval (days) each rating would give this topic now. */
  preview(topic: Topic): Promise<Record<RatingName, { interval: number }>>;
  /** Records the answer; returns the review it scheduled. */
  rate(topic: Topic, rating: RatingName): Promise<ReviewEntry>;
}

export type SessionInput = KeyInput;

export interface SessionResult {
  rated: { topic: Topic; rating: RatingName; entry: ReviewEntry }[];
  skipped: Topic[];
  quit: boolean;
}

type Key = 'reveal' | 'skip' | 'quit' | RatingName;

const LABEL: Record<RatingName, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

function keyOf(str: string | undefined, key: RawKey): Key | null {
  if (key?.ctrl && (key.name === 'c' || key.name === 'd')) return 'quit';
  if (key?.name === 'escape' || str === 'q' || str === 'Q') return 'quit';
  if (key?.name === 'return' || key?.name === 'enter' || key?.name === 'space' || str === ' ') return 'reveal';
  if (str === 's' || str === 'S') return 'skip';
  if (str && /^[1-4]$/.test(str)) return RATINGS[Number(str) - 1]!;
  return null;
}

export async function runSession(items: SessionItem[], input: SessionInput, out: { write(text: string): unknown }, deps: SessionDeps): Promise<SessionResult> {
  const { c } = deps;
  const width = Math.min(deps.cols, 100);
  const say = (text = '') => out.write(`${text}\n`);
  const result: SessionResult = { rated: [], skipped: [], quit: false };
  const reader = keyQueue<Key>(input, keyOf, 'quit');
  try {
    for (const [i, item] of items.entries()) {
      const { topic } = item;
      say(c.dim(`── Review ${i + 1} of ${items.length} ${'─'.repeat(Math.max(0, width - 16 - String(i + 1).length - String(items.length).length))}`));
      say(`${c.cyan.bold(topic.number)}  ${c.bold(clean(topic.title))}`);
      const path = topicPath(topic);
      if (path) say(c.dim(path));
      say();
      const question = item.check?.question ?? `What is "${topic.title}" about, and how would you explain it to someone else?`;
      say(wrap(`Q: ${cleanBlock(question)}`, width, '  '));
      say();
      say(c.dim('space/enter: show the answer · 1–4: rate · s: skip · q: quit'));
      const preview = await deps.preview(topic);
      let key = await reader.next();
      if (key === 'reveal') {
        say();
        // The model answer; without one, the topic's description, labelled as such.
        if (item.check?.answer) {
          say(c.bold('Answer'));
          say(wrap(cleanBlock(item.check.answer), width, '  '));
        } else if (item.description) {
          say(c.bold('No model answer: the topic in brief'));
          say(wrap(cleanBlock(item.description), width, '  '));
        } else {
          say(c.dim('  (no answer or description in the roadmap: check yourself against your notes and resources: mlroad show ' + topic.number + ')'));
        }
        if (item.notes.length) {
          say(c.bold('Your notes'));
          for (const note of item.notes) say(wrap(`${note.at.slice(0, 10)}: ${cleanBlock(note.text)}`, width, '  '));
        }
        say();
        say(c.bold('How well did you recall it?') + c.dim(' (each answer with the wait until the next review)'));
        say(
          `  ${RATINGS.map((r, n) => `${c.bold(String(n + 1))} ${LABEL[r]} ${c.dim(intervalShort(preview[r].interval))}`).join('   ')}   ${c.dim('s skip · q quit')}`,
        );
        key = await reader.next();
        while (key === 'reveal') key = await reader.next();
      }
      if (key === 'quit') {
        result.quit = true;
        break;
      }
      if (key === 'skip') {
        result.skipped.push(topic);
        say(c.dim('Skipped: still due.'));
        say();
        continue;
      }
      const entry = await deps.rate(topic, key);
      result.rated.push({ topic, rating: key, entry });
      say(`${c.green('✓')} ${LABEL[key]}: next review in ${intervalText(entry.interval)} (${entry.due.slice(0, 10)})`);
      say();
    }
  } finally {
    reader.close();
  }
  return result;
}
