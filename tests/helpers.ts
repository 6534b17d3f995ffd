// Test helpers. `mlroad()` runs the CLI in-process through main(args, io) with
// its own streams, environment and working directory (fast: no Node start);
// `spawnMlroad()` runs the built binary as a real process, for the tests in
// tests/process/ where the process itself matters. Both use a private config
// dir and cache dir in temp dirs: no test touches the user's files.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { Io, Output, System } from '../src/core/io.js';

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
let home: string | undefined;
/** A home directory of the tests' own: nothing falls back to the user's ~/.config or ~/.cache. */
export const testHome = () => (home ??= tempDir('mlroad-home-'));

/** The real process's identity and signals (for stores and locks built directly in tests). */
export const realSystem = (): System => ({
  pid: process.pid,
  platform: process.platform,
  homedir: testHome(),
  hostname: hostname(),
  uid: process.getuid?.(),
  kill: (pid, signal) => process.kill(pid, signal),
  on(event, listener) {
    process.on(event, listener);
    return () => process.off(event, listener);
  },
});

/** What a StateStore needs of the process: the real clock and identity. */
export const testHost = () => ({ clock: Date.now, system: realSystem() });

/** A collecting output stream; `tty` makes it look like a terminal of that size. */
export function collector(tty?: { columns: number; rows: number }): Output & { text: string } {
  const out = {
    text: '',
    write(chunk: string) {
      out.text += chunk;
      return true;
    },
    isTTY: tty ? true : undefined,
    columns: tty?.columns,
    rows: tty?.rows,
  };
  return out;
}

export interface RunOptions {
  configDir?: string;
  /** Added to (or, with undefined, removed from) the test environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Text on stdin (default: an empty, closed stdin). */
  stdin?: string;
  /** Make stdout (and stdin) look like a terminal of this size. */
  tty?: { columns: number; rows: number };
  /** The home directory (default: the tests' own). */
  home?: string;
  /** The real clock the run sees (default: Date.now). */
  clock?: () => number;
  /** A stdin stream of the test's own (a live one, for interactive sessions); wins over `stdin`. */
  input?: Io['stdin'];
  /** Parts of the process the test replaces (e.g. `on`, to deliver a signal). */
  system?: Partial<System>;
}

/** The environment a test run sees: a few basics, never the developer's own settings. */
function testEnv(options: RunOptions): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: testHome(),
    LANG: 'C.UTF-8',
    TZ: process.env.TZ,
    // Keep the parse cache of test runs out of the user's ~/.cache.
    XDG_CACHE_HOME: testCacheDir(),
    XDG_CONFIG_HOME: join(testHome(), '.config'),
  };
  if (options.configDir) env.MLROAD_CONFIG_DIR = options.configDir;
  Object.assign(env, options.env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env as Record<string, string>;
}

/** Runs `mlroad ...args` in-process through main(), with its own streams, env and working directory. */
export async function mlroad(args: string[], options: RunOptions = {}): Promise<Run> {
  const stdout = collector(options.tty);
  const stderr = collector();
  const stdin =
    options.input ??
    (Object.assign(options.stdin === undefined ? Readable.from([]) : Readable.from([Buffer.from(options.stdin)]), {
      isTTY: options.tty ? true : undefined,
    }) as unknown as Io['stdin']);
  const io: Io = {
    stdout,
    stderr,
    stdin,
    env: testEnv(options),
    cwd: options.cwd ?? ROOT,
    clock: options.clock ?? Date.now,
    system: { ...realSystem(), homedir: options.home ?? testHome(), ...options.system },
  };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A stdin the test writes to while the command runs (for interactive sessions in-process). */
export const liveStdin = () => Object.assign(new PassThrough(), { isTTY: true as const });

/** Runs the built binary as a real process with a private config dir (unless env overrides it); never a TTY. */
export function spawnMlroad(args: string[], options: RunOptions = {}): Promise<Run> {
  const env = testEnv(options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    if (options.stdin !== undefined) child.stdin!.end(options.stdin);
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
