// `mlroad browse` for real: the BUILT binary in a real terminal (tmux), keys
// sent with send-keys, the screen read with capture-pane, the state file read
// from disk. Proves the alternate screen is left on q, Ctrl-C and SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'mlroad.js');
const SOCKET = `mlroad-e2e-${process.pid}-${Date.now().toString(36)}`;
const HAS_TMUX = spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;

/** The environment of the programs under test: no vitest markers (the CLI only runs outside vitest), CI=false (else Ink draws only the last frame). */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'false', TERM: 'xterm-256color', ...extra };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'MLROAD_NOW' || key === 'MLROAD_ROADMAP') delete env[key];
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.TMUX;
  Object.assign(env, extra);
  return env;
}

const tmux = (...args: string[]) => {
  const r = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8', env: childEnv() });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
};
const screen = (target: string) => tmux('capture-pane', '-p', '-t', target);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Polls the screen until `check` passes (deadline, not fixed sleeps). */
async function waitFor(target: string, check: (text: string) => boolean, what: string, ms = 15_000): Promise<string> {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    last = screen(target);
    if (check(last)) return last;
    await sleep(40);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
}

let session = 0;
/** Starts `mlroad browse` in a fresh tmux window; the shell prints a marker before and the exit code after. */
function launch(configDir: string, size = { columns: 80, rows: 24 }, env: Record<string, string> = {}): string {
  const name = `s${++session}`;
  const vars = Object.entries({ CI: 'false', MLROAD_CONFIG_DIR: configDir, ...env })
    .map(([k, v]) => `${k}=${q(v)}`)
    .join(' ');
  const command = `cd ${q(ROOT)} && printf 'BEFORE-TUI\\n' && env ${vars} ${q(process.execPath)} ${q(BIN)} browse; echo "EXIT=$?"; sleep 600`;
  tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command);
  return name;
}

const stateOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'));
const tempDir = () => mkdtempSync(join(tmpdir(), 'mlroad-e2e-'));
const visibleLines = (text: string) => text.replace(/\n+$/, '').split('\n');
const tuiGone = (text: string) => text.includes('BEFORE-TUI') && /EXIT=\d+/.test(text) && !text.includes('Machine Learning Roadmap') && !text.includes('❯');

beforeAll(() => {
  // `npm test` builds first (pretest); a direct `vitest run tests/e2e` may not have.
  if (!existsSync(join(ROOT, 'dist', 'mlroad.cjs'))) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the build failed');
  }
});

afterAll(() => {
  if (HAS_TMUX) spawnSync('tmux', ['-L', SOCKET, 'kill-server'], { stdio: 'ignore' });
});

describe('mlroad browse without a terminal', () => {
  it('exits 2 and points to `mlroad tree` and `mlroad next`', async () => {
    const child = spawn(process.execPath, [BIN, 'browse'], { cwd: ROOT, env: childEnv({ MLROAD_CONFIG_DIR: tempDir() }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/needs a terminal.*mlroad tree.*mlroad next/);
  });
});

describe.skipIf(!HAS_TMUX)(
  HAS_TMUX ? 'mlroad browse in a real terminal (tmux)' : 'mlroad browse in a real terminal: SKIPPED because tmux is not installed',
  () => {
    it('opens on the alternate screen, marks a topic (visible to `mlroad progress`), searches, resizes, and q restores the screen', async () => {
      const dir = tempDir();
      const s = launch(dir);
      let text = await waitFor(s, (t) => t.includes('Machine Learning Roadmap') && t.includes('❯'), 'the browser');
      expect(text).not.toContain('BEFORE-TUI'); // the alternate screen
      let lines = visibleLines(text);
      expect(lines.length).toBeLessThanOrEqual(23);
      expect(lines[0]).toMatch(/^Machine Learning Roadmap +░+ 0\/121 done {2}0%$/);
      expect(text).toMatch(/❯ +○ 1\.1 What is an ML Engineer\?/);
      expect(lines.at(-1)).toMatch(/␣ done.*\? help +q quit/);

      tmux('send-keys', '-t', s, 'j');
      await waitFor(s, (t) => /❯ +○ 1\.2 ML Engineer vs AI Engineer/.test(t), 'the cursor on 1.2');
      tmux('send-keys', '-t', s, 'Space');
      text = await waitFor(s, (t) => t.includes('Marked 1.2 ML Engineer vs AI Engineer done'), 'the mark message');
      expect(text).toMatch(/❯ +✓ 1\.2 ML Engineer vs AI Engineer/);
      expect(text).toMatch(/1\/121 done/);
      expect(stateOf(dir).roadmaps['machine-learning'].topics['ml-engineer-vs-ai-engineer'].status).toBe('done');
      // Another mlroad sees it at once, while the browser is still open.
      const progress = spawnSync(process.execPath, [BIN, 'progress', '--json'], { cwd: ROOT, env: childEnv({ MLROAD_CONFIG_DIR: dir }), encoding: 'utf8' });
      expect(JSON.parse(progress.stdout).done).toBe(1);

      tmux('send-keys', '-t', s, '/', 'chain');
      await waitFor(s, (t) => t.includes('/chain▏  1 match') && /❯ ○ 2\.1\.2 Chain Rule of Derivation/.test(t), 'the search');
      tmux('send-keys', '-t', s, 'Enter');
      text = await waitFor(s, (t) => /❯ +○ 2\.1\.2 Chain Rule of Derivation/.test(t) && !t.includes('/chain'), 'the jump');
      expect(text).toMatch(/▾ ○ 2\.1 Calculus/);

      tmux('send-keys', '-t', s, '?');
      await waitFor(s, (t) => t.includes('Keys') && t.includes('move up / down'), 'the help');
      tmux('send-keys', '-t', s, 'Escape');
      await waitFor(s, (t) => !t.includes('move up / down') && t.includes('❯'), 'the help to close');

      tmux('resize-window', '-t', s, '-x', '40', '-y', '12');
      text = await waitFor(s, (t) => /^Machine Learning…/.test(t) && t.includes('2.1.2 Chain Rule'), 'the 40x12 layout');
      lines = visibleLines(text);
      expect(lines.length).toBeLessThanOrEqual(11);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40);
      tmux('resize-window', '-t', s, '-x', '120', '-y', '30');
      text = await waitFor(s, (t) => t.includes('│2.1.2  Chain Rule of Derivation'), 'the details beside the tree at 120 columns');
      expect(visibleLines(text)[0]).toMatch(/^Machine Learning Roadmap/); // redrawn from the top
      expect(visibleLines(text).length).toBeLessThanOrEqual(29);

      tmux('send-keys', '-t', s, 'q');
      text = await waitFor(s, tuiGone, 'the shell again');
      expect(text).toContain('EXIT=0');
      expect(text.indexOf('BEFORE-TUI')).toBeLessThan(text.indexOf('EXIT=0'));
    });

    it('Ctrl-C leaves the alternate screen too, and NO_COLOR means no colour codes', async () => {
      const dir = tempDir();
      const s = launch(dir, { columns: 80, rows: 24 }, { NO_COLOR: '1' });
      await waitFor(s, (t) => t.includes('Machine Learning Roadmap') && t.includes('❯'), 'the browser');
      tmux('send-keys', '-t', s, 'j', 'x'); // something worth keeping
      await waitFor(s, (t) => t.includes('Marked 1.2 ML Engineer vs AI Engineer skipped'), 'the skip');
      const styled = tmux('capture-pane', '-p', '-e', '-t', s);
      expect(styled).not.toMatch(/\x1b\[[0-9;]*m/);
      tmux('send-keys', '-t', s, 'C-c');
      const text = await waitFor(s, tuiGone, 'the shell again');
      expect(text).toContain('EXIT=0');
      expect(stateOf(dir).roadmaps['machine-learning'].topics['ml-engineer-vs-ai-engineer'].status).toBe('skipped');
    });

    it('r reviews a due topic, z undoes twice, e hands the terminal to $VISUAL (normal screen, cooked mode) and takes it back', async () => {
      const dir = tempDir();
      const ML = 'machine-learning';
      // Done on day 0 by the CLI; the browser runs on day 10, when its first review is due.
      const done = spawnSync(process.execPath, [BIN, 'done', '1.1'], {
        cwd: ROOT,
        env: childEnv({ MLROAD_CONFIG_DIR: dir, MLROAD_NOW: '2026-03-01T09:00:00Z' }),
        encoding: 'utf8',
      });
      expect(done.status).toBe(0);
      // The editor says it runs and in which terminal mode, waits for the test, then writes a note above the draft.
      const release = join(dir, 'release');
      const editor = join(dir, 'editor.sh');
      writeFileSync(
        editor,
        [
          '#!/bin/sh',
          `printf 'EDITOR-RUNNING MODE=%s\\n' "$(stty -a < /dev/tty | tr ' ;' '\\n\\n' | grep -E -x -- '-?icanon')"`,
          `while [ ! -e ${q(release)} ]; do sleep 0.05; done`,
          `{ printf 'Note from the e2e editor\\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"`,
          '',
        ].join('\n'),
      );
      const s = launch(dir, { columns: 80, rows: 24 }, { MLROAD_NOW: '2026-03-11T09:00:00Z', VISUAL: `sh ${editor}` });
      let text = await waitFor(s, (t) => t.includes('Machine Learning Roadmap') && t.includes('❯'), 'the browser');
      expect(visibleLines(text)[0]).toMatch(/1\/121 done {2}0% {2}↻ 1 due$/);
      expect(text).toMatch(/❯ +✓ 1\.1 What is an ML Engineer\? ↻/);

      tmux('send-keys', '-t', s, 'r');
      await waitFor(s, (t) => t.includes('Review  1.1  What is an ML Engineer?') && t.includes('Q: '), 'the review');
      tmux('send-keys', '-t', s, 'Space');
      text = await waitFor(s, (t) => /\n(Answer|No model answer: the topic in brief)\n/.test(t) && /3 Good \d+d/.test(t), 'the answer key');
      const good = Number(/3 Good (\d+)d/.exec(text)![1]);
      tmux('send-keys', '-t', s, '3');
      text = await waitFor(s, (t) => t.includes(`Reviewed 1.1 What is an ML Engineer?: good → next review in ${good} days`), 'the review recorded');
      expect(visibleLines(text)[0]).not.toContain('↻');
      const card = stateOf(dir).roadmaps[ML].topics['what-is-an-ml-engineer'];
      expect(card.reviews).toMatchObject([{ rating: 'good', interval: good, at: '2026-03-11T09:00:00.000Z' }]);

      tmux('send-keys', '-t', s, 'j', 'Space');
      await waitFor(s, (t) => t.includes('Marked 1.2 ML Engineer vs AI Engineer done'), 'the mark');
      tmux('send-keys', '-t', s, 'z');
      await waitFor(s, (t) => t.includes('↶ Undid 1.2 ML Engineer vs AI Engineer: done → pending'), 'the first undo');
      expect(stateOf(dir).roadmaps[ML].topics['ml-engineer-vs-ai-engineer'].status).toBe('pending');
      tmux('send-keys', '-t', s, 'z'); // one further back: the CLI's `done 1.1`
      text = await waitFor(s, (t) => t.includes('↶ Undid 1.1 What is an ML Engineer?: done → pending'), 'the second undo');
      expect(text).toMatch(/○ 1\.1 What is an ML Engineer\?/);
      expect(stateOf(dir).roadmaps[ML].topics['what-is-an-ml-engineer'].status).toBe('pending');

      tmux('send-keys', '-t', s, 'e');
      text = await waitFor(s, (t) => t.includes('EDITOR-RUNNING'), 'the editor');
      expect(text).toContain('BEFORE-TUI'); // the normal screen, not the browser's
      expect(text).not.toContain('❯');
      expect(text).toContain('MODE=icanon'); // not raw: the editor gets a normal terminal
      writeFileSync(release, '');
      text = await waitFor(s, (t) => t.includes('✎ Note added to 1.2 ML Engineer vs AI Engineer (1 note)'), 'the note');
      // Back on the alternate screen, redrawn in full.
      expect(text).not.toContain('EDITOR-RUNNING');
      const lines = visibleLines(text);
      expect(lines[0]).toMatch(/^Machine Learning Roadmap/);
      expect(lines.length).toBeLessThanOrEqual(23);
      expect(text).toMatch(/❯ +○ 1\.2 ML Engineer vs AI Engineer/);
      expect(stateOf(dir).roadmaps[ML].topics['ml-engineer-vs-ai-engineer'].notes).toEqual([
        { at: '2026-03-11T09:00:00.000Z', text: 'Note from the e2e editor' },
      ]);
      // Raw mode is back: a single key acts without Enter.
      tmux('send-keys', '-t', s, 'j');
      await waitFor(s, (t) => /❯ +○ 1\.3 Skills and Responsibilities/.test(t), 'a key after the editor');

      tmux('send-keys', '-t', s, 'q');
      text = await waitFor(s, tuiGone, 'the shell again');
      expect(text).toContain('EXIT=0');
    });

    it('an editor left empty twice in a row still gets the browser redrawn in full each time', async () => {
      const dir = tempDir();
      const runs = join(dir, 'runs');
      const editor = join(dir, 'editor.sh');
      writeFileSync(editor, `#!/bin/sh\necho run >> ${q(runs)}\n`); // saves the draft unchanged: no note
      const s = launch(dir, { columns: 80, rows: 24 }, { VISUAL: `sh ${editor}` });
      await waitFor(s, (t) => t.includes('Machine Learning Roadmap') && t.includes('❯'), 'the browser');
      const ran = () => (existsSync(runs) ? readFileSync(runs, 'utf8').split('\n').filter(Boolean).length : 0);
      for (let n = 1; n <= 3; n++) {
        tmux('send-keys', '-t', s, 'e');
        for (const deadline = Date.now() + 15_000; ran() < n; await sleep(20))
          if (Date.now() > deadline) throw new Error(`the editor did not run a ${n}th time`);
        // The same frame as before the editor, on a freshly cleared alternate screen: it must be drawn again.
        const text = await waitFor(
          s,
          (t) => t.includes('No note added to 1.1 What is an ML Engineer? (the note was empty)') && /^Machine Learning Roadmap/.test(t) && t.includes('❯'),
          `the redraw after editor run ${n}`,
        );
        expect(visibleLines(text).length).toBe(23);
      }
      expect(existsSync(join(dir, 'state.json'))).toBe(false); // nothing was written
      tmux('send-keys', '-t', s, 'q');
      expect(await waitFor(s, tuiGone, 'the shell again')).toContain('EXIT=0');
    });

    it('SIGTERM restores the screen and keeps what was marked (exit 143)', async () => {
      const dir = tempDir();
      const s = launch(dir);
      await waitFor(s, (t) => t.includes('Machine Learning Roadmap') && t.includes('❯'), 'the browser');
      tmux('send-keys', '-t', s, 's');
      await waitFor(s, (t) => t.includes('Marked 1.1 What is an ML Engineer? in progress'), 'the start');
      const shell = tmux('display-message', '-p', '-t', s, '#{pane_pid}').trim();
      const node = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', shell], { encoding: 'utf8' })
        .stdout.split('\n')
        .find((l) => l.includes('mlroad.js browse'));
      expect(node).toBeDefined();
      process.kill(Number(node!.trim().split(/\s+/)[0]), 'SIGTERM');
      const text = await waitFor(s, tuiGone, 'the shell again');
      expect(text).toContain('EXIT=143');
      expect(stateOf(dir).roadmaps['machine-learning'].topics['what-is-an-ml-engineer'].status).toBe('in-progress');
    });
  },
);
