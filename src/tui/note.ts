// Writing a note from the browser (`e`): the same draft as `mlroad note TOPIC`
// without text (room above the scissors line, earlier notes below it, for
// context) in the same editor ($VISUAL, else $EDITOR, else vi on a terminal).
// The editor is injected: the real one leaves the full screen while it runs
// (index.ts), tests pass a function that "types" into the draft.
import { editorTemplate } from '../render/notes.js';
import { OperationalError } from '../core/errors.js';
import type { Env } from '../core/io.js';
import { editorCommand, editText } from '../platform/editor.js';
import type { Topic } from '../core/roadmap/types.js';
import { noteFromEditor, normalizeNote } from '../core/state/notes.js';
import type { TopicNote } from '../core/state/types.js';

/** Edits `template` in a file named `fileName`; returns the file's text when the editor exits, throws when it fails. */
export type RunEditor = (template: string, fileName: string) => string | Promise<string>;

/** The note written, or null when the draft was left empty. */
export async function writeNote(runEditor: RunEditor, topic: Topic, notes: readonly TopicNote[]): Promise<string | null> {
  const content = await runEditor(editorTemplate(topic, notes), `${topic.id}.md`);
  return normalizeNote(noteFromEditor(content)) || null;
}

/** What the browser does without an editor given (only where it has no terminal of its own). */
export const noEditor: RunEditor = () => {
  throw new OperationalError('no editor is available here; add a note with mlroad note TOPIC "text"');
};

export interface Suspendable {
  /** Give the terminal to another program: leave the full screen, stop reading keys. */
  suspend(): void;
  /** Take it back. */
  resume(): void;
}

/**
 * The learner's editor on the terminal the browser runs in. On a terminal the
 * CLI falls back to vi when neither $VISUAL nor $EDITOR is set; so does this.
 * The editor runs synchronously: nothing of the browser (no frame, no key,
 * no write) runs while it has the terminal.
 */
export function terminalEditor(terminal: Suspendable, env: Env, platform: NodeJS.Platform): RunEditor {
  return (template, fileName) => {
    const command = editorCommand(env, true, platform)!;
    terminal.suspend();
    try {
      return editText(command, template, fileName, platform);
    } finally {
      terminal.resume();
    }
  };
}
