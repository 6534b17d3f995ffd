// The TUI part of the benchmark: bundles bench/tui-driver.tsx (the browser's
// sources, Ink and React as installed) and runs it in child processes on the
// 10k roadmap. Open time is from process start to the first frame (Node start,
// importing Ink, React and the app, loading the roadmap from the parse cache,
// the first render); keypress time is from writing a key to the next frame.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Returns { missing: true } when there is no TUI, else the medians. */
export async function measureTui({ root, work, roadmap, cacheHome, runs = 3 }) {
  const entry = join(root, 'bench', 'tui-driver.tsx');
  if (!existsSync(join(root, 'src', 'tui', 'app.tsx'))) return { missing: true };
  // Inside node_modules so that the external packages resolve; .cache is never committed.
  const outdir = join(root, 'node_modules', '.cache', 'mlroad-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'tui-driver.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    external: ['ink', 'react', 'react/*', 'ink-*', 'yaml'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
  const configDir = join(work, 'config-tui');
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome, NODE_ENV: 'production', CI: 'false' };
  const run = () => {
    const r = spawnSync(process.execPath, [outfile, roadmap, configDir], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`TUI driver exited ${r.status}: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  run(); // the driver is its own build: its first run parses the roadmap and caches it
  const results = Array.from({ length: runs }, run);
  const times = results.flatMap((r) => r.times);
  return {
    how: 'in-process',
    openMs: median(results.map((r) => r.openMs)),
    keyMs: median(times),
    keyP90: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)],
    keys: times.length,
    unanswered: results.reduce((n, r) => n + r.unanswered, 0),
    rssMb: Math.max(...results.map((r) => r.rssKb)) / 1024,
  };
}
