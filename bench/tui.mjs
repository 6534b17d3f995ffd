// The TUI part of the benchmark, on the 10k roadmap:
// - open: the built `mlroad browse` in a pseudo-terminal (util-linux `script`),
//   from spawn to its first frame on screen;
// - peak RSS: that same process, after a session of keys;
// - keypress → frame: in-process (bench/tui-driver.tsx, bundled here with the
//   browser's sources; Ink and React as installed), from writing a key to the
//   next frame.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One `mlroad browse` in a pty: ms to the first frame (a line showing `marker`), then keys, q, and its peak RSS. */
function openInPty({ bin, roadmap, configDir, env, rssHook, marker }) {
  return new Promise((resolve, reject) => {
    const command = `stty cols 100 rows 30; exec ${process.execPath} --import ${rssHook} ${bin} --roadmap ${roadmap} --config-dir ${configDir} browse`;
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...env, TERM: 'xterm-256color', CI: 'false' }, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let openMs = null;
    const fail = (why) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`mlroad browse ${why}: ${JSON.stringify(out.slice(-200))}`));
    };
    let timer = setTimeout(() => fail('showed no frame in 15 s'), 15_000);
    child.stdout.on('data', async (chunk) => {
      out += chunk;
      if (openMs === null && out.includes(marker)) {
        openMs = performance.now() - start;
        clearTimeout(timer);
        timer = setTimeout(() => fail('did not quit within 20 s of its keys'), 20_000);
        for (const key of ['j', 'j', 'j', '\u001B[6~', '\u001B[6~', 'G', 'g', 'l', 'j', '/', 'a', '\u001B', 'q']) {
          await new Promise((r) => setTimeout(r, key === '\u001B' ? 100 : 25));
          child.stdin.write(key);
        }
        // A busy machine can lose a key: ask again until it quits.
        const again = setInterval(() => child.stdin.write('\u001Bq'), 3000);
        child.on('exit', () => clearInterval(again));
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      const rss = Number(/@@rss (\d+)/.exec(out)?.[1] ?? NaN);
      if (openMs === null) reject(new Error(`mlroad browse exited without a frame: ${JSON.stringify(out.slice(-300))}`));
      else resolve({ openMs, rssKb: rss });
    });
  });
}

/** Returns { missing: true } when there is no TUI, else its figures. */
export async function measureTui({ root, work, roadmap, cacheHome, rssHook, marker, runs = 5 }) {
  if (!existsSync(join(root, 'src', 'tui', 'app.tsx'))) return { missing: true };
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome, NODE_ENV: 'production', CI: 'false' };
  const configDir = join(work, 'config-tui');

  // Open time and RSS of the real thing, when a pty can be had.
  const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
  const opens = [];
  if (hasScript) {
    const bin = join(root, 'bin', 'mlroad.js');
    await openInPty({ bin, roadmap, configDir, env, rssHook, marker }); // warm the file cache
    for (let i = 0; i < runs; i++) opens.push(await openInPty({ bin, roadmap, configDir, env, rssHook, marker }));
  }

  // Keypress → frame in-process. Inside node_modules so that the external packages resolve; .cache is never committed.
  const outdir = join(root, 'node_modules', '.cache', 'mlroad-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'tui-driver.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'tui-driver.tsx')],
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
  const drive = () => {
    const r = spawnSync(process.execPath, [outfile, roadmap, configDir], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`TUI driver exited ${r.status}: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  drive(); // the driver is its own build: its first run parses the roadmap and caches it
  const driven = Array.from({ length: 3 }, drive);
  const times = driven.flatMap((r) => r.times);
  return {
    openMs: opens.length ? median(opens.map((o) => o.openMs)) : null,
    rssMb: opens.length ? median(opens.map((o) => o.rssKb)) / 1024 : Math.max(...driven.map((r) => r.rssKb)) / 1024,
    rssHow: opens.length ? 'mlroad browse' : 'in-process',
    keyMs: median(times),
    keyP90: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)],
    keys: times.length,
    unanswered: driven.reduce((n, r) => n + r.unanswered, 0),
  };
}
