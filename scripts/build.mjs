// Bundles mlroad into dist/ with esbuild:
// - dist/mlroad.cjs: the CLI, one CommonJS file. bin/mlroad.js compiles it
//   with a V8 code cache and hands it the process. CommonJS, not ESM: the ESM
//   loader costs ~40% of Node's own start for a single file (resolution,
//   linking, an async evaluation), which a shell prompt pays on every run.
// - dist/tui.mjs: the browser (Ink, React, yoga-layout) and what it uses,
//   imported on `browse` only. ESM: yoga-layout awaits its WebAssembly at top
//   level, which CommonJS cannot express.
// docs/performance.md gives the figure behind each choice here, measured by
// removing it. Type checking is separate: `npm run typecheck` (tsc --noEmit).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { notNarrow } from './narrow-chars.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
// A digest of the sources and the lockfile: the roadmap cache's key includes it,
// so a rebuilt CLI never trusts a parse made by different code (even at the
// same version), and the code cache's file name, so V8 never gets the cache
// of another build (it only checks the source's length).
const digest = createHash('sha256');
for (const file of [...readdirSync(`${root}src`, { recursive: true })].map(String).sort()) {
  if (/\.tsx?$/.test(file)) digest.update(file).update(readFileSync(`${root}src/${file}`));
}
for (const file of ['package-lock.json', 'scripts/build.mjs']) if (existsSync(`${root}${file}`)) digest.update(readFileSync(`${root}${file}`));
const buildId = digest.digest('hex').slice(0, 12);

/**
 * Modules that the CLI imports but rarely calls, and the names it uses. In
 * the bundle each is replaced by a stub whose functions require() the real
 * module on first call:
 * - yaml (~260 KB) only when a roadmap is parsed, which the parse cache makes
 *   rare; it stays in node_modules, out of the bundle that every run reads;
 * - node:child_process (it loads node:net and the streams) only when a browser
 *   or an editor is opened (commander requires it at load, for executable
 *   subcommands, which mlroad has none of);
 * - node:crypto only for a lock's or a temp file's random name, or a state
 *   file's digest: every write, but no read.
 * Importing a name not listed here fails the build ("No matching export"), so
 * the list cannot silently go stale.
 */
const LAZY = {
  yaml: ['LineCounter', 'isAlias', 'isMap', 'isScalar', 'isSeq', 'parseDocument'],
  'node:child_process': ['spawn', 'spawnSync'],
  'node:crypto': ['createHash', 'randomBytes'],
};
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY).join('|')}|child_process)$`);
    // Only our own imports, and commander's require of child_process (not the stubs' own).
    const ours = (importer) => importer.startsWith(`${root}src/`) || importer.includes('/node_modules/commander/');
    b.onResolve({ filter }, (args) =>
      ours(args.importer) ? { path: args.path.replace(/^child_process$/, 'node:child_process'), namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, ({ path }) => ({
      loader: 'js',
      contents: [
        `let real;`,
        // require() of a variable: esbuild leaves it to run time (the bundle's own require).
        `const name = ${JSON.stringify(path)};`,
        `const load = () => (real ??= require(name));`,
        // One wrapper serves plain calls and new (for a class such as LineCounter).
        `const lazy = (key) => function (...args) { const f = load()[key]; return new.target ? Reflect.construct(f, args) : f(...args); };`,
        ...LAZY[path].map((key) => `export const ${key} = lazy(${JSON.stringify(key)});`),
      ].join('\n'),
    }));
  },
};

/**
 * chalk's colour detection (its vendored supports-color) loads node:tty, and
 * with it node:net and the streams, at import: mlroad always gives chalk its
 * level (src/render/style.ts), so the CLI's chalk gets a detector that finds
 * nothing. (Not in the browser's bundle: Ink's own colours use the detection.)
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-detection' }));
    b.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({ loader: 'js', contents: 'export default { stdout: false, stderr: false };' }));
  },
};

/**
 * The browser: `import('../../tui/index.js')` (src/cli/commands/browse.ts)
 * becomes an import of dist/tui.mjs.
 */
const browserApart = {
  name: 'browser-apart',
  setup(b) {
    b.onResolve({ filter: /\/tui\/index\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './tui.mjs', external: true } : undefined));
  },
};

/**
 * Code compiled by node:vm has no import() of its own (on Node 20 only behind
 * a flag or an experimental warning): the CLI's dynamic imports of what is not
 * bundled (the browser; ESM-only packages) go through the import function that
 * bin/mlroad.js hands the bundle. The metafile lists them; each must be found.
 */
function routeDynamicImports(file, output) {
  let text = readFileSync(file, 'latin1');
  for (const { path, kind, external } of output.imports) {
    if (kind !== 'dynamic-import' || !external) continue;
    const call = `import(${JSON.stringify(path)})`;
    if (!text.includes(call)) throw new Error(`build: cannot find ${call} in ${file}`);
    text = text.replaceAll(call, `__mlroadImport(${JSON.stringify(path)})`);
  }
  if (/\bimport\(/.test(text.replace(/__mlroadImport\(/g, ''))) throw new Error(`build: ${file} has an import() that bin/mlroad.js cannot serve`);
  writeFileSync(file, text, 'latin1');
}

/**
 * `await import('react')` from our code must see React's named exports (as
 * Node gives them). A bundled CommonJS module imported dynamically from ESM
 * only has a default export in esbuild's Node-compatible interop, so such an
 * import gets a module that re-exports React's names (taken at build time).
 */
const reactNamedExports = {
  name: 'react-named-exports',
  setup(b) {
    const require = createRequire(import.meta.url);
    b.onResolve({ filter: /^react$/ }, (args) =>
      args.kind === 'dynamic-import' && args.importer.startsWith(`${root}src/`) ? { path: 'react', namespace: 'react-named' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'react-named' }, () => {
      const names = Object.keys(require('react')).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
      return { loader: 'js', resolveDir: root, contents: `import React from 'react';\nexport default React;\nexport const { ${names.join(', ')} } = React;\n` };
    });
  },
};

/**
 * Yoga (Ink's layout engine) loads its WebAssembly from a data: URL with
 * fetch() when fetch exists, and the first use of fetch loads Node's HTTP
 * client (undici). Without fetch, its loader decodes the same bytes directly.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /\/yoga-layout\/dist\/binaries\/yoga-wasm-base64-esm\.js$/ }, ({ path }) => ({
      contents: readFileSync(path, 'utf8').replaceAll('typeof fetch', '"undefined"'),
      loader: 'js',
    }));
  },
};

/**
 * Ink imports react-devtools-core (not installed: an optional dependency for
 * its developers) in code that runs only with DEV=true. In one file, an
 * external import would be loaded at start: it gets a stub that says so.
 */
const noDevtools = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'no-devtools' }));
    b.onLoad({ filter: /.*/, namespace: 'no-devtools' }, () => ({
      loader: 'js',
      contents:
        "const missing = () => { throw new Error('react-devtools-core is not installed'); };\nexport default { initialize: missing, connectToDevTools: missing };",
    }));
  },
};

/**
 * Ink draws every frame by tokenizing each line of text into styled cells and
 * measuring each cell's width (~25 ms of a keypress at 10,000 topics, ~7 MB
 * of garbage per frame). Each change below is checked to apply:
 * - Ink's Output is scripts/ink-output.js: rows kept as spans of text, cut
 *   only where a later write overlaps (see that file);
 * - string-width answers at once for text (escape sequences aside) made only
 *   of characters it measures one column wide on their own (computed from it:
 *   scripts/narrow-chars.mjs); only with string-width's default options.
 */
const inkOutputFast = {
  name: 'ink-output-fast',
  setup(b) {
    b.onLoad({ filter: /\/string-width\/index\.js$/ }, async ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const NOT_NARROW = notNarrow((await import(path)).default);
      const head = /export default function stringWidth\((\w+), options = \{\}\) \{/;
      if (!head.test(text) || !/^import stripAnsi from 'strip-ansi';$/m.test(text))
        throw new Error(`build: ${path} has changed; revisit the ink-output-fast plugin`);
      const fast = (p) =>
        [
          `\tif (typeof ${p} === 'string' && !options?.countAnsiEscapeCodes && options?.ambiguousIsNarrow !== false) {`,
          `\t\tconst plain = /[\\u001B\\u009B]/.test(${p}) ? stripAnsi(${p}) : ${p};`,
          `\t\tif (!/${NOT_NARROW}/.test(plain)) return plain.length;`,
          '\t}',
        ].join('\n');
      return { loader: 'js', contents: text.replace(head, (line, p) => `${line}\n${fast(p)}`) };
    });
    b.onLoad({ filter: /\/ink\/build\/output\.js$/ }, ({ path }) => {
      const original = readFileSync(path, 'utf8');
      for (const part of ['export default class Output', 'write(x, y, text, options)', 'clip(clip)', 'unclip()', 'get()', 'output: generatedOutput'])
        if (!original.includes(part)) throw new Error(`build: ${path} has changed (no "${part}"); revisit scripts/ink-output.js`);
      return { loader: 'js', resolveDir: dirname(path), contents: readFileSync(`${root}scripts/ink-output.js`, 'utf8') };
    });
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', MLROAD_VERSION: JSON.stringify(pkg.version), MLROAD_BUILD: JSON.stringify(buildId) },
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

// Build into a private folder and swap it in, so that a CLI running meanwhile
// (another terminal, a test) never sees a half-written or missing dist/.
const staging = `${root}dist.build-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
const cli = await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: `${staging}/mlroad.cjs`,
  format: 'cjs',
  // The build id comes first: bin/mlroad.js names the code cache after it.
  banner: { js: `// mlroad ${buildId}` },
  // CommonJS has no import.meta: code that needs its own path reads __filename here (see src/store/roadmap-file.ts).
  define: { ...common.define, 'import.meta.url': 'undefined' },
  // ts-fsrs (CommonJS too) is required from node_modules when a card is made or rated, never by `next`;
  // conf (ESM only) is imported from node_modules by `mlroad config` when it writes (src/store/settings-writer.ts);
  // supports-hyperlinks (ESM only) by `show` on a terminal (src/render/hyperlink.ts).
  external: ['ts-fsrs', 'conf', 'supports-hyperlinks'],
  plugins: [lazyModules, chalkWithoutDetection, browserApart],
});
routeDynamicImports(`${staging}/mlroad.cjs`, Object.values(cli.metafile.outputs)[0]);
const tui = await build({
  ...common,
  entryPoints: ['src/tui/index.ts'],
  outfile: `${staging}/tui.mjs`,
  format: 'esm',
  // Bundled CommonJS code (React) calls require(): give it one, made on first call.
  banner: {
    js: "import { createRequire as __mlroadCreateRequire } from 'node:module'; let __mlroadRequire; const require = (id) => (__mlroadRequire ??= __mlroadCreateRequire(import.meta.url))(id);",
  },
  plugins: [lazyModules, reactNamedExports, yogaWithoutFetch, noDevtools, inkOutputFast],
});
// Which source modules each output file holds: tests use it to tell, from the
// files a run loaded, which packages it loaded (bundled, they have no path of their own).
const modules = {};
for (const result of [cli, tui]) {
  for (const [out, o] of Object.entries(result.metafile.outputs)) modules[out.slice(out.lastIndexOf('/') + 1)] = Object.keys(o.inputs);
}
writeFileSync(`${staging}/modules.json`, `${JSON.stringify(modules)}\n`);
const old = `${root}dist.old-${process.pid}`;
if (existsSync(`${root}dist`)) renameSync(`${root}dist`, old);
renameSync(staging, `${root}dist`);
rmSync(old, { recursive: true, force: true });
