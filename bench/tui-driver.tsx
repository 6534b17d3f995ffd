// Runs the browser in-process on a roadmap, the way `mlroad browse` does
// (production React, the real loader and store), against a fake terminal
// (ink-testing-library), and prints one JSON line: the time from process start
// to the first frame, each keypress-to-frame time, and the peak RSS.
// Bundled and run by bench/tui.mjs: node tui-driver.mjs ROADMAP CONFIG_DIR
import { render } from 'ink-testing-library';
import { homedir, hostname } from 'node:os';
import { createElement } from 'react';
import { roadmapCacheDir } from '../src/store/roadmap-cache.js';
import { loadRoadmap } from '../src/store/roadmap-file.js';
import { StateStore } from '../src/store/state-store.js';
import { App } from '../src/tui/app.js';

const [file, configDir] = process.argv.slice(2) as [string, string];
const system = { pid: process.pid, platform: process.platform, homedir: homedir(), hostname: hostname(), kill: process.kill.bind(process), on: () => () => {} };
const store = new StateStore(configDir, { clock: Date.now, system });
const cacheDir = roadmapCacheDir(configDir, { env: process.env, cwd: process.cwd(), homedir: homedir() });
const roadmap = loadRoadmap(file, cacheDir === null ? null : { dir: cacheDir, clock: Date.now }).roadmap;
const openUrl = async () => ({ opened: false as const, reason: 'bench' });
const app = render(createElement(App, { roadmap, store, doc: store.read(), size: { columns: 100, rows: 30 }, watchMs: 0, clock: () => new Date(), openUrl }));
const openMs = performance.now();

const tick = () => new Promise((r) => setImmediate(r));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const K = { down: '\u001B[B', up: '\u001B[A', right: '\u001B[C', left: '\u001B[D', pageDown: '\u001B[6~', pageUp: '\u001B[5~', escape: '\u001B' };

// A session: scrolling, paging, the ends, opening and closing sections,
// searching (a query over every title), details.
const keys = [
  ...'jjjjjjjjjjjjjjjjjjjj',
  ...'kkkkkkkkkk',
  K.pageDown,
  K.pageDown,
  K.pageDown,
  K.pageDown,
  K.pageDown,
  K.pageUp,
  K.pageUp,
  K.pageUp,
  'G',
  'g',
  K.left,
  K.right,
  'j',
  K.right,
  K.left,
  'k',
  K.left,
  K.right,
  '/',
  'g',
  'r',
  'a',
  'd',
  K.escape,
  'd',
  K.escape,
  ...'jjjjjjjjjj',
];

// useInput attaches in an effect: give it time before the first key.
await sleep(50);
const times: number[] = [];
let unanswered = 0;
for (const key of keys) {
  const before = app.frames.length;
  const t0 = performance.now();
  app.stdin.write(key);
  while (app.frames.length === before && performance.now() - t0 < 1000) await tick();
  if (app.frames.length === before) unanswered++;
  else times.push(performance.now() - t0);
  // Ink reads a lone ESC a tick later, and keys closer than ~5 ms apart can merge.
  await sleep(key === K.escape ? 30 : 8);
}
app.unmount();
process.stdout.write(`${JSON.stringify({ openMs, times, unanswered, rssKb: process.resourceUsage().maxRSS, topics: roadmap.all.length })}\n`);
process.exit(0);
