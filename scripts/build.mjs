// Bundles the CLI into dist/ with esbuild. One file for the start-up path
// (commander and chalk are inlined: far fewer module loads than node_modules),
// and code-split chunks for what is loaded lazily (the Ink TUI, the conf writer).
// Modules in LAZY are loaded on first call instead (see lazyModules below).
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
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
 * Applies to imports from src/ only.
 */
const LAZY = {
  yaml: ['LineCounter', 'isAlias', 'isMap', 'isScalar', 'isSeq', 'parseDocument'],
  'node:crypto': ['createHash'],
};

const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY).map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    // Only our own imports: dependencies (conf's node:crypto) are in lazy chunks already.
    b.onResolve({ filter }, (args) => (args.importer.startsWith(`${root}src/`) ? { path: args.path, namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, ({ path }) => ({
      loader: 'js',
      contents: [
        // createRequire rather than require(): esbuild would bundle a literal require().
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
// Build into a private folder and swap it in, so that a CLI running meanwhile
// (another terminal, a test) never sees a half-written or missing dist/.
const staging = `dist.build-${process.pid}`;
rmSync(`${root}${staging}`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  // Ink and React stay real node_modules imports: they are only reached through
  // the TUI's dynamic import, and Ink has optional dev-only imports that do not bundle.
  external: ['ink', 'react', 'react/*', 'ink-*'],
  define: { 'process.env.NODE_ENV': '"production"', MLROAD_VERSION: JSON.stringify(pkg.version), MLROAD_BUILD: JSON.stringify(buildId) },
  banner: {
    // Some bundled CommonJS dependencies call require(); give them one.
    js: "import { createRequire as __mlroadCreateRequire } from 'node:module'; const require = __mlroadCreateRequire(import.meta.url);",
  },
  plugins: [lazyModules],
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
});
const old = `${root}dist.old-${process.pid}`;
if (existsSync(`${root}dist`)) renameSync(`${root}dist`, old);
renameSync(`${root}${staging}`, `${root}dist`);
rmSync(old, { recursive: true, force: true });
