// What a prompt-line command loads: `mlroad next` and `progress --short` run
// in shell prompts and status lines, so on a cache hit they must never load
// the browser (Ink, React), conf, yaml or the FSRS scheduler, nor create a
// stream for a piped stdout (that loads node:net). The CLI is one CommonJS
// bundle (dist/mlroad.cjs) compiled by bin/mlroad.js; what it does not hold is
// loaded from files, which a preload records: an ESM resolve hook, the
// require cache and Node's list of its own modules at exit.
// No timing is asserted here: that is `npm run bench`.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
// Node's own modules, by a CommonJS preload (module hooks load node:net themselves).
writeFileSync(
  join(hooks, 'builtins.cjs'),
  `process.on('exit', () => require('node:fs').appendFileSync(process.env.MLROAD_TEST_MODULE_LOG, process.moduleLoadList.join('\\n') + '\\n'));\n`,
);

/** Runs mlroad with the preload; returns what it printed and every module it loaded. */
async function traced(args: string[], env: Record<string, string>) {
  const log = join(tempDir('mlroad-modules-'), 'modules.log');
  writeFileSync(log, '');
  const run = await spawnMlroad(args, { env: { ...env, NODE_OPTIONS: `--import=${PRELOAD}`, MLROAD_TEST_MODULE_LOG: log } });
  const modules = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { ...run, modules };
}

const packageOf = (m: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1] ?? null;
const bundle = () => JSON.parse(readFileSync(join(ROOT, 'dist', 'modules.json'), 'utf8')) as Record<string, string[]>;
/**
 * The packages behind the loaded files: a file in node_modules names its own;
 * a file of dist/ holds the modules that dist/modules.json lists for it.
 */
function packages(loaded: string[]): Set<string> {
  const dist = `${join(ROOT, 'dist')}/`;
  const names = new Set<string>();
  for (const entry of loaded) {
    const path = entry.replace(/^cjs:/, '').replace(/^file:\/\//, '');
    const own = packageOf(path);
    if (own && !path.startsWith(dist)) names.add(own);
    if (path.startsWith(dist)) for (const input of bundle()[path.slice(dist.length)] ?? []) names.add(packageOf(input) ?? 'mlroad');
  }
  return names;
}
const BROWSER = ['ink', 'react', 'react-reconciler', 'scheduler', 'yoga-layout'];
// supports-hyperlinks (OSC 8 links) is for show on a terminal and the browser only.
const NEVER_ON_NEXT = [...BROWSER, 'conf', 'yaml', 'ts-fsrs', 'supports-hyperlinks'];

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

describe('the bundles', () => {
  it('the CLI bundle holds none of the browser, conf, yaml or ts-fsrs; the browser bundle holds Ink and React', () => {
    const cli = new Set(bundle()['mlroad.cjs']!.map((m) => packageOf(m) ?? 'mlroad'));
    expect(cli.has('commander')).toBe(true);
    for (const name of NEVER_ON_NEXT) expect(cli.has(name), `${name} is in dist/mlroad.cjs`).toBe(false);
    const tui = new Set(bundle()['tui.mjs']!.map((m) => packageOf(m)));
    for (const name of ['ink', 'react']) expect(tui.has(name)).toBe(true);
  });
});

describe('start-up of the prompt commands', () => {
  it('the tracer sees modules loaded by import and by require', async () => {
    const log = join(tempDir('mlroad-modules-'), 'modules.log');
    writeFileSync(log, '');
    const r = spawnSync(
      process.execPath,
      ['--import', PRELOAD, '--input-type=module', '-e', "await import('ink'); (await import('node:module')).createRequire(import.meta.url)('yaml');"],
      { cwd: ROOT, env: { ...process.env, MLROAD_TEST_MODULE_LOG: log } },
    );
    expect(r.status, String(r.stderr)).toBe(0);
    const seen = packages(readFileSync(log, 'utf8').split('\n'));
    for (const name of ['ink', 'react', 'yaml']) expect(seen.has(name), name).toBe(true);
  });

  it.each([
    ['next', ['next'], false],
    ['progress --short', ['progress', '--short'], false],
    ['tree', ['tree'], false],
    ['a command that reads stdin', ['note', 'alpha', '-'], true],
  ])('mlroad %s, printing to a pipe, creates no stream (node:net) unless it reads stdin', async (_name, args, reads) => {
    const log = join(tempDir('mlroad-modules-'), 'modules.log');
    writeFileSync(log, '');
    const run = await spawnMlroad(['--roadmap', roadmap, ...args], {
      env: { ...env, NODE_OPTIONS: `--require=${join(hooks, 'builtins.cjs')}`, MLROAD_TEST_MODULE_LOG: log },
      ...(reads ? { stdin: 'a note\n' } : {}),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toBe('');
    expect(readFileSync(log, 'utf8').split('\n').includes('NativeModule net')).toBe(reads);
  });

  it.each([
    ['next', ['next']],
    ['next --json', ['next', '--json']],
    ['progress --short', ['progress', '--short']],
    ['progress --json', ['progress', '--json']],
  ])('mlroad %s loads no browser, conf, yaml nor ts-fsrs', async (_name, args) => {
    const run = await traced(['--roadmap', roadmap, ...args], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Alpha|"percent"|\d+%/);
    const seen = packages(run.modules);
    for (const name of NEVER_ON_NEXT) expect(seen.has(name), `${name} was loaded`).toBe(false);
    expect(run.modules.some((m) => m.endsWith('/dist/tui.mjs'))).toBe(false);
  });

  it('without a cache entry yaml is loaded to parse, and still no browser', async () => {
    const run = await traced(['--roadmap', roadmap, 'next'], { ...env, XDG_CACHE_HOME: tempDir() });
    expect(run.code).toBe(0);
    const seen = packages(run.modules);
    expect(seen.has('yaml')).toBe(true);
    for (const name of BROWSER) expect(seen.has(name), `${name} was loaded`).toBe(false);
  });

  it('ts-fsrs is loaded to create or reschedule a card, never by next or review --json', async () => {
    const dir = tempDir();
    const run = (...args: string[]) => traced(['--roadmap', roadmap, ...args], { ...env, MLROAD_CONFIG_DIR: dir, MLROAD_NOW: '2026-03-01T09:00:00Z' });
    const done = await run('done', 'alpha');
    expect(done.code, done.stderr).toBe(0);
    expect(packages(done.modules).has('ts-fsrs')).toBe(true);
    const later = (...args: string[]) => traced(['--roadmap', roadmap, ...args], { ...env, MLROAD_CONFIG_DIR: dir, MLROAD_NOW: '2026-03-20T09:00:00Z' });
    for (const args of [
      ['next', '-n', '3'],
      ['review', '--json'],
    ]) {
      const r = await later(...args);
      expect(r.code, r.stderr).toBe(0);
      expect(packages(r.modules).has('ts-fsrs'), args.join(' ')).toBe(false);
    }
    const rated = await later('review', 'alpha', '--rating', 'good');
    expect(rated.code, rated.stderr).toBe(0);
    expect(packages(rated.modules).has('ts-fsrs')).toBe(true);
  });

  it('on the shipped roadmap, mlroad next loads no browser', async () => {
    const run = await traced(['next'], env);
    expect(run.code).toBe(0);
    const seen = packages(run.modules);
    for (const name of BROWSER) expect(seen.has(name), `${name} was loaded`).toBe(false);
  });
});

describe('the code cache', () => {
  const codeCaches = (cacheHome: string) => readdirSync(join(cacheHome, 'mlroad')).filter((f) => /^code-.*\.bin$/.test(f));

  it('is written by the first four runs of a build, each adding what it compiled, then left alone', async () => {
    const cacheHome = tempDir();
    const run = (...args: string[]) => spawnMlroad(['--roadmap', roadmap, ...args], { env: { ...env, XDG_CACHE_HOME: cacheHome } });
    const sizes: number[] = [];
    for (const [g, args] of [['next'], ['progress', '--json'], ['next'], ['tree']].entries()) {
      expect((await run(...args)).code).toBe(0);
      const files = codeCaches(cacheHome);
      expect(files, `after run ${g + 1}`).toHaveLength(1);
      expect(files[0]).toMatch(new RegExp(`-g${g + 1}\\.bin$`));
      const file = join(cacheHome, 'mlroad', files[0]!);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      sizes.push(statSync(file).size);
    }
    expect(sizes[1], 'progress --json compiled more').toBeGreaterThan(sizes[0]!);
    const [last] = codeCaches(cacheHome);
    const made = statSync(join(cacheHome, 'mlroad', last!)).mtimeMs;
    await sleep(20);
    expect((await run('next')).code).toBe(0);
    expect(codeCaches(cacheHome)).toEqual([last]);
    expect(statSync(join(cacheHome, 'mlroad', last!)).mtimeMs, 'the last generation is not rewritten').toBe(made);
  });

  it("keeps the newest three caches of other builds (two installs must not delete each other's), and removes older ones", async () => {
    const cacheHome = tempDir();
    const dir = join(cacheHome, 'mlroad');
    mkdirSync(dir, { recursive: true });
    const others = [1, 2, 3, 4, 5].map((k) => join(dir, `code-00000000000${k}-other-x64-g4.bin`));
    others.forEach((file, k) => {
      writeFileSync(file, 'x', { mode: 0o600 });
      utimesSync(file, new Date(Date.now() - (k + 1) * 86_400_000), new Date(Date.now() - (k + 1) * 86_400_000));
    });
    expect((await spawnMlroad(['--roadmap', roadmap, 'next'], { env: { ...env, XDG_CACHE_HOME: cacheHome } })).code).toBe(0);
    const left = readdirSync(dir).filter((f) => f.startsWith('code-'));
    expect(left.filter((f) => f.includes('-other-')).sort()).toEqual(
      others
        .slice(0, 3)
        .map((f) => f.slice(dir.length + 1))
        .sort(),
    );
    expect(left.filter((f) => !f.includes('-other-'))).toHaveLength(1);
  });

  it('a damaged or foreign one is replaced, never trusted', async () => {
    const cacheHome = tempDir();
    const run = () => spawnMlroad(['--roadmap', roadmap, 'next'], { env: { ...env, XDG_CACHE_HOME: cacheHome } });
    const first = await run();
    expect(first.code).toBe(0);
    const [name] = codeCaches(cacheHome);
    const file = join(cacheHome, 'mlroad', name!);

    // Garbage: V8 rejects it; the output is the same and it is replaced by a first generation.
    writeFileSync(file, Buffer.alloc(4096, 7), { mode: 0o600 });
    const second = await run();
    expect(second.stdout).toBe(first.stdout);
    expect(codeCaches(cacheHome)).toEqual([name]);
    expect(statSync(file).size).not.toBe(4096);

    // Writable by others: not read, and replaced by a private one.
    writeFileSync(file, Buffer.alloc(4096, 7));
    chmodSync(file, 0o666);
    const third = await run();
    expect(third.stdout).toBe(first.stdout);
    expect(codeCaches(cacheHome)).toEqual([name]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(file).size).not.toBe(4096);
  });
});
