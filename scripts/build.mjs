// Bundles the CLI into dist/ with esbuild. One file for the start-up path
// (commander, yaml, chalk are inlined: far fewer module loads than node_modules),
// and code-split chunks for what is loaded lazily (the Ink TUI, the conf writer).
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
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
});
const old = `${root}dist.old-${process.pid}`;
if (existsSync(`${root}dist`)) renameSync(`${root}dist`, old);
renameSync(`${root}${staging}`, `${root}dist`);
rmSync(old, { recursive: true, force: true });
