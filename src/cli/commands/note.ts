// mlroad note TOPIC [TEXT...]: append a dated note; without text, write it in
// $VISUAL/$EDITOR (earlier notes shown below a scissors line, for context).
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { editorCommand, editText, noEditorError, noteFromEditor, SCISSORS } from '../../platform/editor.js';
import { topicJson } from '../../render/json.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { topicLabel } from '../../render/topic.js';
import { appendNote, normalizeNote, notesOf } from '../../core/state/notes.js';
import type { TopicNote } from '../../core/state/types.js';
import type { Topic } from '../../core/roadmap/types.js';
import { action, examples, type Context } from '../context.js';

/** "2026-03-01 09:00" in local time, for people. */
export function noteTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Notes as text lines for `show` and the editor template. */
export function noteLines(notes: readonly TopicNote[], indent = '  '): string[] {
  return notes.flatMap((n) => [`${indent}${noteTime(n.at)}`, ...cleanBlock(n.text).split('\n').map((l) => `${indent}  ${l}`)]);
}

/** The draft the editor opens: room for the note, then earlier notes below the scissors line. */
export function editorTemplate(topic: Topic, notes: readonly TopicNote[]): string {
  const lines = [
    '',
    '',
    SCISSORS,
    `# Write your note on ${topic.number} ${clean(topic.title)} above this line.`,
    '# Everything from the line above down is ignored; an empty note adds nothing.',
  ];
  if (notes.length) lines.push('#', '# Earlier notes:', ...noteLines(notes, '#   '));
  return `${lines.join('\n')}\n`;
}

/** The note's text: from the arguments, stdin ("-"), or the editor. Null when the editor left it empty. */
function composeNote(ctx: Context, topic: Topic, words: string[]): string | null {
  if (words.length === 1 && words[0] === '-') return normalizeNote(readFileSync(0, 'utf8')) || null;
  if (words.length) {
    const text = normalizeNote(words.join(' '));
    if (!text) throw new UsageError('the note is empty; write some text: mlroad note TOPIC "text"');
    return text;
  }
  const editor = editorCommand(process.env, Boolean(process.stdin.isTTY && process.stdout.isTTY));
  if (!editor) throw noEditorError();
  const notes = notesOf(ctx.state?.topics[topic.id]);
  return normalizeNote(noteFromEditor(editText(editor, editorTemplate(topic, notes), `${topic.id}.md`))) || null;
}

export async function runNote(ctx: Context, ref: string, words: string[]): Promise<void> {
  const topic = ctx.topic(ref);
  const text = composeNote(ctx, topic, words);
  if (text === null) {
    if (ctx.json) ctx.printJson({ topic: topicJson(topic, ctx.progress), added: null, notes: notesOf(ctx.state?.topics[topic.id]) });
    else ctx.print('The note was empty; nothing was added.');
    return;
  }
  const { note, notes, doc } = await appendNote(ctx.store, ctx.roadmap.id, topic.id, text, ctx.now);
  ctx.refresh(doc);
  if (ctx.json) {
    ctx.printJson({ topic: topicJson(topic, ctx.progress), added: note, notes });
    return;
  }
  ctx.print(`✎ Note added to ${topicLabel(ctx.c, topic)} ${ctx.c.dim(`(${notes.length} note${notes.length === 1 ? '' : 's'}; read them with mlroad show ${topic.number})`)}`);
}

export const noteCommand = () =>
  new Command('note')
    .description('add a dated note to a topic (no text: write it in $VISUAL/$EDITOR)')
    .argument('<TOPIC>', 'an id, outline number or title words')
    .argument('[TEXT...]', 'the note ("-" reads it from stdin); without it your editor opens')
    .addHelpText(
      'after',
      examples(
        ['mlroad note 2.1.2 "dL/dx = dL/dy * dy/dx; redo exercise 3"', 'a quick note'],
        ['mlroad note "chain rule"', 'write a longer one in $VISUAL/$EDITOR'],
        ['pbpaste | mlroad note 8.3.1 -', 'from stdin'],
        ['mlroad show 2.1.2', 'read the notes of a topic'],
      ) + '\nNotes are kept like history: each is dated and none is overwritten.\n',
    )
    .action(action((ctx, _opts, [ref, words]) => runNote(ctx, ref as string, (words as string[] | undefined) ?? [])));
