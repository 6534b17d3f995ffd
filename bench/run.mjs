// `npm run bench`: the performance targets of issue 13, measured on this machine.
//
// Honest conditions:
// - A clean environment for both sides: every NODE_* variable is dropped
//   (NODE_EXTRA_CA_CERTS alone adds 50–150 ms to each Node start on Node 20,
//   which would flatter every ratio), and MLROAD_*, XDG_*, colour and test
//   variables too; HOME is an empty temp dir.
// - Interleaved pairs: each run of a case is paired with a run of the
//   baseline (`node -e 0`, or two of them for two commands), alternating which
//   goes first; the ratio and the ms above the baseline are taken pair by pair,
//   and their medians are reported, so that a burst of load elsewhere hits
//   both sides of a pair alike.
// - The everyday run: roadmaps and progress are set up first and the parse
//   cache (and the code cache) warmed; stdout is a pipe, as in `$(mlroad …)`.
// - The browser in a real pseudo-terminal (bench/pty.py, Python's pty): from
//   the spawn to its first frame, each keypress to the last byte of its frame,
//   and its peak RSS, all seen from outside the process.
// A benchmark, not a test: it reports, it never fails on a miss.
//
//   node bench/run.mjs [--runs N] [--only TEXT] [--no-tui] [--million] [--keep]
//     --runs N     pairs per CLI case (default 21), browser runs 5
//     --only TEXT  only the rows whose name contains TEXT
//     --no-tui     skip the browser rows
//     --million    also a 1,000,000-topic roadmap (129 MB): its first parse
//                  (minutes, GBs) and `next` and `progress --json` from the cache
//     --against DIR  the baseline of each CLI case is the same commands run by
//                  another built checkout (DIR/bin/mlroad.js, its own cache dir):
//                  what a change is worth, e.g. a copy with one trick removed
//     --keep       keep the temp dir (its path is printed)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRoadmap, topicCount } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'mlroad.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(option('--runs')) || 21;
const ONLY = option('--only');
const TUI_RUNS = 5;
const AGAINST = option('--against');

if (!existsSync(join(ROOT, 'dist'))) {
  console.error('bench: dist/ is missing; run `npm run bench` (it builds first)');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'mlroad-bench-'));
const say = (text) => process.stderr.write(`${text}\n`);
say(`bench: working in ${work}`);

/** The clean environment of both sides: what a user's shell has, without this machine's Node and test settings. */
const env = {};
for (const [key, value] of Object.entries(process.env)) {
  if (/^(NODE_|MLROAD_|XDG_|VITEST|npm_)/.test(key) || ['FORCE_COLOR', 'NO_COLOR', 'CI', 'TMUX'].includes(key)) continue;
  env[key] = value;
}
env.HOME = join(work, 'home');
env.XDG_CACHE_HOME = join(work, 'cache');
mkdirSync(env.HOME);
const dropped = Object.keys(process.env).filter((k) => k.startsWith('NODE_'));

const node = process.execPath;
/** Runs a command once; returns its wall time in ms (spawn to exit). stdout is a pipe. */
function runOnce(command, environment = env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), { env: environment, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command.join(' ')} exited ${r.status}: ${r.stderr}`);
  return wall;
}
/** Runs a list of commands one after the other (`a && b`); the total wall time. */
const runAll = (commands, environment = env) => commands.reduce((sum, c) => sum + runOnce(c, environment), 0);
/** --against: the same command run by the other checkout's build, with a cache dir of its own. */
const againstEnv = AGAINST ? { ...env, XDG_CACHE_HOME: join(work, 'cache-against') } : null;
const against = (command) => [command[0], join(AGAINST, 'bin', 'mlroad.js'), ...command.slice(2)];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// --- the roadmaps: the shipped one and generated ones, each with some progress
const roadmaps = {
  shipped: {
    file: join(ROOT, 'roadmap.yaml'),
    progress: [
      ['done', '1'],
      ['start', '2.1.1'],
    ],
  },
};
for (const n of [10_000, 100_000]) {
  const file = join(work, `roadmap-${n / 1000}k.yaml`);
  writeFileSync(file, generateRoadmap(n));
  // As a learner early in a big roadmap: two parts done (with review cards), one skipped, one topic started.
  roadmaps[`${n / 1000}k`] = {
    file,
    topics: topicCount(n),
    progress: [
      ['done', 's1-p1', 's1-p2'],
      ['skip', 's1-p3'],
      ['start', 's1-p4-t2'],
    ],
  };
}
const cli = (name, ...rest) => [node, BIN, '--roadmap', roadmaps[name].file, '--config-dir', join(work, `config-${name}`), ...rest];
// The cache only stores files whose stamp has settled (see src/store/roadmap-cache.ts).
await new Promise((r) => setTimeout(r, 1100));
for (const [name, r] of Object.entries(roadmaps)) {
  const t = Date.now();
  for (const [command, ...topics] of r.progress) runOnce(cli(name, command, ...topics));
  runOnce(cli(name, 'next'));
  say(`bench: ${name}: progress recorded, caches warmed (${Date.now() - t} ms)`);
}

// --- the rows of the issue's table
const baseline = [node, '-e', '0'];
const cases = [
  { name: '`next`, shipped roadmap', commands: [cli('shipped', 'next')], target: 1.5 },
  { name: '`progress --short`, shipped', commands: [cli('shipped', 'progress', '--short')], target: 1.5 },
  { name: '`next`, 10,000 topics', commands: [cli('10k', 'next')], target: 2.0 },
  { name: '`progress --json`, 10,000', commands: [cli('10k', 'progress', '--json')], target: 2.0 },
  { name: '`next`, 100,000 topics', commands: [cli('100k', 'next')], target: 4.0 },
  {
    name: '`done X && reset X`, shipped, vs two `node -e 0`',
    commands: [cli('shipped', 'done', '2.1.2'), cli('shipped', 'reset', '2.1.2')],
    target: 2.5,
  },
].filter((c) => !ONLY || c.name.includes(ONLY));
// Warm the file system cache (and each build's code cache, made by its first runs).
for (const c of cases) for (let i = 0; i < (AGAINST ? 5 : 1); i++) runAll(c.commands);
if (AGAINST) for (const c of cases) for (let i = 0; i < 5; i++) runAll(c.commands.map(against), againstEnv);
say(
  `bench: ${cases.length} cases x ${RUNS} interleaved pairs; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const c of cases) Object.assign(c, { runs: [], base: [], diff: [], ratio: [] });
for (let i = 0; i < RUNS; i++) {
  for (const c of cases) {
    const base = () => (AGAINST ? runAll(c.commands.map(against), againstEnv) : runAll(c.commands.map(() => baseline)));
    let b, a;
    if (i % 2) [a, b] = [runAll(c.commands), base()];
    else [b, a] = [base(), runAll(c.commands)];
    c.runs.push(a);
    c.base.push(b);
    c.diff.push(a - b);
    c.ratio.push(a / b);
  }
}

const rows = [['case', 'median ms', AGAINST ? 'against ms' : 'baseline ms', AGAINST ? 'difference' : 'above baseline', 'ratio', 'target', 'met']];
const verdicts = [];
for (const c of cases) {
  const ratio = median(c.ratio);
  const ok = ratio <= c.target;
  if (AGAINST) {
    rows.push([c.name, median(c.runs).toFixed(1), median(c.base).toFixed(1), `${median(c.diff).toFixed(1)} ms`, `${ratio.toFixed(2)}x`, '', '']);
    continue;
  }
  verdicts.push({ name: c.name, ok });
  rows.push([
    c.name,
    median(c.runs).toFixed(1),
    median(c.base).toFixed(1),
    `+${median(c.diff).toFixed(1)} ms`,
    `${ratio.toFixed(2)}x`,
    `<= ${c.target}x`,
    ok ? 'met' : 'MISSED',
  ]);
}

// --- the browser, in a real pty
const hasPty = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;
if (!flag('--no-tui') && !AGAINST && (!ONLY || 'browser'.includes(ONLY) || ONLY.startsWith('browser'))) {
  if (!hasPty) {
    rows.push(['browser: not measured (needs python3 for a pty)', '', '', '', '', '', '']);
    verdicts.push({ name: 'browser (not measured)', ok: false });
  } else {
    const browse = (name, keys, marker) => {
      const r = spawnSync('python3', [join(ROOT, 'bench', 'pty.py'), '100', '30', marker, JSON.stringify(keys), '--', ...cli(name, 'browse')], {
        env,
        encoding: 'utf8',
      });
      const result = JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
      if (r.status !== 0 || result.error || result.exit !== 0) throw new Error(`browse (${name}) failed: ${r.stderr}${r.stdout}`);
      return result;
    };
    // A session: scrolling, paging, the ends, opening and closing, details, search.
    const K = { pageDown: '\u001B[6~', pageUp: '\u001B[5~', right: '\u001B[C', left: '\u001B[D' };
    const session = [...'jjjjjjjjjj', ...'kkkkk', K.pageDown, K.pageDown, K.pageUp, 'G', 'g', K.right, 'j', K.left, 'k', K.right, K.left, ...'jjjjj'];
    const markers = { shipped: 'Introduction', '10k': 'Section 1 ', '100k': 'Section 1 ' };
    const open = {};
    for (const name of ['shipped', '10k', '100k']) {
      browse(name, [], markers[name]); // warm
      open[name] = [];
      for (let i = 0; i < TUI_RUNS; i++) open[name].push(browse(name, name === 'shipped' ? [] : session, markers[name]));
    }
    const openMs = (name) => median(open[name].map((r) => r.open_ms));
    const keyTimes = open['10k'].flatMap((r) => r.keys.filter((k) => k !== null));
    const keyMs = median(keyTimes);
    const keyP90 = [...keyTimes].sort((a, b) => a - b)[Math.floor(keyTimes.length * 0.9)];
    const rss = median(open['100k'].map((r) => r.rss_kb)) / 1024;
    const row = (name, value, target, ok) => {
      rows.push([name, value, '', '', '', target, ok ? 'met' : 'MISSED']);
      verdicts.push({ name, ok });
    };
    row('browser: start to first frame, shipped', `${openMs('shipped').toFixed(0)} ms`, '<= 250 ms', openMs('shipped') <= 250);
    row('browser: start to first frame, 10k', `${openMs('10k').toFixed(0)} ms`, '<= 250 ms', openMs('10k') <= 250);
    row(`browser: keypress to frame, 10k, median of ${keyTimes.length} (p90 ${keyP90.toFixed(1)})`, `${keyMs.toFixed(1)} ms`, '<= 16 ms', keyMs <= 16);
    row('browser: peak RSS, 100k topics', `${rss.toFixed(1)} MB`, '<= 120 MB', rss <= 120);
  }
}

// --- a million topics: that it works within the limits, and what it costs (not a target of the table)
const scale = [];
if (flag('--million')) {
  const file = join(work, 'roadmap-1m.yaml');
  writeFileSync(file, generateRoadmap(1_000_000));
  roadmaps['1m'] = { file, topics: topicCount(1_000_000) };
  await new Promise((r) => setTimeout(r, 1100));
  const timed = (args) => {
    const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %M', ...cli('1m', ...args)], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`1m ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
    const [, seconds, kb] = /@@ ([\d.]+) (\d+)/.exec(r.stderr);
    return { ms: Number(seconds) * 1000, mb: Number(kb) / 1024 };
  };
  const text = ({ ms, mb }) => `${ms.toFixed(0)} ms, peak RSS ${mb.toFixed(0)} MB`;
  scale.push(`1,000,000 topics (${(statSync(file).size / 1048576).toFixed(0)} MB of YAML): first \`next\` (parse, then cached) ${text(timed(['next']))}`);
  for (const args of [['next'], ['progress', '--json'], ['done', 's1-p1']]) {
    const runs = Array.from({ length: 5 }, () => timed(args)).sort((a, b) => a.ms - b.ms);
    scale.push(`  \`${args.join(' ')}\` from the cache: ${text(runs[2])} (median of 5)`);
  }
}

// --- the report
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
const missed = verdicts.filter((v) => !v.ok);
if (AGAINST) console.log(`\nThis build against ${AGAINST}: ratio = this / that, difference = this - that (negative: this is faster).`);
else
  console.log(
    `\nTargets met: ${verdicts.length - missed.length}/${verdicts.length}${missed.length ? `; missed: ${missed.map((v) => v.name).join(', ')}` : ''}`,
  );
const sizes = Object.entries(roadmaps)
  .filter(([, r]) => r.topics)
  .map(([name, r]) => `${name} = ${r.topics.toLocaleString('en')} topics`)
  .join(', ');
console.log(
  `(${RUNS} interleaved pairs per CLI case and ${TUI_RUNS} browser runs, medians; ratio and ms above baseline taken pair by pair; ` +
    `Node ${process.version}, ${dropped.length ? `dropped ${dropped.join(', ')}` : 'no NODE_* variables set'}; ${sizes}; ` +
    `load average at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
);
for (const line of scale) console.log(line);
if (flag('--keep')) say(`bench: kept ${work}`);
else rmSync(work, { recursive: true, force: true });
