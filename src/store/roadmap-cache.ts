// A disk cache of parsed roadmaps, so that `mlroad next` in a shell prompt
// does not re-parse YAML on every run (an 11,000-topic file takes ~640 ms
// cold): the columns of the model (src/core/roadmap/model.ts) and the
// warnings the file gave.
//
// One file per roadmap path in $XDG_CACHE_HOME/mlroad. Its first line is the
// key: cache format, mlroad build, byte order, and the source file's path,
// size, mtime, ctime, inode and device (ns precision); the second a JSON
// header; then the columns as typed arrays and the strings as bytes with
// their end offsets, so that a run reads everything but the texts at once
// (decoding only the strings it uses) and one topic's texts when they are shown.
// Anything that does not match, does not parse or does not hold together is a
// miss, never an error, and an entry is checked as a roadmap file is: ids are
// slugs, unique, of bounded length; titles and texts bounded; the tree and
// the prerequisites consistent (src/core/roadmap/model.ts). Writes are atomic
// (temp file + rename) and failures to write are ignored. Only valid roadmaps
// are ever written, so errors are always re-parsed and reported with positions.
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { makeDir } from './make-dir.js';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../core/errors.js';
import { LIMITS } from '../core/roadmap/parse.js';
import { NO_TEXTS, type RoadmapColumns, type TopicTexts } from '../core/roadmap/model.js';
import type { Resource } from '../core/roadmap/types.js';
import { isObject } from '../core/values.js';
import { cacheDirFrom, type PathContext } from './paths.js';

declare const MLROAD_VERSION: string;
/** Set by the build: a digest of the sources, so that a rebuilt mlroad (same version) does not trust older entries. */
declare const MLROAD_BUILD: string;

/** Bump when the entry's layout (this file, RoadmapColumns, TopicTexts, Problem) changes. */
const CACHE_FORMAT = 10;

/**
 * File timestamps come from a coarse clock (a few ms on Linux, up to 2 s on
 * some file systems), so a file written twice within one tick, at the same
 * size, keeps its stamp. An entry is only written for a source untouched for
 * this long, so that a later change always shows in its stamp.
 */
export const SETTLE_MS = 1000;

/**
 * Bounds of an entry's strings, in bytes. An id the parser makes from a long
 * title can exceed the limit of a written one (LIMITS.id): such a roadmap is
 * parsed on every run instead. A title is at most LIMITS.title UTF-16 units,
 * at most 3 bytes each.
 */
const ENTRY_LIMITS = { idBytes: 1024, titleBytes: LIMITS.title * 3, exerciseBytes: LIMITS.text * 3, textBytes: 4 * 1024 * 1024 } as const;

/** What is stored: the validated roadmap's columns and the warnings its file gave. */
export interface CachedRoadmap {
  columns: RoadmapColumns;
  warnings: Problem[];
}

/** What identifies one version of a source file; null when it cannot be stat'ed. */
export interface Stamp {
  readonly key: string;
  /** Last change of the file (max of mtime and ctime), in ms since the epoch. */
  readonly changedMs: number;
}

const version = () => `${typeof MLROAD_VERSION === 'string' ? MLROAD_VERSION : 'dev'}+${typeof MLROAD_BUILD === 'string' ? MLROAD_BUILD : 'src'}`;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

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
      endian: LITTLE_ENDIAN ? 'LE' : 'BE',
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

/** JSON with every non-ASCII character escaped (\\u00e9), so that a line reads correctly as latin1. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The cache file of one roadmap path (one entry per path: a new version replaces the old). */
export function cacheFileFor(cacheDir: string, file: string): string {
  return join(cacheDir, `roadmap-${fnv1a(file, 0x811c9dc5)}${fnv1a(file, 0x01000193)}.json`);
}

/** A 32-bit FNV-1a digest as 8 hex digits: enough to name a file (the key inside decides). */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The header line of an entry: what sizes the sections, and the roadmap's own fields. */
interface Header {
  topics: number;
  leaves: number;
  requires: number;
  /** Topics that name an exercise. */
  exercised: number;
  /** Slots of the id table (a power of two), and the longest probe its writer saw. */
  slots: number;
  probes: number;
  idBytes: number;
  titleBytes: number;
  exerciseBytes: number;
  textBytes: number;
  id: string;
  title: string;
  version: number;
  description: string | null;
  source: string | null;
  warnings: Problem[];
}

/** Where each section of an entry starts, relative to the end of the header line (a multiple of 8 in the file). */
function layout(h: Pick<Header, 'topics' | 'requires' | 'exercised' | 'slots' | 'idBytes' | 'titleBytes' | 'exerciseBytes' | 'textBytes'>) {
  const n = h.topics;
  const hours = 0; // Float64 first: 8-byte aligned
  const parent = hours + 8 * n;
  const ends = parent + 4 * n;
  const leafStart = ends + 4 * n;
  const requireStarts = leafStart + 4 * n;
  const requireTargets = requireStarts + 4 * (n + 1);
  const exercised = requireTargets + 4 * h.requires;
  const idTable = exercised + 4 * h.exercised;
  const titleEnds = idTable + 4 * h.slots;
  const exerciseEnds = titleEnds + 4 * n;
  const textEnds = exerciseEnds + 4 * n;
  const ids = textEnds + 4 * n;
  const titles = ids + h.idBytes;
  const exercises = titles + h.titleBytes;
  const texts = exercises + h.exerciseBytes;
  return {
    hours,
    parent,
    ends,
    leafStart,
    requireStarts,
    requireTargets,
    exercised,
    idTable,
    titleEnds,
    exerciseEnds,
    textEnds,
    ids,
    titles,
    exercises,
    texts,
    end: texts + h.textBytes,
  };
}

/** A topic's texts as stored: [description, questions, answers, resources as [title, url, kind]]. */
type StoredTexts = [string | null, string[], (string | null)[], [string, string, string | null][]];

/**
 * The bytes of an entry: key line, header line (padded so that the sections
 * start at a multiple of 8 bytes), sections (see layout).
 */
export function entryBytes(key: string, { columns: c, warnings }: CachedRoadmap): Buffer {
  const n = c.parent.length;
  const strings = (get: (i: number) => string, encoding: 'latin1' | 'utf8') => {
    const parts = Array.from({ length: n }, (_, i) => Buffer.from(get(i), encoding));
    const ends = new Uint32Array(n);
    let at = 0;
    parts.forEach((p, i) => (ends[i] = at += p.length));
    return { bytes: Buffer.concat(parts), ends };
  };
  // Ids are slugs: one per line, so that a reader splits and checks them all at native speed.
  const idList = Array.from({ length: n }, (_, i) => c.ids.get(i));
  const idBytes = Buffer.from(`${idList.join('\n')}\n`, 'latin1');
  const { table, probes } = idTableOf(idList);
  const titles = strings((i) => c.titles.get(i), 'utf8');
  // An empty folder name is not valid in a roadmap: empty means none.
  const exercises = strings((i) => c.exercise(i) ?? '', 'utf8');
  const texts = strings((i) => {
    const t = c.texts(i);
    if (t === NO_TEXTS) return '';
    const stored: StoredTexts = [t.description, [...t.questions], [...t.answers], t.resources.map((r) => [r.title, r.url, r.kind])];
    return JSON.stringify(stored);
  }, 'utf8');
  const header: Header = {
    topics: n,
    leaves: c.leafCount,
    requires: c.requireTargets.length,
    exercised: c.exercised.length,
    slots: table.length,
    probes,
    idBytes: idBytes.length,
    titleBytes: titles.bytes.length,
    exerciseBytes: exercises.bytes.length,
    textBytes: texts.bytes.length,
    id: c.id,
    title: c.title,
    version: c.version,
    description: c.description,
    source: c.source,
    warnings,
  };
  const lines = `${key}\n${asciiJson(header)}`;
  const head = Buffer.from(`${lines.padEnd(lines.length + ((8 - ((lines.length + 1) % 8)) % 8), ' ')}\n`, 'latin1');
  const view = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([
    head,
    view(c.hours),
    view(c.parent),
    view(c.end),
    view(c.leafStart),
    view(c.requireStarts),
    view(c.requireTargets),
    view(c.exercised),
    view(table),
    view(titles.ends),
    view(exercises.ends),
    view(texts.ends),
    idBytes,
    titles.bytes,
    exercises.bytes,
    texts.bytes,
  ]);
}

/**
 * The cached parse of `file` at `stamp`, or null (missing, stale, damaged,
 * unreadable). The ids are checked now, a title, exercise folder or topic's
 * texts when read: if one turns out damaged, `fromSource` is asked for the
 * columns of the source file (null: that string shows empty).
 */
export function readCache(
  cacheDir: string,
  file: string,
  stamp: Stamp,
  fromSource: () => RoadmapColumns | null = () => null,
  owner?: number,
): CachedRoadmap | null {
  const path = cacheFileFor(cacheDir, file);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    // Only a file this user wrote, that no one else can write, is trusted (a shared cache dir:
    // another user's entry is a miss). POSIX only: elsewhere there is no owner to compare.
    if (!stat.isFile() || (owner !== undefined && (stat.uid !== owner || (stat.mode & 0o022) !== 0))) return null;
    const size = stat.size;
    let head = readAt(fd, 0, Math.min(size, HEAD_BYTES));
    const first = head.indexOf(10);
    if (first < 0 || head.toString('latin1', 0, first) !== stamp.key) return null;
    let second = head.indexOf(10, first + 1);
    if (second < 0 && head.length < size) {
      head = readAt(fd, 0, Math.min(size, MAX_HEADER_BYTES));
      second = head.indexOf(10, first + 1);
    }
    if (second < 0 || (second + 1) % 8 !== 0) return null;
    const header = headerOf(JSON.parse(head.toString('latin1', first + 1, second)));
    if (!header) return null;
    const at = layout(header);
    const base = second + 1;
    if (base + at.end !== size) return null;
    // Everything but the texts, in one read: numbers, ids, titles and exercises (bytes, decoded when read).
    const core = base + at.texts <= head.length ? head.subarray(base) : readAt(fd, base, at.texts);
    if (core.length < at.texts) return null;
    const n = header.topics;
    const int32 = (offset: number, length: number) => new Int32Array(core.buffer, core.byteOffset + offset, length);
    const uint32 = (offset: number, length: number) => new Uint32Array(core.buffer, core.byteOffset + offset, length);
    const titleEnds = uint32(at.titleEnds, n);
    const exerciseEnds = uint32(at.exerciseEnds, n);
    const textEnds = uint32(at.textEnds, n);
    const idText = core.toString('latin1', at.ids, at.titles);
    const idEnds = checkedIds(idText, n);
    if (!idEnds) return null;
    const table = int32(at.idTable, header.slots);
    const probes = Math.min(header.probes, header.slots);

    // A string's bytes by its end offsets, checked when read (a damaged
    // offset gives the source file's string, not a wrong or huge one).
    let source: RoadmapColumns | null | undefined;
    const damaged = () => (source === undefined ? (source = fromSource()) : source);
    const span = (ends: Uint32Array, i: number, total: number, limit: number): [number, number] | null => {
      const from = i ? ends[i - 1]! : 0;
      const to = ends[i]!;
      return from <= to && to <= total && to - from <= limit ? [from, to] : null;
    };
    const titleBytes = core.subarray(at.titles, at.exercises);
    const titles: string[] = new Array(n);
    const title = (i: number): string => {
      const range = span(titleEnds, i, titleBytes.length, ENTRY_LIMITS.titleBytes);
      return range && range[1] > range[0] ? titleBytes.toString('utf8', range[0], range[1]) : (damaged()?.titles.get(i) ?? '');
    };
    const exerciseBytes = core.subarray(at.exercises, at.texts);
    const exercise = (i: number): string | null => {
      const range = span(exerciseEnds, i, exerciseBytes.length, ENTRY_LIMITS.exerciseBytes);
      if (!range) return damaged()?.exercise(i) ?? null;
      return range[1] > range[0] ? exerciseBytes.toString('utf8', range[0], range[1]) : null;
    };

    // Texts: one topic's bytes at a time, from this very entry (the browser
    // shows one description); after many single reads, all of them at once.
    const entry = { ino: stat.ino, size, mtimeMs: stat.mtimeMs };
    let textBytes: Buffer | undefined;
    let singleReads = 0;
    const stored = (i: number): TopicTexts | null => {
      const range = span(textEnds, i, header.textBytes, ENTRY_LIMITS.textBytes);
      if (!range) return null;
      const [from, to] = range;
      if (from === to) return NO_TEXTS;
      if (!textBytes && ++singleReads > 64) textBytes = reread(path, entry, base + at.texts, header.textBytes) ?? undefined;
      const bytes = textBytes ? textBytes.subarray(from, to) : reread(path, entry, base + at.texts + from, to - from);
      return bytes && bytes.length === to - from ? textsOf(bytes.toString('utf8')) : null;
    };
    // Damaged, or the entry was replaced since it was read: from the source file.
    const texts = (i: number): TopicTexts => stored(i) ?? damaged()?.texts(i) ?? NO_TEXTS;
    return {
      warnings: header.warnings,
      columns: {
        id: header.id,
        title: header.title,
        version: header.version,
        description: header.description,
        source: header.source,
        hours: new Float64Array(core.buffer, core.byteOffset + at.hours, n),
        parent: int32(at.parent, n),
        end: int32(at.ends, n),
        leafStart: int32(at.leafStart, n),
        leafCount: header.leaves,
        requireStarts: int32(at.requireStarts, n + 1),
        requireTargets: int32(at.requireTargets, header.requires),
        ids: { get: (i) => idText.slice(i ? idEnds[i - 1]! + 1 : 0, idEnds[i]) },
        titles: { get: (i) => (titles[i] ??= title(i)) },
        exercise,
        exercised: int32(at.exercised, header.exercised),
        texts,
        indexOf: (id) => indexIn(table, probes, idText, idEnds, id),
      },
    };
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Bytes of the entry at `path` if it is still the one first read (else null: replaced or gone). */
function reread(path: string, entry: { ino: number; size: number; mtimeMs: number }, position: number, length: number): Buffer | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const s = fstatSync(fd);
    if (s.ino !== entry.ino || s.size !== entry.size || s.mtimeMs !== entry.mtimeMs) return null;
    return readAt(fd, position, length);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The first read of an entry: its key and header, and all but the texts of a small roadmap. */
const HEAD_BYTES = 64 * 1024;
/** A header longer than this (thousands of warnings) is a miss. */
const MAX_HEADER_BYTES = 4 * 1024 * 1024;

/** Exactly `length` bytes at `position`, in a buffer of their own (word-aligned for typed arrays); fewer at the end of the file. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafeSlow(length);
  let read = 0;
  for (let n = -1; n !== 0 && read < length; read += n) n = readSync(fd, buffer, read, length - read, position + read);
  return read === length ? buffer : buffer.subarray(0, read);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isText = (v: unknown, limit: number): v is string => typeof v === 'string' && v.length <= limit;

function headerOf(v: unknown): Header | null {
  if (!isObject(v)) return null;
  const { topics, requires, slots, probes, idBytes, titleBytes, exerciseBytes, textBytes, id, title, version, description, source, warnings } = v;
  if (!isCount(topics) || topics === 0 || topics > LIMITS.topics || !isCount(requires) || !isCount(v.exercised)) return null;
  if (!isCount(v.leaves) || v.leaves === 0 || v.leaves > topics) return null;
  if (!isCount(slots) || slots < 2 * topics || (slots & (slots - 1)) !== 0 || !isCount(probes)) return null;
  if (!isCount(idBytes) || !isCount(titleBytes) || !isCount(exerciseBytes) || !isCount(textBytes)) return null;
  if (!isText(id, ENTRY_LIMITS.idBytes) || !isText(title, LIMITS.title) || !isCount(version)) return null;
  if ((description !== null && !isText(description, LIMITS.text)) || (source !== null && !isText(source, LIMITS.url))) return null;
  if (!Array.isArray(warnings)) return null;
  for (const w of warnings) {
    if (!isObject(w) || !isCount(w.line) || !isCount(w.col) || !isText(w.message, LIMITS.text) || (w.severity !== 'warning' && w.severity !== 'error'))
      return null;
  }
  return v as unknown as Header;
}

/**
 * The ids of an entry, checked as a roadmap file's are: slugs (lower-case
 * letters, digits and dashes, not starting with a dash), of bounded length,
 * `n` of them, one per line. Returns where each ends (its newline), or null
 * when one fails. Regular expressions and indexOf do the scanning: native
 * code, where a JavaScript loop over every byte costs ~5 ms at 10,000 ids in
 * a process this short (it runs in the interpreter).
 */
function checkedIds(text: string, n: number): Uint32Array | null {
  if (/[^a-z0-9\n-]/.test(text) || /(?:^|\n)[-\n]/.test(text)) return null;
  const ends = new Uint32Array(n);
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = text.indexOf('\n', start);
    if (end < 0 || end - start > ENTRY_LIMITS.idBytes) return null;
    ends[i] = end;
    start = end + 1;
  }
  return start === text.length ? ends : null;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a over the id's characters (its bytes: ids are ASCII). */
function hashOf(id: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), FNV_PRIME);
  return h;
}

/** An open-addressing table of position + 1 by FNV-1a hash of the id, and its longest probe: written with the entry, so that no run hashes every id. */
function idTableOf(ids: readonly string[]): { table: Int32Array; probes: number } {
  let size = 2;
  while (size < 2 * ids.length) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  let probes = 1;
  ids.forEach((id, i) => {
    let slot = hashOf(id) & mask;
    let probe = 1;
    for (; table[slot] !== 0; probe++) slot = (slot + 1) & mask;
    table[slot] = i + 1;
    probes = Math.max(probes, probe);
  });
  return { table, probes };
}

/**
 * The position of `id`, or -1. The table only proposes: a position counts
 * when the id there is `id` (any other string, "__proto__" included, is not
 * found), and a damaged table can only make an id not found.
 */
function indexIn(table: Int32Array, probes: number, text: string, ends: Uint32Array, id: string): number {
  const mask = table.length - 1;
  let slot = hashOf(id) & mask;
  for (let probe = 0; probe < probes; probe++, slot = (slot + 1) & mask) {
    const j = table[slot]! - 1;
    if (j < 0 || j >= ends.length) return -1;
    const start = j ? ends[j - 1]! + 1 : 0;
    if (ends[j]! - start === id.length && text.startsWith(id, start)) return j;
  }
  return -1;
}

/** A topic's stored texts, checked; null when they are not what entryBytes writes. */
function textsOf(json: string): TopicTexts | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(v) || v.length !== 4) return null;
  const [description, questions, answers, resources] = v as unknown[];
  if (description !== null && !isText(description, LIMITS.text)) return null;
  if (!Array.isArray(questions) || !questions.every((q) => isText(q, LIMITS.text))) return null;
  if (!Array.isArray(answers) || answers.length !== questions.length || !answers.every((a) => a === null || isText(a, LIMITS.text))) return null;
  if (!Array.isArray(resources)) return null;
  const list: Resource[] = [];
  for (const r of resources) {
    if (!Array.isArray(r) || r.length !== 3 || !isText(r[0], LIMITS.url) || !isText(r[1], LIMITS.url) || (r[2] !== null && !isText(r[2], LIMITS.title)))
      return null;
    list.push({ title: r[0], url: r[1], kind: r[2] });
  }
  return { description, questions, answers, resources: list } as TopicTexts;
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
    writeFileSync(temp, entryBytes(stamp.key, value), { mode: 0o600 });
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
      let source: unknown;
      try {
        const fd = openSync(path, 'r');
        try {
          const head = readAt(fd, 0, 8192);
          source = (JSON.parse(head.toString('latin1', 0, Math.max(0, head.indexOf(10)))) as { file?: unknown }).file;
        } finally {
          closeSync(fd);
        }
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
