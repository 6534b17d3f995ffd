// The roadmap's I/O edge: find the file, read it (or its cached parse), parse,
// build the model.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OperationalError, RoadmapError, UsageError, type Problem } from '../core/errors.js';
import type { Env } from '../core/io.js';
import { readCache, stampOf, writeCache } from './roadmap-cache.js';
import { buildFlatRoadmap, flattenSpec, FlatRoadmapError, type FlatDetails } from '../core/roadmap/model.js';
import { parseRoadmap } from '../core/roadmap/parse.js';
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

export function readRoadmapSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`roadmap file not found: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`roadmap path is a directory, not a file: ${file}`);
    throw new OperationalError(`cannot read roadmap file ${file}: ${(error as Error).message}`);
  }
}

/** Where the parse cache is (see roadmap-cache.ts), and the clock that says whether a file has settled. */
export interface CacheOptions {
  dir: string;
  clock: () => number;
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
    const flat = flattenSpec(spec);
    if (cacheDir !== null && stamp !== null) writeCache(cacheDir, file, stamp, { roadmap: flat, warnings: problems }, readAt, cache!.clock);
    return { flat, problems };
  };
  if (cacheDir !== null && stamp !== null) {
    const hit = readCache(cacheDir, file, stamp);
    if (hit) {
      // Texts come from the entry when first read; if that part is damaged, from
      // the file itself (and the entry is rewritten), or else none: never an error.
      const details = (): FlatDetails => {
        const cached = hit.details();
        if (cached) return cached;
        try {
          const { flat } = parse();
          if (flat.ids.length === hit.core.ids.length && flat.ids.every((id, i) => id === hit.core.ids[i])) return flat;
        } catch {
          // the file changed meanwhile and no longer parses: no texts
        }
        const none = new Array<null>(hit.core.ids.length).fill(null);
        return { descriptions: none, questions: none, answers: none, resources: none, exercises: none };
      };
      try {
        return { roadmap: buildFlatRoadmap(hit.core, file, details), warnings: hit.warnings };
      } catch (error) {
        // A damaged entry is a miss: parse the file, and the entry is rewritten.
        if (!(error instanceof FlatRoadmapError)) throw error;
      }
    }
  }
  const { flat, problems } = parse();
  return { roadmap: buildFlatRoadmap(flat, file, flat), warnings: problems };
}
