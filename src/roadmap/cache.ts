// A disk cache of parsed roadmaps: the validated RoadmapSpec (plain JSON by
// design, stored flattened: see model.ts) and its warnings, so that `mlroad next` in a shell prompt does not
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
import type { FlatRoadmap } from './model.js';

declare const MLROAD_VERSION: string;
/** Set by the build: a digest of the sources, so that a rebuilt mlroad (same version) does not trust older entries. */
declare const MLROAD_BUILD: string;

/** Bump when the cached shape (FlatRoadmap, Problem, this file's layout) changes. */
export const CACHE_FORMAT = 3;

/**
 * File timestamps come from a coarse clock (a few ms on Linux, up to 2 s on
 * some file systems), so a file written twice within one tick, at the same
 * size, keeps its stamp. An entry is only written for a source untouched for
 * this long, so that a later change always shows in its stamp.
 */
export const SETTLE_MS = 1000;

/** What is cached: the validated roadmap (in the compact flat form) and the warnings its file gave. */
export interface CachedRoadmap {
  roadmap: FlatRoadmap;
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
    const key = asciiJson({
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

/** JSON with every non-ASCII character escaped (\\u00e9), so that the file reads correctly as latin1. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
    // The file is ASCII (see asciiJson): read as latin1, twice as fast as utf8 at 10 MB.
    text = readFileSync(cacheFileFor(cacheDir, file), 'latin1');
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
  if (!isObject(value) || !Array.isArray(value.warnings) || !isObject(value.roadmap)) return false;
  for (const w of value.warnings) {
    if (!isObject(w) || typeof w.line !== 'number' || typeof w.col !== 'number' || !isString(w.message) || (w.severity !== 'warning' && w.severity !== 'error')) return false;
  }
  const r = value.roadmap;
  if (!isString(r.id) || !isString(r.title) || typeof r.version !== 'number' || !isStringOrNull(r.description) || !isStringOrNull(r.source)) return false;
  const columns = [r.ids, r.titles, r.childCounts, r.estimates, r.descriptions, r.requires, r.questions, r.resources];
  if (!columns.every(Array.isArray)) return false;
  const n = (r.ids as unknown[]).length;
  if (n === 0 || columns.some((c) => (c as unknown[]).length !== n)) return false;
  const [ids, titles, childCounts, estimates, descriptions, requires, questions, resources] = columns as unknown[][];
  const isStringList = (v: unknown) => v === null || (Array.isArray(v) && v.every(isString));
  // The child counts must describe a forest in pre-order: every topic's children all present.
  const expected: number[] = [];
  for (let i = 0; i < n; i++) {
    while (expected.length && expected[expected.length - 1] === 0) expected.pop();
    if (expected.length) expected[expected.length - 1]!--;
    const kids = childCounts![i];
    if (typeof kids !== 'number' || !Number.isInteger(kids) || kids < 0) return false;
    if (kids) expected.push(kids);
    if (!isString(ids![i]) || !isString(titles![i]) || !isStringOrNull(descriptions![i])) return false;
    if (estimates![i] !== null && typeof estimates![i] !== 'number') return false;
    if (!isStringList(requires![i]) || !isStringList(questions![i])) return false;
    const res = resources![i];
    if (res !== null && !(Array.isArray(res) && res.every((x) => isObject(x) && isString(x.title) && isString(x.url) && isStringOrNull(x.kind)))) return false;
  }
  return expected.every((k) => k === 0);
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
    writeFileSync(temp, `${stamp.key}\n${asciiJson(value)}`, { mode: 0o600 });
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
