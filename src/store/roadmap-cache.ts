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
import { isObject } from '../core/values.js';
import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { makeDir } from './make-dir.js';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../core/errors.js';
import { cacheDirFrom, type PathContext } from './paths.js';
import { checkDetails, splitFlat, type FlatCore, type FlatDetails, type FlatRoadmap } from '../core/roadmap/model.js';

declare const MLROAD_VERSION: string;
/** Set by the build: a digest of the sources, so that a rebuilt mlroad (same version) does not trust older entries. */
declare const MLROAD_BUILD: string;

/** Bump when the cached shape (FlatCore, FlatDetails, Problem, this file's layout) changes. */
export const CACHE_FORMAT = 7;

/**
 * File timestamps come from a coarse clock (a few ms on Linux, up to 2 s on
 * some file systems), so a file written twice within one tick, at the same
 * size, keeps its stamp. An entry is only written for a source untouched for
 * this long, so that a later change always shows in its stamp.
 */
export const SETTLE_MS = 1000;

/** What is stored: the validated roadmap (flattened) and the warnings its file gave. */
export interface CachedRoadmap {
  roadmap: FlatRoadmap;
  warnings: Problem[];
}

/**
 * What is read: the roadmap without its texts, the warnings, and the texts
 * (descriptions, questions, resources) still as JSON, parsed only if asked for
 * (null when they turn out damaged: the caller can then parse the source).
 */
export interface CacheHit {
  core: FlatCore;
  warnings: Problem[];
  details: () => FlatDetails | null;
}

/** What identifies one version of a source file; null when it cannot be stat'ed. */
export interface Stamp {
  readonly key: string;
  /** Last change of the file (max of mtime and ctime), in ms since the epoch. */
  readonly changedMs: number;
}

const version = () => `${typeof MLROAD_VERSION === 'string' ? MLROAD_VERSION : 'dev'}+${typeof MLROAD_BUILD === 'string' ? MLROAD_BUILD : 'src'}`;

/** The cache directory to use, or null when it would be (inside) the config directory. */
export function roadmapCacheDir(configDir: string, where: PathContext): string | null {
  const dir = cacheDirFrom(where);
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

/**
 * The cached parse of `file` at `stamp`, or null (missing, stale, corrupt,
 * unreadable). Layout, one line each: the key; the digests; the core and
 * warnings (JSON, padded with spaces to a multiple of 4 bytes); the texts
 * (JSON). A digest covers every byte of its part, so any damage, even one
 * that leaves valid JSON, is a miss. The texts and their digest are only
 * looked at when a text is first read.
 */
export function readCache(cacheDir: string, file: string, stamp: Stamp): CacheHit | null {
  const path = cacheFileFor(cacheDir, file);
  // Only the key, the digests and the core are read now: the texts (most of
  // the shipped roadmap's entry) are read from the file if a text is asked for.
  const head = readRange(path, 0, HEAD_BYTES);
  if (!head) return null;
  const first = head.indexOf(10);
  const second = first < 0 ? -1 : head.indexOf(10, first + 1);
  if (second < 0 || head.toString('latin1', 0, first) !== stamp.key) return null;
  const [coreDigest, textsDigest] = head
    .toString('latin1', first + 1, second)
    .trimEnd()
    .split(' | ');
  const coreLength = Number.parseInt(coreDigest ?? '', 10);
  const textsLength = Number.parseInt(textsDigest ?? '', 10);
  if (!(coreLength >= 0) || !(textsLength >= 0)) return null;
  const coreStart = second + 1;
  const textsStart = coreStart + coreLength + 1;
  const core = coreStart + coreLength <= head.length ? head.subarray(coreStart, coreStart + coreLength) : readRange(path, coreStart, coreLength);
  if (!core || core.length !== coreLength || coreDigest !== digestOf(core, 0, coreLength)) return null;
  try {
    // ASCII (see asciiJson): latin1 decodes it twice as fast as utf8.
    const value = JSON.parse(core.toString('latin1')) as unknown;
    if (!isEntry(value)) return null;
    const n = Array.isArray(value.roadmap.ids) ? value.roadmap.ids.length : 0;
    const details = () => {
      // The file may have been replaced since (by a newer entry): its digest then differs.
      const texts = readRange(path, textsStart, textsLength);
      if (!texts || texts.length !== textsLength || textsDigest !== digestOf(texts, 0, textsLength)) return null;
      try {
        return checkDetails(JSON.parse(texts.toString('latin1')), n);
      } catch {
        return null;
      }
    };
    return { core: value.roadmap, warnings: value.warnings, details };
  } catch {
    return null;
  }
}

/** The first read of an entry: enough for the key and digests, and the whole core of a small roadmap. */
const HEAD_BYTES = 64 * 1024;

/** Up to `length` bytes of a file from `position` (fewer at its end), in a buffer of their own; null if unreadable. */
function readRange(path: string, position: number, length: number): Buffer | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    // allocUnsafeSlow: never a slice of the shared pool, so word-aligned for digestOf.
    const buffer = Buffer.allocUnsafeSlow(length);
    let read = 0;
    for (let n = -1; n !== 0 && read < length; read += n) n = readSync(fd, buffer, read, length - read, position + read);
    return buffer.subarray(0, read);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * "<length> <hex>": the length of bytes[start, end) and its FNV-1a digest over
 * 32-bit little-endian words, then the odd bytes (~5 ms for 10 MB, and no
 * node:crypto to load).
 */
export function digestOf(bytes: Buffer, start: number, end: number): string {
  let h = 0x811c9dc5;
  const words = (end - start) >> 2;
  if (LITTLE_ENDIAN && (bytes.byteOffset + start) % 4 === 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + start, words);
    for (let k = 0; k < words; k++) h = Math.imul(h ^ view[k]!, 0x01000193);
  } else {
    for (let k = 0; k < words; k++) h = Math.imul(h ^ bytes.readUInt32LE(start + 4 * k), 0x01000193);
  }
  for (let i = start + 4 * words; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return `${end - start} ${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** The bytes of an entry (see readCache for the layout). */
export function entryBytes(key: string, core: string, texts: string): Buffer {
  // Pad so that the core and the texts each start at a multiple of 4 bytes (their digests read words).
  const pad = (text: string, used: number) => text.padEnd(text.length + ((4 - ((used + text.length + 1) % 4)) % 4), ' ');
  const textsBytes = Buffer.from(texts, 'latin1');
  const textsDigest = digestOf(textsBytes, 0, textsBytes.length);
  // The digest line's length depends on the core's digest, and the core's padding on the digest line: pad the core alone first.
  const coreBytes = Buffer.from(pad(core, 0), 'latin1');
  const head = pad(`${key}\n${digestOf(coreBytes, 0, coreBytes.length)} | ${textsDigest}`, 0);
  return Buffer.concat([Buffer.from(`${head}\n`, 'latin1'), coreBytes, Buffer.from('\n', 'latin1'), textsBytes]);
}

/**
 * The outer shape of an entry. The roadmap itself is checked value by value
 * while it is built (buildFlatRoadmap throws FlatRoadmapError), in one pass.
 */
function isEntry(value: unknown): value is { roadmap: FlatCore; warnings: Problem[] } {
  if (!isObject(value) || !Array.isArray(value.warnings) || !isObject(value.roadmap)) return false;
  for (const w of value.warnings) {
    if (
      !isObject(w) ||
      typeof w.line !== 'number' ||
      typeof w.col !== 'number' ||
      typeof w.message !== 'string' ||
      (w.severity !== 'warning' && w.severity !== 'error')
    )
      return false;
  }
  return true;
}

/**
 * Stores a valid roadmap's parse under `stamp` (taken before the source was
 * read, at `readAtMs`), atomically. Skipped when the source had changed too
 * recently to trust its stamp (see SETTLE_MS) or changed while it was parsed.
 * Never throws: the cache only ever costs a re-parse.
 */
export function writeCache(cacheDir: string, file: string, stamp: Stamp, value: CachedRoadmap, readAtMs: number, clock: () => number): boolean {
  if (readAtMs - stamp.changedMs < SETTLE_MS) return false;
  if (stampOf(file)?.key !== stamp.key) return false;
  const target = cacheFileFor(cacheDir, file);
  const temp = `${target}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeDir(cacheDir, 0o700, 'the cache directory'); // bounded: Node's recursive mkdir spins for ever under /proc
    const { core, details } = splitFlat(value.roadmap);
    writeFileSync(temp, entryBytes(stamp.key, asciiJson({ roadmap: core, warnings: value.warnings }), asciiJson(details)), { mode: 0o600 });
    renameSync(temp, target);
    prune(cacheDir, target, clock());
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

/**
 * Keeps the directory from growing without end (writes only, so rarely):
 * removes the entries of roadmap files that no longer exist, and temp files
 * that a writer which died left behind. Best effort: errors are ignored.
 */
function prune(cacheDir: string, keep: string, now: number): void {
  try {
    for (const name of readdirSync(cacheDir)) {
      const path = join(cacheDir, name);
      if (path === keep) continue;
      if (name.endsWith('.tmp')) {
        if (now - statSync(path).mtimeMs > 10 * 60_000) unlinkSync(path);
        continue;
      }
      if (!/^roadmap-[0-9a-f]{16}\.json$/.test(name)) continue;
      const head = readRange(path, 0, 8192);
      const key = head ? head.toString('latin1', 0, Math.max(0, head.indexOf(10))) : '';
      let source: unknown;
      try {
        source = (JSON.parse(key) as { file?: unknown }).file;
      } catch {
        source = undefined;
      }
      // A damaged entry is left for its own roadmap's next load to replace.
      if (typeof source === 'string' && !existsSync(source)) unlinkSync(path);
    }
  } catch {
    // pruning is only housekeeping
  }
}
