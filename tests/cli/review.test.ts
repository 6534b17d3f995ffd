// `mlroad review` as a subprocess: days pass by setting later MLROAD_NOW
// values; the schedule is read back from review --json and the state file.
// The interactive session runs in a real terminal (tmux) at the end.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, mlroad, ROOT, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

const QUESTIONS = SMALL_ROADMAP.replace('        estimate: 2h\n', '        estimate: 2h\n        description: Alpha is the first letter.\n        questions: [What comes first?, Why alpha?]\n');
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T09:00:00Z');
const day = (d: number) => new Date(T0 + d * DAY).toISOString();

let dir: string;
let roadmap: string;
/** mlroad on the small roadmap, `d` days after T0 (or at an ISO time). */
const at = (d: number | string, ...args: string[]) =>
  mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: typeof d === 'number' ? day(d) : d } });
const json = async (d: number | string, ...args: string[]) => {
  const r = await at(d, ...args, '--json');
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return JSON.parse(r.stdout);
};
const stateFile = () => join(dir, 'state.json');
const record = (id: string) => JSON.parse(readFileSync(stateFile(), 'utf8')).roadmaps.small.topics[id];
const daysTo = (iso: string, from: number) => (Date.parse(iso) - (T0 + from * DAY)) / DAY;

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(QUESTIONS);
});

describe('a topic marked done', () => {
  it('gets its first review 1 to 14 days later and stays out of next until then', async () => {
    await at(0, 'done', 'alpha');
    const card = record('alpha').card;
    expect(daysTo(card.due, 0)).toBeGreaterThanOrEqual(1);
    expect(daysTo(card.due, 0)).toBeLessThanOrEqual(14);
    expect(await json(0, 'review')).toEqual([]);
    expect((await json(0, 'next'))[0]).toMatchObject({ id: 'beta', kind: 'study' });
    const firstDue = daysTo(card.due, 0);
    expect(await json(firstDue - 0.01, 'review')).toEqual([]);
    expect(await json(firstDue, 'review')).toEqual([
      { id: 'alpha', number: '1.1', title: 'Alpha', path: ['Basics'], status: 'done', estimate_hours: 2, due: card.due, question: 'What comes first?' },
    ]);
  });

  it('review --json lists due reviews only, oldest first, with their count growing as days pass', async () => {
    await at(0, 'done', 'beta');
    await at(1, 'done', 'alpha', 'gamma');
    await at(1, 'done', 'epsilon');
    await at(2, 'reset', 'epsilon');
    const ids = async (d: number) => (await json(d, 'review')).map((t: { id: string }) => t.id);
    expect(await ids(2)).toEqual([]);
    expect(await ids(3)).toEqual(['beta']);
    expect(await ids(4)).toEqual(['beta', 'alpha', 'gamma']);
  });
});

describe('answering reviews', () => {
  it('Good answers on the due day give growing intervals; Again shrinks it', async () => {
    await at(0, 'done', 'alpha');
    let now = 0;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      now += daysTo(record('alpha').card.due, now);
      const r = await json(now, 'review', 'alpha', '--rating', 'good');
      expect(r).toMatchObject({ id: 'alpha', rating: 'good', reviews: i + 1 });
      expect(daysTo(r.due, now)).toBe(r.interval);
      intervals.push(r.interval);
      // Not due again until the new date.
      expect(await json(now, 'review')).toEqual([]);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i], intervals.join(',')).toBeGreaterThan(intervals[i - 1]!);
    now += daysTo(record('alpha').card.due, now);
    const again = await json(now, 'review', 'alpha', '--rating', 'again');
    expect(again.interval).toBeLessThan(intervals.at(-1)!);
    expect(record('alpha').card.lapses).toBe(1);
    expect(record('alpha').reviews.map((r: { rating: string }) => r.rating)).toEqual(['good', 'good', 'good', 'good', 'again']);
  });

  it('the question rotates from one review to the next', async () => {
    await at(0, 'done', 'alpha');
    expect((await json(3, 'review'))[0].question).toBe('What comes first?');
    await at(3, 'review', 'alpha', '--rating', 'again');
    expect((await json(4, 'review'))[0].question).toBe('Why alpha?');
  });

  it('text: the rating is confirmed with the next date; the list shows due date, path and question', async () => {
    await at(0, 'done', 'alpha', 'beta');
    const list = await at(3, 'review');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('2 reviews due (oldest first)');
    expect(list.stdout).toMatch(/1\.1\s+Alpha\s+due 2026-03-04, today/);
    expect(list.stdout).toContain('Basics');
    expect(list.stdout).toContain('Q: What comes first?');
    expect(list.stdout).toContain('record one: mlroad review 1.1 --rating again|hard|good|easy');
    const rated = await at(3, 'review', '1.1', '--rating', '3');
    expect(rated.stdout).toMatch(/^✓ Reviewed 1\.1 Alpha: good → next review in \d+ days \(2026-\d\d-\d\d\)\n1 more review due: mlroad review\n$/);
    const none = await at(0, 'review');
    expect(none.stdout).toBe('✓ No reviews due. Next: 1.2 Beta on 2026-03-04 (in 3 days).\n');
  });

  it('review TOPIC without a rating shows its schedule and what each answer would give, recording nothing', async () => {
    await at(0, 'done', 'alpha');
    const before = readFileSync(stateFile(), 'utf8');
    const r = await json(1, 'review', 'alpha');
    expect(r).toMatchObject({ id: 'alpha', due: record('alpha').card.due, question: 'What comes first?', reviews: [] });
    expect(r.preview.again.interval).toBeLessThan(r.preview.easy.interval);
    expect(readFileSync(stateFile(), 'utf8')).toBe(before);
  });
});

describe('what cannot be reviewed', () => {
  it('a topic that is not done, a section, a bad rating, a missing topic: exit 2, nothing changes', async () => {
    await at(0, 'done', 'alpha');
    await at(0, 'start', 'beta');
    const before = readFileSync(stateFile(), 'utf8');
    const cases: [string[], string][] = [
      [['review', 'gamma', '--rating', 'good'], 'mlroad: 1.3 Gamma Rays is pending, not done: only done topics are reviewed (mark it: mlroad done 1.3)'],
      [['review', 'beta', '--rating', 'good'], 'mlroad: 1.2 Beta is in-progress, not done'],
      [['review', 'beta'], 'is in-progress, not done'],
      [['review', 'basics', '--rating', 'good'], 'mlroad: 1 Basics is a section; review its topics one at a time'],
      [['review', 'alpha', '--rating', 'meh'], "argument 'meh' is invalid. expected again, hard, good or easy (or 1–4)."],
      [['review', '--rating', 'good'], 'mlroad: --rating needs a TOPIC'],
      [['review', 'alhpa', '--rating', 'good'], 'no topic matches "alhpa"'],
    ];
    for (const [args, message] of cases) {
      const r = await at(3, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    expect(readFileSync(stateFile(), 'utf8')).toBe(before);
  });
});

describe('cards follow statuses', () => {
  it('reset removes the card (the review log stays); the topic can no longer be reviewed', async () => {
    await at(0, 'done', 'alpha');
    await at(3, 'review', 'alpha', '--rating', 'good');
    await at(4, 'reset', 'alpha');
    expect(record('alpha').card).toBeUndefined();
    expect(record('alpha').reviews).toHaveLength(1);
    expect((await at(30, 'review', 'alpha', '--rating', 'good')).code).toBe(2);
    expect(await json(30, 'review')).toEqual([]);
  });

  it('skip suspends the card; done again resumes it, or starts over if it fell due meanwhile', async () => {
    await at(0, 'done', 'alpha', 'beta');
    const card = record('alpha').card;
    await at(1, 'skip', 'alpha', 'beta');
    expect(record('alpha').card).toEqual({ ...card, suspended: true });
    expect(await json(10, 'review')).toEqual([]);
    await at(1, 'done', 'alpha');
    expect(record('alpha').card).toEqual(card);
    await at(10, 'done', 'beta');
    expect(daysTo(record('beta').card.due, 10)).toBe(daysTo(card.due, 0));
    expect((await json(10, 'review')).map((t: { id: string }) => t.id)).toEqual(['alpha']);
  });

  it('a corrupt card in the state file is refused (exit 1), never rewritten', async () => {
    await at(0, 'done', 'alpha');
    const doc = JSON.parse(readFileSync(stateFile(), 'utf8'));
    doc.roadmaps.small.topics.alpha.card.due = 'next tuesday';
    const content = JSON.stringify(doc);
    writeFileSync(stateFile(), content);
    for (const args of [['review'], ['next'], ['review', 'alpha', '--rating', 'good']]) {
      const r = await at(5, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('the review card of topic "alpha" of "small" has no valid "due" time');
    }
    expect(readFileSync(stateFile(), 'utf8')).toBe(content);
  });
});

describe('start-up path', () => {
  it('ts-fsrs is loaded to create or reschedule cards, never by next or review --json', async () => {
    const hooks = join(tempDir(), 'hooks.mjs');
    const register = join(tempDir(), 'register.mjs');
    writeFileSync(hooks, "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.TRACE_FILE, url + '\\n'); return next(url, context); }\n");
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
    const traced = async (d: number, ...args: string[]) => {
      const trace = join(tempDir(), 'trace.txt');
      writeFileSync(trace, '');
      const r = await mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: day(d), NODE_OPTIONS: `--import ${register}`, TRACE_FILE: trace } });
      expect(r.code, args.join(' ')).toBe(0);
      return readFileSync(trace, 'utf8');
    };
    const loadsFsrs = (trace: string) => /\/chunks\/schedule-[^/]*\.js$/m.test(trace);
    const done = await traced(0, 'done', 'alpha');
    expect(done).toContain('/dist/cli.js');
    expect(loadsFsrs(done)).toBe(true);
    expect(loadsFsrs(await traced(5, 'next', '-n', '3'))).toBe(false);
    expect(loadsFsrs(await traced(5, 'review', '--json'))).toBe(false);
    expect(loadsFsrs(await traced(5, 'review', 'alpha', '--rating', 'good'))).toBe(true);
  });
});

describe('help', () => {
  it('review and focus have --help with examples', async () => {
    for (const command of ['review', 'focus']) {
      const r = await at(0, command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: mlroad ${command}`);
      expect(r.stdout).toContain('Examples:\n  $ mlroad');
    }
  });
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
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '50', `cd ${q(ROOT)} && env ${env} ${q(process.execPath)} ${q(BIN)} --roadmap ${q(roadmap)} review; echo "EXIT=$?"; sleep 600`);
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
