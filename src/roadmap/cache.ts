// A disk cache of parsed roadmaps: the validated RoadmapSpec (plain JSON by
// design) and its warnings, so that `mlroad next` in a shell prompt does not
// re-parse YAML on every run (an 11,000-topic file takes ~640 ms cold).
//
// One file per roadmap path in $XDG_CACHE_HOME/mlroad. Its first line is the
// key: cache format, mlroad version, and the source file's path, size, mtime,
// ctime, inode and device (ns precision). Anything that does not match, does
// not parse, or is not readable is a miss, never an error; writes are atomic
// (temp file + rename) and failures to write are ignored. Only valid roadmaps
// are ever written, so errors are always re-parsed and reported with positions.
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../errors.js';
import { cacheDirFrom, configDirFrom } from '../state/paths.js';
import type { RoadmapSpec } from './types.js';

declare const MLROAD_VERSION: string;
/** Set by the build: a digest of the sources, so that a rebuilt mlroad (same version) does not trust older entries. */
declare const MLROAD_BUILD: string;

/** Bump when the cached shape (RoadmapSpec, Problem, this file's layout) changes. */
export const CACHE_FORMAT = 1;

/**
 * File timestamps come from a coarse clock (a few ms on Linux, up to 2 s on
 * some file systems), so a file written twice within one tick, at the same
 * size, keeps its stamp. An entry is only written for a source untouched for
 * this long, so that a later change always shows in its stamp.
 */
export const SETTLE_MS = 1000;

export interface CachedRoadmap {
  spec: RoadmapSpec;
  warnings: Problem[];
}

/** What identifies one version of a source file; null when it cannot be stat'ed. */
export interface Stamp {
  readonly key: string;
  /** Last change of the file (max of mtime and ctime), in ms since the epoch. */
  readonly changedMs: number;
}

const version = () => `${typeof MLROAD_VERSION === 'string' ? MLROAD_VERSION : 'dev'}+${typeof MLROAD_BUILD === 'string' ? MLROAD_BUILD : 'src'}`;

/** The cache directory to use, or null when it would be (inside) the config directory. */
export function roadmapCacheDir(configDir: string = configDirFrom(undefined), env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = cacheDirFrom(env);
  const rel = relative(resolve(configDir), resolve(dir));
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside ? dir : null;
}

export function stampOf(file: string): Stamp | null {
  try {
    const s = statSync(file, { bigint: true });
    if (!s.isFile()) return null;
    const key = JSON.stringify({
      format: CACHE_FORMAT,
      mlroad: version(),
      file,
      size: String(s.size),
      mtime: String(s.mtimeNs),
      ctime: String(s.ctimeNs),
      ino: String(s.ino),
      dev: String(s.dev),
    });
    return { key, changedMs: Number((s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs) / 1_000_000n) };
  } catch {
    return null;
  }
}

/** The cache file of one roadmap path (one entry per path: a new version replaces the old). */
export function cacheFileFor(cacheDir: string, file: string): string {
  return join(cacheDir, `roadmap-${fnv1a(file, 0x811c9dc5)}${fnv1a(file, 0x01000193)}.json`);
}

/** A 32-bit FNV-1a digest as 8 hex digits: enough to name a file (the key inside decides), without loading node:crypto. */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The cached parse of `file` at `stamp`, or null (missing, stale, corrupt, unreadable). */
export function readCache(cacheDir: string, file: string, stamp: Stamp): CachedRoadmap | null {
  let text: string;
  try {
    text = readFileSync(cacheFileFor(cacheDir, file), 'utf8');
  } catch {
    return null;
  }
  const newline = text.indexOf('\n');
  if (newline < 0 || text.slice(0, newline) !== stamp.key) return null;
  try {
    const value = JSON.parse(text.slice(newline + 1)) as unknown;
    return isCachedRoadmap(value) ? value : null;
  } catch {
    return null;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The shape of an entry, checked all the way down (a few ms at 100,000 topics):
 * an entry that parses as JSON but is not what this version wrote is a miss,
 * never a crash later on.
 */
function isCachedRoadmap(value: unknown): value is CachedRoadmap {
  if (!isObject(value) || !Array.isArray(value.warnings) || !isObject(value.spec)) return false;
  for (const w of value.warnings) {
    if (!isObject(w) || typeof w.line !== 'number' || typeof w.col !== 'number' || !isString(w.message) || (w.severity !== 'warning' && w.severity !== 'error')) return false;
  }
  const spec = value.spec;
  if (!isString(spec.id) || !isString(spec.title) || typeof spec.version !== 'number' || !isStringOrNull(spec.description) || !isStringOrNull(spec.source)) return false;
  if (!Array.isArray(spec.topics)) return false;
  const stack: unknown[] = [...spec.topics];
  while (stack.length) {
    const t = stack.pop();
    if (!isObject(t) || !isString(t.id) || !isString(t.title) || !isStringOrNull(t.description)) return false;
    if (t.estimateHours !== null && typeof t.estimateHours !== 'number') return false;
    if (!Array.isArray(t.requires) || !t.requires.every(isString)) return false;
    if (!Array.isArray(t.questions) || !t.questions.every(isString)) return false;
    if (!Array.isArray(t.resources) || !t.resources.every((r) => isObject(r) && isString(r.title) && isString(r.url) && isStringOrNull(r.kind))) return false;
    if (!Array.isArray(t.children)) return false;
    for (const c of t.children) stack.push(c);
  }
  return true;
}

/**
 * Stores a valid roadmap's parse under `stamp` (taken before the source was
 * read, at `readAtMs`), atomically. Skipped when the source had changed too
 * recently to trust its stamp (see SETTLE_MS) or changed while it was parsed.
 * Never throws: the cache only ever costs a re-parse.
 */
export function writeCache(cacheDir: string, file: string, stamp: Stamp, value: CachedRoadmap, readAtMs: number): boolean {
  if (readAtMs - stamp.changedMs < SETTLE_MS) return false;
  if (stampOf(file)?.key !== stamp.key) return false;
  const target = cacheFileFor(cacheDir, file);
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, `${stamp.key}\n${JSON.stringify(value)}`, { mode: 0o600 });
    renameSync(temp, target);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    return false;
  }
}
