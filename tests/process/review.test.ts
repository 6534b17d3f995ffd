// `mlroad review` as a real process: the interactive session in a real
// terminal (tmux). (What a run loads: tests/process/startup.test.ts.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, SMALL_ROADMAP, spawnMlroad as mlroad, tempDir, writeRoadmap } from '../helpers.js';

const QUESTIONS = SMALL_ROADMAP.replace(
  '        estimate: 2h\n',
  '        estimate: 2h\n        description: Alpha is the first letter.\n        questions: [What comes first?, Why alpha?]\n',
);
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T09:00:00Z');
const day = (d: number) => new Date(T0 + d * DAY).toISOString();

let dir: string;
let roadmap: string;
/** mlroad on the small roadmap, `d` days after T0 (or at an ISO time). */
const at = (d: number | string, ...args: string[]) =>
  mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: typeof d === 'number' ? day(d) : d } });
const stateFile = () => join(dir, 'state.json');
const record = (id: string) => JSON.parse(readFileSync(stateFile(), 'utf8')).roadmaps.small.topics[id];

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(QUESTIONS);
});

// The session on a real terminal: tmux, keys sent with send-keys.
const HAS_TMUX = spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
const SOCKET = `mlroad-review-${process.pid}-${Date.now().toString(36)}`;
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
function tmux(...args: string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TMUX' || key === 'NO_COLOR' || key === 'FORCE_COLOR') delete env[key];
  const r = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
async function waitFor(check: (screen: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  let screen = '';
  while (Date.now() < deadline) {
    screen = tmux('capture-pane', '-p', '-S', '-200', '-t', 'review');
    if (check(screen)) return screen;
    await new Promise((r) => setTimeout(r, 40));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
}
afterAll(() => {
  if (HAS_TMUX) spawnSync('tmux', ['-L', SOCKET, 'kill-server'], { stdio: 'ignore' });
});

describe.skipIf(!HAS_TMUX)('review on a terminal', () => {
  it('asks, reveals the answer key on space, records the key pressed; Ctrl-C ends with a summary', async () => {
    await at(0, 'done', 'alpha', 'beta', 'gamma');
    const env = `MLROAD_CONFIG_DIR=${q(dir)} MLROAD_NOW=${q(day(4))} NO_COLOR=1`;
    tmux(
      'new-session',
      '-d',
      '-s',
      'review',
      '-x',
      '100',
      '-y',
      '50',
      `cd ${q(ROOT)} && env ${env} ${q(process.execPath)} ${q(BIN)} --roadmap ${q(roadmap)} review; echo "EXIT=$?"; sleep 600`,
    );
    await waitFor((s) => s.includes('Q: What comes first?') && s.includes('space/enter: show the answer'), 'the first question');
    expect(tmux('capture-pane', '-p', '-t', 'review')).not.toContain('Alpha is the first letter.');
    tmux('send-keys', '-t', 'review', ' ');
    await waitFor((s) => s.includes('Alpha is the first letter.') && /3 Good \d+d/.test(s), 'the answer key and the choices');
    tmux('send-keys', '-t', 'review', '3');
    await waitFor((s) => s.includes('✓ Good: next review in') && s.includes('── Review 2 of 3'), 'the second topic');
    tmux('send-keys', '-t', 'review', '1');
    await waitFor((s) => s.includes('✓ Again: next review in 1 day') && s.includes('── Review 3 of 3'), 'the third topic');
    tmux('send-keys', '-t', 'review', 'C-c');
    const end = await waitFor((s) => /EXIT=\d+/.test(s), 'the exit');
    expect(end).toContain('Reviewed 2 of 3: 1 again, 1 good.');
    expect(end).toContain('1 still due: mlroad review');
    expect(end).toContain('EXIT=0');
    expect(record('alpha').reviews.map((r: { rating: string }) => r.rating)).toEqual(['good']);
    expect(record('beta').reviews.map((r: { rating: string }) => r.rating)).toEqual(['again']);
    expect(record('gamma').reviews).toBeUndefined();
  });
});
