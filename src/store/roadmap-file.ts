// The roadmap's I/O edge: find the file, read it (or its cached parse), parse,
// build the model.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OperationalError, RoadmapError, UsageError, type Problem } from '../core/errors.js';
import type { Env } from '../core/io.js';
import { readCache, stampOf, writeCache } from './roadmap-cache.js';
import { buildModel, flattenSpec, FlatRoadmapError, type RoadmapColumns } from '../core/roadmap/model.js';
import { LIMITS, parseRoadmap } from '../core/roadmap/parse.js';
import type { Roadmap } from '../core/roadmap/types.js';

/**
 * The shipped ML roadmap, at the package root: this module runs from src/
 * (tests) or from anywhere under dist/ (the bundle, or one of its chunks), so
 * the root is what precedes the last of those two folders in its path.
 */
export function defaultRoadmapFile(): string {
  // In the CommonJS bundle, __filename (import.meta.url there would cost a first URL conversion, ~1 ms).
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const cut = Math.max(here.lastIndexOf(`${sep}dist${sep}`), here.lastIndexOf(`${sep}src${sep}`));
  return join(cut >= 0 ? here.slice(0, cut) : dirname(here), 'roadmap.yaml');
}

/** --roadmap FILE, else MLROAD_ROADMAP, else the shipped roadmap. */
export function roadmapFileFrom(option: string | undefined, env: Env, cwd: string): string {
  const chosen = option ?? (env.MLROAD_ROADMAP || undefined);
  return chosen ? resolve(cwd, chosen) : defaultRoadmapFile();
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** What a path that is not a regular file is, for the message. */
function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The text of a roadmap file, read with bounds: opened without blocking (a
 * FIFO would wait for a writer for ever), refused unless it is a regular file
 * (a directory, FIFO or device such as /dev/zero: exit 2), refused by its size
 * before anything is read, and read up to one byte past the limit whatever
 * the size said (a file that grows meanwhile, or /proc's files that say 0).
 */
export function readRoadmapSource(file: string, limit: number = LIMITS.fileBytes): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`roadmap file not found: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`roadmap path is a directory, not a file: ${file}`);
    if (code === 'ENXIO') throw new UsageError(`roadmap path is not a regular file (a socket or a pipe): ${file}`);
    throw new OperationalError(`cannot read roadmap file ${file}: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UsageError(`roadmap path is a directory, not a file: ${file}`);
    if (!stat.isFile()) throw new UsageError(`roadmap path is ${kindOf(stat)}, not a file: ${file}`);
    if (stat.size > limit) throw tooLarge(file, stat.size, limit);
    let buffer = Buffer.allocUnsafe(Math.min(limit, stat.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) throw tooLarge(file, length, limit, true);
        // The file grew, or says 0 bytes as /proc's files do: read on, never past the limit + 1.
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(64 * 1024, buffer.length * 2)));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return decode(buffer.subarray(0, length));
  } catch (error) {
    if (error instanceof UsageError || error instanceof RoadmapError) throw error;
    throw new OperationalError(`cannot read roadmap file ${file}: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** UTF-8, without the byte-order mark some editors add. */
const decode = (bytes: Buffer): string => {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

function tooLarge(file: string, size: number, limit: number, atLeast = false): RoadmapError {
  return new RoadmapError(file, [
    {
      line: 1,
      col: 1,
      severity: 'error',
      message: `the file is ${atLeast ? 'over ' : ''}${mb(size - (atLeast ? 1 : 0))}; roadmap files are limited to ${mb(limit)}`,
    },
  ]);
}

/** Where the parse cache is (see roadmap-cache.ts), and the clock that says whether a file has settled. */
export interface CacheOptions {
  dir: string;
  clock: () => number;
  /** The user whose entries are trusted (POSIX uid): an entry someone else owns or can write is a miss (no owner: no check). */
  owner?: number;
}

export interface Loaded {
  roadmap: Roadmap;
  warnings: Problem[];
}

/**
 * Reads and validates a roadmap file; throws RoadmapError listing every problem.
 * A valid file's parse is cached in `cacheDir` (null: no cache), so an
 * unchanged file is not parsed again; invalid files are always parsed.
 */
export function loadRoadmap(file: string, cache: CacheOptions | null = null): Loaded {
  const cacheDir = cache?.dir ?? null;
  const readAt = cache ? cache.clock() : 0;
  const stamp = cacheDir === null ? null : stampOf(file);
  const parse = () => {
    const { spec, problems } = parseRoadmap(readRoadmapSource(file));
    if (!spec) throw new RoadmapError(file, problems);
    const columns = flattenSpec(spec);
    if (cacheDir !== null && stamp !== null) writeCache(cacheDir, file, stamp, { columns, warnings: problems }, readAt, cache!.clock);
    return { columns, problems };
  };
  if (cacheDir !== null && stamp !== null) {
    // Strings come from the entry when first read; if one is damaged, from the
    // file itself (and the entry is rewritten), or else none: never an error.
    let cached: RoadmapColumns | undefined;
    const fromSource = (): RoadmapColumns | null => {
      try {
        const { columns } = parse();
        const n = columns.parent.length;
        let same = cached !== undefined && cached.parent.length === n;
        for (let i = 0; same && i < n; i++) same = columns.ids.get(i) === cached!.ids.get(i);
        if (same) return columns;
      } catch {
        // the file changed meanwhile and no longer parses: no strings
      }
      return null;
    };
    const hit = readCache(cacheDir, file, stamp, fromSource, cache!.owner);
    if (hit) {
      cached = hit.columns;
      try {
        return { roadmap: buildModel(hit.columns, file), warnings: hit.warnings };
      } catch (error) {
        // A damaged entry is a miss: parse the file, and the entry is rewritten.
        if (!(error instanceof FlatRoadmapError)) throw error;
      }
    }
  }
  const { columns, problems } = parse();
  return { roadmap: buildModel(columns, file), warnings: problems };
}
