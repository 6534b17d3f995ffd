// mlroad note TOPIC [TEXT...]: append a dated note; without text, write it in
// $VISUAL/$EDITOR (earlier notes shown below a scissors line, for context).
import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { isInteractive } from '../../core/io.js';
import { editorCommand, editText, noEditorError } from '../../platform/editor.js';
import { editorTemplate } from '../../render/notes.js';
import { topicJson } from '../../render/json.js';
import { clean } from '../../render/sanitize.js';
import { topicLabel } from '../../render/topic.js';
import { appendNote } from '../../actions/note.js';
import { noteFromEditor, normalizeNote, notesOf } from '../../core/state/notes.js';
import type { Topic } from '../../core/roadmap/types.js';
import { action, examples, type Context } from '../context.js';

/** The note's text: from the arguments, stdin ("-"), or the editor. Null when the editor left it empty. */
async function composeNote(ctx: Context, topic: Topic, words: string[]): Promise<string | null> {
  if (words.length === 1 && words[0] === '-') {
    // On a terminal, say what is expected rather than wait in silence.
    if (ctx.io.stdin.isTTY) ctx.warn(`Type the note on ${topic.number} ${clean(topic.title)}; end it with Ctrl-D on a line of its own (Ctrl-C cancels).`);
    return normalizeNote(await ctx.readStdin('the note')) || null;
  }
  if (words.length) {
    const text = normalizeNote(words.join(' '));
    if (!text) throw new UsageError('the note is empty; write some text: mlroad note TOPIC "text"');
    return text;
  }
  const editor = editorCommand(ctx.io.env, isInteractive(ctx.io), ctx.io.system.platform);
  if (!editor) throw noEditorError();
  const notes = notesOf(ctx.state?.topics[topic.id]);
  return normalizeNote(noteFromEditor(editText(editor, editorTemplate(topic, notes), `${topic.id}.md`, ctx.io.system.platform))) || null;
}

async function runNote(ctx: Context, ref: string, words: string[]): Promise<void> {
  const topic = ctx.topic(ref);
  const text = await composeNote(ctx, topic, words);
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
  ctx.print(
    `${ctx.glyphs.note} Note added to ${topicLabel(ctx.c, topic)} ${ctx.c.dim(`(${notes.length} note${notes.length === 1 ? '' : 's'}; read them with mlroad show ${topic.number})`)}`,
  );
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
