// Issue 17 in a real terminal: the BUILT binary in tmux at 80x24 and 40x12,
// keys sent with send-keys, the screen read with capture-pane. What a new user
// hits: Backspaces that arrive together, text that must fit the terminal,
// TERM=dumb, a non-UTF-8 locale, the browser's details, links and filters.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'mlroad.js');
const SOCKET = `mlroad-polish-${process.pid}-${Date.now().toString(36)}`;
const HAS_TMUX = spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;

/** The environment of the programs under test: no vitest markers, CI=false (else Ink draws only the last frame), a UTF-8 locale unless a test says otherwise. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'false', TERM: 'xterm-256color', LANG: 'C.UTF-8' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'MLROAD_NOW' || key === 'MLROAD_ROADMAP') delete env[key];
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'TMUX', 'LC_ALL', 'LC_CTYPE', 'MLROAD_ASCII', 'FORCE_HYPERLINK']) delete env[key];
  Object.assign(env, extra);
  return env;
}

const tmux = (...args: string[]) => {
  const r = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8', env: childEnv() });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
};
const screen = (target: string, ...flags: string[]) => tmux('capture-pane', '-p', ...flags, '-t', target);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const tempDir = () => mkdtempSync(join(tmpdir(), 'mlroad-polish-'));
const visibleLines = (text: string) => text.replace(/\n+$/, '').split('\n');

/** Polls the screen until `check` passes (a deadline, not fixed sleeps). */
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
/** Runs `mlroad ARGS` in a fresh tmux window of the given size; the shell prints a marker before and the exit code after. */
function launch(args: string, size: { columns: number; rows: number }, env: Record<string, string>): string {
  const name = `p${++session}`;
  const vars = Object.entries({ CI: 'false', LANG: 'C.UTF-8', ...env })
    .map(([k, v]) => `${k}=${q(v)}`)
    .join(' ');
  const command = `cd ${q(ROOT)} && printf 'BEFORE\\n' && env ${vars} ${q(process.execPath)} ${q(BIN)} ${args}; echo "EXIT=$?"; sleep 600`;
  tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command);
  return name;
}

/** The CLI as a pipe sees it (no terminal), for comparison. */
const piped = (args: string[], env: Record<string, string>) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: childEnv(env), encoding: 'utf8' });

const tuiUp = (t: string) => t.includes('❯') || /^> /m.test(t);
const tuiGone = (t: string) => /EXIT=\d+/.test(t);

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the build failed');
  }
});

afterAll(() => {
  if (HAS_TMUX) spawnSync('tmux', ['-L', SOCKET, 'kill-server'], { stdio: 'ignore' });
});

describe.skipIf(!HAS_TMUX)(HAS_TMUX ? 'issue 17 in a real terminal (tmux)' : 'issue 17 in a real terminal: SKIPPED because tmux is not installed', () => {
  /** A config dir with some history: sections 1 done, 2.2.1 in progress, 9 skipped, a note. */
  function studied(): string {
    const dir = tempDir();
    const run = (args: string[], now: string) => expect(piped(args, { MLROAD_CONFIG_DIR: dir, MLROAD_NOW: now }).status).toBe(0);
    run(['done', '1.1'], '2026-03-02T09:00:00Z');
    run(['done', '1.2', '1.3'], '2026-03-09T09:00:00Z');
    run(['done', '2.1.1'], '2026-03-16T09:00:00Z');
    run(['start', '2.2.1'], '2026-03-18T09:00:00Z');
    run(['skip', '9'], '2026-03-19T09:00:00Z');
    return dir;
  }

  it('text commands fit 80x24 and 40x12: the terminal never has to wrap a line, and no word is split', async () => {
    const dir = studied();
    const env = { MLROAD_CONFIG_DIR: dir, MLROAD_NOW: '2026-03-20T09:00:00Z', TZ: 'UTC' };
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 40, rows: 12 },
    ]) {
      for (const args of ['progress', 'next -n 10', 'next -n 2', 'stats', 'show 2.1.2', 'tree 2', 'validate']) {
        const s = launch(args, size, env);
        await waitFor(s, () => /EXIT=0/.test(screen(s, '-S', '-200')), `${args} to finish`);
        // -J joins lines the terminal wrapped: the same count with and without it means none was wrapped.
        const joined = visibleLines(screen(s, '-J', '-S', '-200'));
        const shown = visibleLines(screen(s, '-S', '-200'));
        expect(shown.length, `${args} at ${size.columns}x${size.rows}`).toBe(joined.length);
        const whole = new Set(piped(args.split(' '), env).stdout.split(/\s+/).filter(Boolean));
        for (const word of shown.join('\n').split(/\s+/)) {
          if (!word || word.endsWith('…') || /^(BEFORE|EXIT=0|\d+|Sep|Oct|Nov|Dec|Jan|Feb|Mar|[█▏▎▍▌▋▊▉░■·▒▓]+)$/.test(word)) continue;
          const broken = [...whole].some((w) => w.length > size.columns - 5 && w.includes(word)); // a URL longer than a line
          expect(whole.has(word) || broken, `${args} at ${size.columns}x${size.rows}: "${word}"`).toBe(true);
        }
      }
    }
  });

  it('TERM=dumb prints what `next` prints instead of opening the browser; a typo with an argument suggests the command', async () => {
    const dir = tempDir();
    const s = launch('', { columns: 80, rows: 24 }, { MLROAD_CONFIG_DIR: dir, TERM: 'dumb' });
    const text = await waitFor(s, tuiGone, 'mlroad to finish');
    expect(text).toContain('Next up in Machine Learning Roadmap');
    expect(text).toContain('EXIT=0');
    const typo = launch('dne 2.1.1', { columns: 80, rows: 24 }, { MLROAD_CONFIG_DIR: dir });
    const said = await waitFor(typo, tuiGone, 'the typo');
    expect(said).toContain("mlroad: unknown command 'dne' (did you mean 'done'?)");
    expect(said).toContain('EXIT=2');
  });

  it('`note TOPIC -` on a terminal says what to type, then saves it', async () => {
    const dir = tempDir();
    const s = launch('note 1.1 -', { columns: 80, rows: 24 }, { MLROAD_CONFIG_DIR: dir });
    await waitFor(s, (t) => t.includes('Type the note on 1.1 What is an ML Engineer?; end it with Ctrl-D'), 'the prompt');
    tmux('send-keys', '-t', s, '-l', 'typed at the prompt');
    tmux('send-keys', '-t', s, 'Enter', 'C-d');
    const text = await waitFor(s, tuiGone, 'the note to be saved');
    expect(text).toContain('Note added to 1.1 What is an ML Engineer?');
    const notes = JSON.parse(piped(['show', '1.1', '--json'], { MLROAD_CONFIG_DIR: dir }).stdout).notes;
    expect(notes.map((n: { text: string }) => n.text)).toEqual(['typed at the prompt']);
  });

  it('the browser at 80x24: two Backspaces in one read, the preview under a short tree, q in the details, o then a number, + and -, the due filter', async () => {
    const dir = studied();
    const opened = join(dir, 'opened.txt');
    const s = launch(
      'browse',
      { columns: 80, rows: 24 },
      { MLROAD_CONFIG_DIR: dir, MLROAD_BROWSER: `printf '%s\\n' >> ${q(opened)}`, MLROAD_NOW: '2026-03-20T09:00:00Z' },
    );
    await waitFor(s, tuiUp, 'the browser');

    // Search: "chainx", then two Backspaces written to the terminal at once.
    tmux('send-keys', '-t', s, '/');
    tmux('send-keys', '-t', s, '-l', 'chainx');
    await waitFor(s, (t) => t.includes('/chainx▏'), 'the query');
    tmux('send-keys', '-t', s, '-l', '\x7f\x7f');
    let text = await waitFor(s, (t) => t.includes('/chai▏'), 'two characters erased');
    expect(text).not.toContain('\uFFFD');
    tmux('send-keys', '-t', s, '-l', 'n\x17'); // Ctrl-W: the word goes
    await waitFor(s, (t) => t.includes('/▏  titles and ids'), 'the word erased');
    tmux('send-keys', '-t', s, 'Escape');
    await waitFor(s, (t) => !t.includes('titles and ids'), 'the search to close');

    // Every section closed: the free rows show the selected section.
    tmux('send-keys', '-t', s, '-');
    text = await waitFor(s, (t) => /^─{80}$/m.test(t) && t.includes('Collapsed every section'), 'the preview');
    const rows = visibleLines(text);
    expect(rows.length).toBeLessThanOrEqual(23);
    const rule = rows.findIndex((l) => /^─{80}$/.test(l));
    expect(rule).toBe(10);
    expect(rows[rule + 1]).toMatch(/^2 {2}Mathematical Foundations$/);
    // The cursor row is one bar: inverse on, plain text, inverse off.
    const styled = screen(s, '-e')
      .split('\n')
      .find((l) => l.includes('❯'))!;
    // (tmux may add a default-colour code right after the inverse: it changes nothing on an inverse bar.)
    expect(styled).toMatch(/^\x1b\[7m(\x1b\[39m)?❯ ▸ ◐ 2 Mathematical Foundations [^\x1b]*(\x1b\[(27|0)?m)?$/);

    // + opens everything: the tree fills the screen, no preview.
    tmux('send-keys', '-t', s, '+');
    await waitFor(s, (t) => t.includes('Expanded all') && !/^─{80}$/m.test(t), 'every section open');
    tmux('send-keys', '-t', s, '/');
    tmux('send-keys', '-t', s, '-l', 'chain rule');
    tmux('send-keys', '-t', s, 'Enter');
    await waitFor(s, (t) => /❯ +○ 2\.1\.2 Chain Rule of Derivation/.test(t), 'the jump');

    // The details: q closes them, not the app; o 2 opens the second resource.
    tmux('send-keys', '-t', s, 'Enter');
    await waitFor(s, (t) => t.includes('2.1.2  Chain Rule of Derivation') && t.includes('Esc back'), 'the details');
    tmux('send-keys', '-t', s, 'o');
    await waitFor(s, (t) => /Open which resource of 2\.1\.2 Chain Rule of Derivation\? 1-\d/.test(t), 'the question');
    tmux('send-keys', '-t', s, '2');
    await waitFor(s, (t) => t.includes('Opened https://colah.github.io/posts/2015-08-Backprop/'), 'the link opened');
    tmux('send-keys', '-t', s, 'q');
    text = await waitFor(s, (t) => /❯ +○ 2\.1\.2 Chain Rule/.test(t) && !t.includes('Esc back'), 'the details to close');
    expect(text).not.toMatch(/EXIT=/);
    for (const deadline = Date.now() + 5000; !existsSync(opened) && Date.now() < deadline;) await sleep(20);
    expect(readFileSync(opened, 'utf8')).toBe('https://colah.github.io/posts/2015-08-Backprop/\n');

    // The due filter: the four topics done in March are due on the 20th; nothing else shows.
    for (let i = 0; i < 4; i++) tmux('send-keys', '-t', s, 'Tab');
    text = await waitFor(s, (t) => visibleLines(t)[0]!.endsWith('↻ 4 due  [due for review]'), 'the due filter');
    expect(text).toMatch(/✓ 1\.1 What is an ML Engineer\? ↻/);
    expect(text).toMatch(/✓ 2\.1\.1 Derivatives, Partial Derivatives λ? ?↻/);
    expect(text).not.toContain('2.1.2');
    expect(text).not.toContain('3 Programming Fundamentals');

    tmux('send-keys', '-t', s, 'q');
    expect(await waitFor(s, tuiGone, 'the shell again')).toContain('EXIT=0');
  });

  it('the browser at 40x12 in a non-UTF-8 locale (LANG=C): ASCII only, every line within 40 columns', async () => {
    const dir = studied();
    const s = launch('browse', { columns: 40, rows: 12 }, { MLROAD_CONFIG_DIR: dir, LANG: 'C' });
    let text = await waitFor(s, (t) => /^> /m.test(t), 'the browser');
    const check = (t: string) => {
      const lines = visibleLines(t);
      expect(lines.length).toBeLessThanOrEqual(11);
      for (const line of lines) {
        expect([...line].length).toBeLessThanOrEqual(40);
        expect(line).toMatch(/^[\x20-\x7e]*$/);
      }
    };
    check(text);
    expect(text).toMatch(/^> +~ 2\.2\.1 Scalars/m);
    tmux('send-keys', '-t', s, 'Enter');
    text = await waitFor(s, (t) => t.includes('2.2.1  Scalars'), 'the details');
    check(text);
    expect(text).toContain('~ in progress |');
    tmux('send-keys', '-t', s, 'q', 'q');
    expect(await waitFor(s, tuiGone, 'the shell again')).toContain('EXIT=0');
  });
});

const HAS_SCRIPT = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!HAS_SCRIPT)('show on a terminal (a pty from script(1)): links where the terminal supports them', () => {
  /** `mlroad show 1.1` on a pseudo-terminal, with what supports-hyperlinks reads from the environment. */
  const showOnPty = (extra: Record<string, string>) => {
    const env = childEnv({ MLROAD_CONFIG_DIR: tempDir(), COLUMNS: '80', ...extra });
    delete env.CI; // supports-hyperlinks says no on CI (any value)
    return spawnSync('script', ['-qec', `${q(process.execPath)} ${q(BIN)} show 1.1`, '/dev/null'], { cwd: ROOT, env, encoding: 'utf8' }).stdout;
  };

  it('a terminal known to show OSC 8 links gets them (supports-hyperlinks decides); tmux and a pipe get the plain URL', () => {
    const link = /\x1b\]8;;https:\/\/[^\x07\x1b]+\x1b\\/;
    expect(showOnPty({ TERM_PROGRAM: 'WezTerm', TERM_PROGRAM_VERSION: '20240203-110809-5046fc22' })).toMatch(link);
    expect(showOnPty({ TERM_PROGRAM: 'tmux', TERM: 'tmux-256color' })).not.toMatch(link);
    expect(showOnPty({ TERM_PROGRAM: 'tmux', FORCE_HYPERLINK: '1' })).toMatch(link);
    expect(showOnPty({ TERM_PROGRAM: 'WezTerm', TERM_PROGRAM_VERSION: '20240203-110809-5046fc22', NO_COLOR: '1' })).not.toMatch(link);
    const piped = spawnSync(process.execPath, [BIN, 'show', '1.1'], {
      cwd: ROOT,
      env: childEnv({ MLROAD_CONFIG_DIR: tempDir(), TERM_PROGRAM: 'WezTerm', TERM_PROGRAM_VERSION: '20240203' }),
      encoding: 'utf8',
    });
    expect(piped.stdout).not.toContain('\x1b');
    expect(piped.stdout).toMatch(/\n {5}https:\/\/\S+\n/);
  });
});
