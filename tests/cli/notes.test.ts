// Notes on topics: appended with a date, shown by `show` (text and JSON,
// oldest first), written in $VISUAL/$EDITOR when no text is given.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
let roadmap: string;
const NO_EDITOR = { VISUAL: undefined, EDITOR: undefined };
const run = (args: string[], env: Record<string, string | undefined> = {}, now = '2026-03-01T09:00:00Z') =>
  mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { TZ: 'UTC', MLROAD_NOW: now, ...NO_EDITOR, ...env } });
const showJson = async (ref: string) => JSON.parse((await run(['show', ref, '--json'])).stdout);

/** An editor that runs `body` (a shell script; the draft is "$1"). */
function editor(body: string): string {
  const file = join(tempDir('mlroad-editor-'), 'editor.sh');
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('mlroad note TOPIC "text"', () => {
  it('appends dated notes that show --json lists oldest first, and show prints', async () => {
    const first = await run(['note', 'alpha', 'derivative of x^2 is 2x'], {}, '2026-03-01T09:00:00Z');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('✎ Note added to 1.1 Alpha (1 note');
    const second = await run(['note', '1.1', 'redo', 'exercise', '3'], {}, '2026-03-04T18:30:00Z');
    expect(second.stdout).toContain('(2 notes');
    expect((await showJson('alpha')).notes).toEqual([
      { at: '2026-03-01T09:00:00.000Z', text: 'derivative of x^2 is 2x' },
      { at: '2026-03-04T18:30:00.000Z', text: 'redo exercise 3' },
    ]);
    const show = await run(['show', 'alpha']);
    expect(show.stdout).toMatch(/Notes\n {2}2026-03-01 09:00\n {4}derivative of x\^2 is 2x\n {2}2026-03-04 18:30\n {4}redo exercise 3/);
  });

  it('a note changes no status, and other topics have an empty notes list', async () => {
    await run(['note', 'basics', 'section-level note']);
    expect((await showJson('basics')).notes).toEqual([{ at: '2026-03-01T09:00:00.000Z', text: 'section-level note' }]);
    expect((await showJson('beta')).notes).toEqual([]);
    const p = JSON.parse((await run(['progress', '--json'])).stdout);
    expect(p).toMatchObject({ done: 0, in_progress: 0, pending: 6 });
    expect((await showJson('basics')).status).toBe('pending');
  });

  it('--json reports the note added and all notes', async () => {
    const r = await run(['note', 'gamma', 'hello', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ topic: { id: 'gamma', number: '1.3' }, added: { text: 'hello' }, notes: [{ text: 'hello' }] });
  });

  it('escape sequences in a note never reach the terminal raw', async () => {
    await run(['note', 'alpha', 'evil \x1b]0;pwned\x07 title \x1b[31mred']);
    const show = await run(['show', 'alpha']);
    expect(show.stdout).not.toContain('\x1b');
    expect(show.stdout).toContain('evil  title red');
  });

  it('an empty note, or an unknown topic, exits 2 and writes nothing', async () => {
    const empty = await run(['note', 'alpha', '   ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('the note is empty');
    const unknown = await run(['note', 'nosuch', 'text']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no topic matches "nosuch"');
    expect(existsSync(join(dir, 'state.json'))).toBe(false);
  });

  it('"-" reads the note from stdin', async () => {
    const r = await mlroad(['--roadmap', roadmap, 'note', 'delta', '-'], {
      configDir: dir,
      env: { MLROAD_NOW: '2026-03-01T09:00:00Z' },
      stdin: 'line one\nline two\n\n',
    });
    expect(r.code).toBe(0);
    expect((await showJson('delta')).notes).toEqual([{ at: '2026-03-01T09:00:00.000Z', text: 'line one\nline two' }]);
  });
});

describe('mlroad note TOPIC (the editor)', () => {
  it('without $VISUAL/$EDITOR and without a terminal it exits 2 with a clear message, writing nothing', async () => {
    const r = await run(['note', 'alpha']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('set $VISUAL or $EDITOR');
    expect(r.stderr).toContain('mlroad note TOPIC "text"');
    expect(existsSync(join(dir, 'state.json'))).toBe(false);
  });

  it('opens $EDITOR on a draft; the text above the scissors line becomes the note, earlier notes are shown below it', async () => {
    await run(['note', 'alpha', 'an earlier note'], {}, '2026-02-27T08:00:00Z');
    const seen = join(dir, 'draft-seen.txt');
    const ed = editor(`cp "$1" '${seen}'\nprintf 'Written in my editor\\n\\nsecond paragraph\\n' | cat - "$1" > "$1.new" && mv "$1.new" "$1"`);
    const r = await run(['note', 'alpha'], { EDITOR: ed });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const draft = readFileSync(seen, 'utf8');
    expect(draft).toContain('# ------------------------ >8 ------------------------');
    expect(draft).toContain('# Write your note on 1.1 Alpha above this line.');
    expect(draft).toMatch(/# Earlier notes:\n# {3}2026-02-27 08:00\n# {5}an earlier note/);
    expect((await showJson('alpha')).notes.map((n: { text: string }) => n.text)).toEqual(['an earlier note', 'Written in my editor\n\nsecond paragraph']);
  });

  it('$VISUAL wins over $EDITOR, and an editor command with arguments works', async () => {
    const visual = editor(`printf 'from VISUAL %s\\n' "$1" > "$2"`);
    const r = await run(['note', 'beta'], { VISUAL: `${visual} --wait`, EDITOR: editor('echo "from EDITOR" > "$1"') });
    expect(r.code).toBe(0);
    expect((await showJson('beta')).notes.map((n: { text: string }) => n.text)).toEqual(['from VISUAL --wait']);
  });

  it('an editor left empty adds nothing (exit 0); a failing editor exits 1 and adds nothing', async () => {
    const empty = await run(['note', 'beta'], { EDITOR: editor('true') });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('The note was empty; nothing was added.');
    const failing = await run(['note', 'beta'], { EDITOR: editor('echo "half a note" > "$1"; exit 3') });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/the editor ".*" exited with 3; no note was added/);
    expect((await showJson('beta')).notes).toEqual([]);
  });
});
