// Bundles the CLI into dist/ with esbuild. One file for the start-up path
// (commander and chalk are inlined: far fewer module loads than node_modules),
// and code-split chunks for what is loaded lazily (the Ink TUI, the conf writer).
// Modules in LAZY are loaded on first call instead (see lazyModules below).
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
// A digest of the sources and the lockfile: the roadmap cache's key includes it,
// so a rebuilt CLI never trusts a parse made by different code (even at the same version).
const digest = createHash('sha256');
for (const file of [...readdirSync(`${root}src`, { recursive: true })].map(String).sort()) {
  if (/\.tsx?$/.test(file)) digest.update(file).update(readFileSync(`${root}src/${file}`));
}
if (existsSync(`${root}package-lock.json`)) digest.update(readFileSync(`${root}package-lock.json`));
const buildId = digest.digest('hex').slice(0, 12);

/**
 * Modules that the start-up path imports but rarely calls, and the names it
 * uses. In the bundle each is replaced by a stub whose functions require() the
 * real module on first call: yaml (~260 KB, ~10 ms and ~2 MB per run) is only
 * needed when a roadmap is parsed, which the parse cache makes rare; node:crypto
 * only names a copy of a corrupt state file. yaml's "node" export is CommonJS,
 * so require() loads it from node_modules. Importing a name not listed here
 * fails the build ("No matching export"), so the list cannot silently go stale.
 * Applies to imports from src/ (and commander's require of child_process).
 */
const LAZY = {
  yaml: ['LineCounter', 'isAlias', 'isMap', 'isScalar', 'isSeq', 'parseDocument'],
  'node:crypto': ['createHash', 'randomBytes'],
  // ~3 ms (it loads node:net and streams); only opening a browser or an editor
  // spawns, and commander only for executable subcommands, which mlroad has none of.
  'node:child_process': ['spawn', 'spawnSync'],
};

const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    const filter = new RegExp(
      `^(${Object.keys(LAZY)
        .map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|')})$`,
    );
    // Only our own imports, and commander's require of child_process: other
    // dependencies (conf's node:crypto) are in lazy chunks already.
    const ours = (importer) => importer.startsWith(`${root}src/`) || importer.startsWith(`${root}node_modules/commander/`);
    b.onResolve({ filter }, (args) => (ours(args.importer) ? { path: args.path, namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, ({ path }) => ({
      loader: 'js',
      contents: [
        // createRequire rather than require(): esbuild would bundle a literal require() of a package.
        `import { createRequire } from 'node:module';`,
        `let real;`,
        `const load = () => (real ??= createRequire(import.meta.url)(${JSON.stringify(path)}));`,
        // One wrapper serves plain calls and new (for a class such as LineCounter).
        `const lazy = (name) => function (...args) { const f = load()[name]; return new.target ? Reflect.construct(f, args) : f(...args); };`,
        ...LAZY[path].map((name) => `export const ${name} = lazy(${JSON.stringify(name)});`),
      ].join('\n'),
    }));
  },
};
/**
 * Node builtins through require() instead of ESM imports. An ESM import of a
 * builtin builds a facade that reads every export, getters included: node:fs's
 * loads its streams, promises (and readline), watchers; node:util's its
 * argument parser; node:process's its report: ~3 ms per run, measured. So the
 * `import { a, b } from 'node:x'` lines of our sources (and chalk's default
 * imports) become `const { a, b } = require('node:x')`, which esbuild leaves
 * to run time (the banner's require). Lazy modules (above) keep their stubs.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    const rewrite = (text) =>
      text.replace(/^import (\{[^}]*\}|[A-Za-z_$][\w$]*) from '(node:[a-z_/]+)';$/gm, (line, what, name) => {
        if (name === 'node:module' || name in LAZY) return line;
        return `const ${what.replace(/\s+as\s+/g, ': ')} = require('${name}');`;
      });
    b.onLoad({ filter: /\/src\/.*\.tsx?$/ }, ({ path }) => ({ contents: rewrite(readFileSync(path, 'utf8')), loader: path.endsWith('x') ? 'tsx' : 'ts' }));
    b.onLoad({ filter: /\/node_modules\/chalk\/source\/.*\.js$/ }, ({ path }) => ({ contents: rewrite(readFileSync(path, 'utf8')), loader: 'js' }));
  },
};

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
 * client (undici): ~25 ms of opening the browser, measured. Without fetch, its
 * loader decodes the same bytes directly.
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

// Build into a private folder and swap it in, so that a CLI running meanwhile
// (another terminal, a test) never sees a half-written or missing dist/.
const staging = `dist.build-${process.pid}`;
rmSync(`${root}${staging}`, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  // Ink and React are bundled too, into chunks that only the TUI's dynamic import
  // reaches: from node_modules, Ink's ~300 files took ~370 ms to import, bundled
  // ~80 ms (the TUI opens in about half the time). react-devtools-core is an
  // optional dev-only import of Ink (DEV=true), not installed: left external.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"', MLROAD_VERSION: JSON.stringify(pkg.version), MLROAD_BUILD: JSON.stringify(buildId) },
  banner: {
    // Bundled CommonJS code calls require(); give every file one, made on first
    // call (createRequire costs a URL-to-path conversion per file: enough of
    // them get that function optimised at start-up, +4 MB RSS).
    js: "import { createRequire as __mlroadCreateRequire } from 'node:module'; let __mlroadRequire; const require = (id) => (__mlroadRequire ??= __mlroadCreateRequire(import.meta.url))(id);",
  },
  plugins: [lazyModules, builtinsByRequire, reactNamedExports, yogaWithoutFetch],
  // Less text to scan at every start (~1.5 ms); names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
});
// Which source modules each output file holds: tests use it to tell, from the
// files a run loaded, whether it loaded Ink or React (bundled, they have no path of their own).
const modules = Object.fromEntries(Object.entries(result.metafile.outputs).map(([out, o]) => [out.slice(staging.length + 1), Object.keys(o.inputs)]));
writeFileSync(`${root}${staging}/modules.json`, `${JSON.stringify(modules)}\n`);
// Node looks up the package.json above every module it loads (to learn its
// type), one folder at a time: one right beside the files ends each search at
// once. Fewer lookups also keep Node from optimising its path function during
// start-up (TurboFan would cost ~4 MB of peak RSS for nothing).
for (const dir of ['', '/chunks']) writeFileSync(`${root}${staging}${dir}/package.json`, '{ "type": "module" }\n');
const old = `${root}dist.old-${process.pid}`;
if (existsSync(`${root}dist`)) renameSync(`${root}dist`, old);
renameSync(`${root}${staging}`, `${root}dist`);
rmSync(old, { recursive: true, force: true });
