// Composing a note in the learner's editor ($VISUAL, else $EDITOR), the way
// git does for commit messages: the command is run by the shell, so
// `EDITOR="code --wait"` works, and the file name is passed as "$1", never
// spliced into the command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OperationalError, UsageError } from '../core/errors.js';
import type { Env } from '../core/io.js';

/** The editor to run, or null when none is set and there is no terminal to fall back to vi on. */
export function editorCommand(env: Env, interactive: boolean, platform: NodeJS.Platform): string | null {
  const chosen = (env.VISUAL || env.EDITOR || '').trim();
  if (chosen) return chosen;
  if (!interactive) return null;
  return platform === 'win32' ? 'notepad' : 'vi';
}

/**
 * Opens `template` in the editor and returns the file's text once it exits.
 * A failing editor is an operational error; the draft is removed either way.
 */
export function editText(editor: string, template: string, fileName: string, platform: NodeJS.Platform): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlroad-note-'));
  const file = join(dir, fileName);
  try {
    writeFileSync(file, template, { mode: 0o600 });
    const result =
      platform === 'win32'
        ? spawnSync(`${editor} "${file}"`, { stdio: 'inherit', shell: true })
        : spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'mlroad-editor', file], { stdio: 'inherit' });
    if (result.error) throw new OperationalError(`could not run the editor "${editor}": ${result.error.message}`);
    if (result.status !== 0) {
      throw new OperationalError(`the editor "${editor}" exited with ${result.status ?? result.signal}; no note was added`);
    }
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const noEditorError = () =>
  new UsageError('no editor to write the note in: set $VISUAL or $EDITOR, or give the text: mlroad note TOPIC "text" (or "-" to read it from stdin)');
