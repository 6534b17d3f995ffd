// Test helpers: run the built CLI as a subprocess against a temp config dir,
// and write roadmap files to temp dirs.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'mlroad.js');
export const SHIPPED_ROADMAP = join(ROOT, 'roadmap.yaml');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'mlroad-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let cacheDir: string | undefined;
const testCacheDir = () => (cacheDir ??= tempDir('mlroad-cache-'));

/** Runs `mlroad ...args` with a private config dir (unless env overrides it); never a TTY. */
export function mlroad(args: string[], options: { configDir?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, MLROAD_NOW: undefined, MLROAD_ROADMAP: undefined };
  delete env.VITEST; // the CLI only auto-runs outside vitest
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  if (options.configDir) env.MLROAD_CONFIG_DIR = options.configDir;
  // Keep the parse cache of test runs out of the user's ~/.cache.
  env.XDG_CACHE_HOME = testCacheDir();
  Object.assign(env, options.env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Writes a roadmap file in a fresh temp dir and returns its path. */
export function writeRoadmap(yaml: string, name = 'roadmap.yaml'): string {
  const file = join(tempDir('mlroad-roadmap-'), name);
  writeFileSync(file, yaml);
  return file;
}

/** A small roadmap used across tests: 2 sections, 6 leaves, one prerequisite. */
export const SMALL_ROADMAP = `id: small
title: Small Roadmap
topics:
  - title: Basics
    id: basics
    children:
      - title: Alpha
        id: alpha
        estimate: 2h
      - title: Beta
        id: beta
        estimate: 90m
      - title: Gamma Rays
        id: gamma
  - title: Advanced
    id: advanced
    children:
      - title: Delta
        id: delta
        requires: [gamma]
      - title: Epsilon
        id: epsilon
      - title: Zeta Alpha
        id: zeta
`;
