// `mlroad browse` for real: the BUILT binary in a real terminal (tmux), keys
// sent with send-keys, the screen read with capture-pane, the state file read
// from disk. Proves the alternate screen is left on q, Ctrl-C and SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
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

describe.skipIf(!HAS_TMUX)(HAS_TMUX ? 'mlroad browse in a real terminal (tmux)' : 'mlroad browse in a real terminal: SKIPPED because tmux is not installed', () => {
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
    await waitFor(s, (t) => t.includes('Keys') && t.includes('search titles and ids'), 'the help');
    tmux('send-keys', '-t', s, 'Escape');
    await waitFor(s, (t) => !t.includes('search titles and ids') && t.includes('❯'), 'the help to close');

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
});
