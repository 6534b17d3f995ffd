// What the prompt-line commands load: `mlroad next` and `progress --short` run
// in shell prompts and status lines, so they must never load the TUI (Ink and
// React cost ~450 ms), nor conf (writes only), nor yaml once the parse cache
// holds the roadmap. Every module a run loads is recorded by a preload: a
// module resolve hook for ESM imports, and the require cache at exit for
// CommonJS. No timing is asserted here: that is `npm run bench`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SMALL_ROADMAP, spawnMlroad, tempDir, writeRoadmap } from '../helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const hooks = join(tempDir('mlroad-startup-'), 'hooks');
mkdirSync(hooks);
writeFileSync(
  join(hooks, 'resolve.mjs'),
  `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + '\\n');
  return result;
}
`,
);
writeFileSync(
  join(hooks, 'preload.mjs'),
  `import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
const log = process.env.MLROAD_TEST_MODULE_LOG;
register('./resolve.mjs', import.meta.url, { data: { log } });
process.on('exit', () => {
  const cache = createRequire(import.meta.url)('node:module')._cache;
  appendFileSync(log, Object.keys(cache).map((f) => 'cjs:' + f).join('\\n') + '\\n');
});
`,
);
const PRELOAD = pathToFileURL(join(hooks, 'preload.mjs')).href;

/** Runs mlroad with the preload; returns what it printed and every module it loaded. */
async function traced(args: string[], env: Record<string, string>) {
  const log = join(tempDir('mlroad-modules-'), 'modules.log');
  writeFileSync(log, '');
  const run = await spawnMlroad(args, { env: { ...env, NODE_OPTIONS: `--import=${PRELOAD}`, MLROAD_TEST_MODULE_LOG: log } });
  const modules = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { ...run, modules };
}

const packageOf = (m: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1] ?? null;
/**
 * The packages behind the loaded files: a file in node_modules names its own;
 * a file of the bundle (dist/) holds the modules that dist/modules.json
 * lists for it (Ink and React are bundled into the TUI's chunks).
 */
function packages(loaded: string[]): Set<string> {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'dist', 'modules.json'), 'utf8')) as Record<string, string[]>;
  const dist = `${join(ROOT, 'dist')}/`;
  const names = new Set<string>();
  for (const entry of loaded) {
    const path = entry.replace(/^cjs:/, '').replace(/^file:\/\//, '');
    const own = packageOf(path);
    if (own && !path.startsWith(dist)) names.add(own);
    if (path.startsWith(dist)) for (const input of bundle[path.slice(dist.length)] ?? []) names.add(packageOf(input) ?? 'mlroad');
  }
  return names;
}
const TUI = ['ink', 'react', 'react-reconciler', 'scheduler', 'yoga-layout', 'ink-testing-library'];

let env: Record<string, string>;
let roadmap: string;

beforeAll(async () => {
  env = { MLROAD_CONFIG_DIR: tempDir(), XDG_CACHE_HOME: tempDir() };
  roadmap = writeRoadmap(SMALL_ROADMAP);
  // The cache stores a file only once its time stamp has settled (1 s).
  await sleep(1100);
  const first = await spawnMlroad(['--roadmap', roadmap, 'start', 'alpha'], { env });
  expect(first.code).toBe(0);
});

describe('start-up of the prompt commands', () => {
  it('the tracer sees what a run loads (Ink, when something imports it)', async () => {
    const run = await traced(['--roadmap', roadmap, 'next'], env);
    expect(run.code).toBe(0);
    expect(run.modules.some((m) => m.endsWith('/dist/cli.js'))).toBe(true);
    expect(packages(run.modules).has('commander')).toBe(true); // bundled: found through dist/modules.json
    // The bundle's TUI chunks hold Ink and React.
    const bundle = JSON.parse(readFileSync(join(ROOT, 'dist', 'modules.json'), 'utf8')) as Record<string, string[]>;
    const inkChunks = Object.keys(bundle).filter((f) => bundle[f]!.some((m) => m.includes('node_modules/ink/')));
    expect(inkChunks.length).toBeGreaterThan(0);
    expect(packages(inkChunks.map((f) => join(ROOT, 'dist', f))).has('ink')).toBe(true);
    // The same preload on a script that does import Ink records it: the check below can fail.
    const log = join(tempDir('mlroad-modules-'), 'modules.log');
    writeFileSync(log, '');
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--import', PRELOAD, '--input-type=module', '-e', "await import('ink'); await import('yaml');"], {
      cwd: ROOT,
      env: { ...process.env, MLROAD_TEST_MODULE_LOG: log },
    });
    expect(r.status).toBe(0);
    const seen = packages(readFileSync(log, 'utf8').split('\n'));
    expect(seen.has('ink')).toBe(true);
    expect(seen.has('react')).toBe(true);
    expect(seen.has('yaml')).toBe(true);
  });

  it.each([
    ['next', ['next']],
    ['next --json', ['next', '--json']],
    ['progress --short', ['progress', '--short']],
    ['progress --json', ['progress', '--json']],
  ])('mlroad %s loads no Ink, React, conf, nor (from the cache) yaml', async (_name, args) => {
    const run = await traced(['--roadmap', roadmap, ...args], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Alpha|"percent"|\d+%/);
    const seen = packages(run.modules);
    for (const name of [...TUI, 'conf', 'yaml']) expect(seen.has(name), `${name} was loaded`).toBe(false);
  });

  it('without a cache entry yaml is loaded to parse, and still no Ink or React', async () => {
    const run = await traced(['--roadmap', roadmap, 'next'], { ...env, XDG_CACHE_HOME: tempDir() });
    expect(run.code).toBe(0);
    const seen = packages(run.modules);
    expect(seen.has('yaml')).toBe(true);
    for (const name of TUI) expect(seen.has(name), `${name} was loaded`).toBe(false);
  });

  it('on the shipped roadmap, mlroad next loads no Ink or React', async () => {
    const run = await traced(['next'], env);
    expect(run.code).toBe(0);
    const seen = packages(run.modules);
    for (const name of TUI) expect(seen.has(name), `${name} was loaded`).toBe(false);
  });
});
