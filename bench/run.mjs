// `npm run bench`: the performance targets of issue 6, measured on this machine.
// Every CLI case runs several times, round-robin with the other cases, each run
// paired with a run of the baseline (`node -e 0`) right before it, so that a
// busy machine slows both alike; the table shows medians and the ratio of the
// medians. Large roadmaps are
// generated into a temp dir (with their own cache and config dirs), and the
// parse cache is warmed first: what is measured is the everyday run.
// A benchmark, not a test: it reports, it never fails on a miss.
//
//   node bench/run.mjs [--runs N] [--cold] [--heavy] [--no-tui] [--keep]
//     --runs N   pairs per case (default 15)
//     --heavy    much more progress on the generated roadmaps (two sections done: a bigger state file)
//     --cold     also measure runs without the parse cache
//     --no-tui   skip the TUI measurement
//     --keep     keep the temp dir (its path is printed)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRoadmap, topicCount } from './generate.mjs';
import { measureTui } from './tui.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'mlroad.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 15;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.error('bench: dist/cli.js is missing; run `npm run bench` (it builds first)');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'mlroad-bench-'));
const cacheHome = join(work, 'cache');
const baseEnv = { ...process.env, XDG_CACHE_HOME: cacheHome, NO_COLOR: '1' };
for (const key of ['MLROAD_ROADMAP', 'MLROAD_NOW', 'FORCE_COLOR', 'MLROAD_CONFIG_DIR']) delete baseEnv[key];

/** Runs a command once; returns its wall time in ms (spawn to exit). */
function runOnce(command, env = baseEnv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), { env, stdio: 'ignore' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command.join(' ')} exited ${r.status}`);
  return wall;
}

/**
 * Peak RSS in KB of one run: from GNU time when present, else from a preload
 * that reports process.resourceUsage().maxRSS of the measured process at exit.
 * Separate from the timed runs, so that neither wrapper adds to their time.
 */
function peakRss(command, env = baseEnv) {
  const argv = TIME ? [TIME, '-f', '@@rss %M', ...command] : [command[0], '--import', RSS_HOOK, ...command.slice(1)];
  const r = spawnSync(argv[0], argv.slice(1), { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${command.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(/@@rss (\d+)/.exec(r.stderr)?.[1] ?? NaN);
}
const RSS_RUNS = 5;
const RSS_HOOK = join(work, 'rss-hook.mjs');
writeFileSync(RSS_HOOK, "process.on('exit', () => process.stderr.write(`@@rss ${process.resourceUsage().maxRSS}\\n`));\n");

function mlroad(cli, env = baseEnv) {
  const r = spawnSync(process.execPath, [BIN, ...cli], { env, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`mlroad ${cli.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// --- the roadmaps: the shipped one and two generated ones, each with some progress
const say = (text) => process.stderr.write(`${text}\n`);
say(`bench: working in ${work}`);
const roadmaps = [
  {
    name: 'shipped',
    file: join(ROOT, 'roadmap.yaml'),
    topics: null,
    config: join(work, 'config-shipped'),
    progress: [
      ['done', '1'],
      ['start', '2.1.1'],
    ],
  },
];
for (const n of [10_000, 100_000]) {
  const file = join(work, `roadmap-${n}.yaml`);
  const t = Date.now();
  writeFileSync(file, generateRoadmap(n));
  say(`bench: generated ${file} (${topicCount(n).toLocaleString('en')} topics) in ${Date.now() - t} ms`);
  // Some progress, as a learner early in a big roadmap has: two parts done (with
  // their review cards), one skipped, one topic started (--heavy: two whole sections done).
  const progress = flag('--heavy')
    ? [
        ['done', 's1', 's2'],
        ['start', 's3-p2-t4'],
        ['skip', 's4-p1'],
      ]
    : [
        ['done', 's1-p1', 's1-p2'],
        ['skip', 's1-p3'],
        ['start', 's1-p4-t2'],
      ];
  roadmaps.push({ name: `${n / 1000}k`, file, topics: topicCount(n), config: join(work, `config-${n}`), progress });
}
// The cache only stores files whose stamp has settled (see src/store/roadmap-cache.ts).
await new Promise((r) => setTimeout(r, 1100));
for (const r of roadmaps) {
  mkdirSync(r.config, { recursive: true });
  const t = Date.now();
  for (const [command, ...topics] of r.progress) mlroad(['--roadmap', r.file, '--config-dir', r.config, command, ...topics]);
  say(`bench: ${r.name}: progress recorded, parse cache warmed (${Date.now() - t} ms)`);
}

// --- the cases
const node = process.execPath;
const cli = (r, ...rest) => [node, BIN, '--roadmap', r.file, '--config-dir', r.config, ...rest];
const [shipped, k10, k100] = roadmaps;
const supportsShort = mlroad(['progress', '--help']).includes('--short');
const cases = [
  { name: 'next (shipped)', command: cli(shipped, 'next'), target: 1.5, rssTarget: 1.3 },
  ...(supportsShort ? [{ name: 'progress --short (shipped)', command: cli(shipped, 'progress', '--short'), target: 1.5 }] : []),
  { name: 'next (10k)', command: cli(k10, 'next'), target: 2.0 },
  { name: 'progress --json (10k)', command: cli(k10, 'progress', '--json'), target: 2.0 },
  { name: 'next (100k)', command: cli(k100, 'next'), target: 5.0 },
  { name: 'progress --json (100k)', command: cli(k100, 'progress', '--json'), target: 5.0 },
];
if (flag('--cold')) {
  // An unusable cache dir (under a file) turns the cache off without touching the code.
  const off = join(work, 'no-cache');
  writeFileSync(off, '');
  const env = { ...baseEnv, XDG_CACHE_HOME: join(off, 'x') };
  cases.push({ name: 'next (shipped, no cache)', command: cli(shipped, 'next'), env }, { name: 'next (10k, no cache)', command: cli(k10, 'next'), env });
}

const baseline = [node, '-e', '0'];
for (const c of cases) runOnce(c.command, c.env); // warm the file system cache
say(
  `bench: ${cases.length} cases x ${RUNS} timed runs (+${RSS_RUNS} for peak RSS${TIME ? ', GNU time' : ', process.resourceUsage'}), each paired with \`node -e 0\``,
);
// Round-robin: each round runs every case once, each right after a baseline
// run, so that a burst of load elsewhere on the machine hits all cases alike.
for (const c of cases) Object.assign(c, { runs: [], base: [], rss: [], baseRss: [] });
for (let i = 0; i < RUNS; i++) {
  for (const c of cases) {
    c.base.push(runOnce(baseline));
    c.runs.push(runOnce(c.command, c.env));
  }
}
for (let i = 0; i < RSS_RUNS; i++) {
  for (const c of cases) {
    c.baseRss.push(peakRss(baseline));
    c.rss.push(peakRss(c.command, c.env));
  }
}

// --- the report
const rows = [['case', 'median ms', 'node -e 0 ms', 'ratio', 'target', 'peak RSS MB', 'RSS ratio', 'met']];
const verdicts = [];
for (const c of cases) {
  const wall = median(c.runs);
  const base = median(c.base);
  const rss = median(c.rss) / 1024;
  const baseRss = median(c.baseRss) / 1024;
  const ratio = wall / base;
  const rssRatio = rss / baseRss;
  const ok = c.target === undefined ? null : ratio <= c.target && (c.rssTarget === undefined || rssRatio <= c.rssTarget);
  if (ok !== null) verdicts.push({ name: c.name, ok });
  rows.push([
    c.name,
    wall.toFixed(1),
    base.toFixed(1),
    `${ratio.toFixed(2)}×`,
    c.target === undefined ? '' : `≤ ${c.target}×${c.rssTarget ? `, RSS ≤ ${c.rssTarget}×` : ''}`,
    rss.toFixed(1),
    `${rssRatio.toFixed(2)}×`,
    ok === null ? '' : ok ? 'yes' : 'NO',
  ]);
}

if (!flag('--no-tui')) {
  const tui = await measureTui({ root: ROOT, work, roadmap: k10.file, cacheHome, rssHook: RSS_HOOK, marker: 'Section 1 ' }).catch((error) => ({ error }));
  if (tui.error) {
    rows.push([`TUI: measurement failed (${tui.error.message.split('\n')[0].slice(0, 80)})`, '', '', '', '', '', '', '']);
    verdicts.push({ name: 'TUI (not measured)', ok: false });
  } else if (tui.missing) {
    rows.push(['TUI: not measured (no TUI)', '', '', '', '', '', '', '']);
  } else {
    const row = (name, ms, target, rss, ok) => {
      rows.push([name, ms, '', '', target, rss, '', ok === null ? '' : ok ? 'yes' : 'NO']);
      if (ok !== null) verdicts.push({ name, ok });
    };
    if (tui.openMs === null) row('TUI open: not measured (no `script` for a pty)', '', '≤ 300 ms', '', null);
    else row('TUI open (10k, mlroad browse in a pty)', tui.openMs.toFixed(1), '≤ 300 ms', '', tui.openMs <= 300);
    row(`TUI keypress → frame (10k, in-process, median of ${tui.keys}; p90 ${tui.keyP90.toFixed(1)})`, tui.keyMs.toFixed(1), '≤ 16 ms', '', tui.keyMs <= 16);
    row(`TUI peak RSS (10k, ${tui.rssHow})`, '', '≤ 150 MB', tui.rssMb.toFixed(1), tui.rssMb <= 150);
  }
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
const missed = verdicts.filter((v) => !v.ok);
console.log(`\nTargets met: ${verdicts.length - missed.length}/${verdicts.length}${missed.length ? `; missed: ${missed.map((v) => v.name).join(', ')}` : ''}`);
const stateKb = (r) => Math.round((existsSync(join(r.config, 'state.json')) ? statSync(join(r.config, 'state.json')).size : 0) / 1024);
console.log(
  `(${RUNS} timed and ${RSS_RUNS} RSS runs per case, medians; Node ${process.version}; ${roadmaps
    .slice(1)
    .map((r) => `${r.name} = ${r.topics.toLocaleString('en')} topics, state ${stateKb(r)} KB`)
    .join('; ')})`,
);

if (flag('--keep')) say(`bench: kept ${work}`);
else rmSync(work, { recursive: true, force: true });
