// Reading the state file: plain fs + JSON (no conf on the read path, which
// keeps `mlroad next` light). Anything unexpected is refused, never repaired
// silently: a corrupt file is copied aside and reported, and left as it is.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { OperationalError } from '../core/errors.js';
import { isObject } from '../core/values.js';
import { isStatus } from '../core/progress.js';
import { cardProblem, reviewsProblem } from '../core/review/card.js';
import { practiceProblem } from '../core/state/practice.js';
import { MIGRATIONS, migrate, type Migration } from './migrate.js';
import { STATE_VERSION, emptyState, prototypeFree, type StateDoc } from '../core/state/types.js';

export interface ReadOptions {
  version?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

/** The state document (migrated to the current layout) and the version it had on disk. */
export function readState(file: string, { version = STATE_VERSION, migrations = MIGRATIONS }: ReadOptions = {}): { doc: StateDoc; diskVersion: number } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { doc: { ...emptyState(), version }, diskVersion: version };
    throw new OperationalError(`cannot read the state file ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    // A byte-order mark (some editors add one) is not part of the JSON.
    data = JSON.parse(stripBom(text));
  } catch (error) {
    throw corrupt(file, text, `not valid JSON (${(error as Error).message})`);
  }
  if (nestedDeeperThan(data, MAX_DEPTH)) throw corrupt(file, text, `it is nested more than ${MAX_DEPTH} levels deep`);
  const diskVersion = isObject(data) && typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : NaN;
  if (diskVersion > version) {
    throw new OperationalError(
      `the state file ${file} was written by a newer mlroad (state version ${diskVersion}, this one reads ${version}); upgrade mlroad. The file was not changed.`,
    );
  }
  if (diskVersion >= 1 && diskVersion < version) {
    try {
      data = migrate(data as Record<string, unknown>, version, migrations).data;
    } catch (error) {
      throw corrupt(file, text, `it cannot be upgraded from state version ${diskVersion} (${(error as Error).message})`);
    }
  }
  const problem = shapeProblem(data);
  if (problem) throw corrupt(file, text, problem);
  return { doc: prototypeFree(data as StateDoc), diskVersion };
}

/** The text a state document is stored as. */
export const serializeState = (doc: StateDoc): string => `${JSON.stringify(doc, null, 2)}\n`;

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** State files are a few levels deep; anything much deeper is damage (and would overflow the stack when written). */
const MAX_DEPTH = 32;

/** Whether `value` nests objects or arrays more than `max` levels deep (iterative: safe on any input). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** Why the parsed JSON is not a state document, or null when it is one. */
export function shapeProblem(data: unknown): string | null {
  if (!isObject(data)) return 'the top level is not an object';
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return '"version" is missing or not a whole number';
  if (!isObject(data.roadmaps)) return '"roadmaps" is missing or not an object';
  for (const [rid, roadmap] of Object.entries(data.roadmaps)) {
    if (!isObject(roadmap) || !isObject(roadmap.topics)) return `roadmap "${rid}" has no "topics" object`;
    if (roadmap.focus !== undefined && typeof roadmap.focus !== 'string') return `the focus of roadmap "${rid}" is not a topic id`;
    if (roadmap.changes !== undefined && !isCount(roadmap.changes)) return `"changes" of roadmap "${rid}" is not a whole number`;
    for (const [tid, record] of Object.entries(roadmap.topics)) {
      if (!isObject(record) || !isStatus(record.status) || !Array.isArray(record.history)) return `topic "${tid}" of "${rid}" is not a status record`;
      for (const h of record.history) {
        if (
          !isObject(h) ||
          !isStatus(h.status) ||
          !isTime(h.at) ||
          !isStatus(h.previous) ||
          !isCount(h.change) ||
          (h.undoes !== undefined && !isCount(h.undoes)) ||
          (h.via !== undefined && typeof h.via !== 'string') ||
          (h.card !== undefined && cardProblem(h.card) !== null)
        ) {
          return `topic "${tid}" of "${rid}" has a malformed history entry`;
        }
      }
      if (
        record.notes !== undefined &&
        (!Array.isArray(record.notes) || !record.notes.every((n) => isObject(n) && typeof n.at === 'string' && typeof n.text === 'string'))
      ) {
        return `topic "${tid}" of "${rid}" has malformed notes`;
      }
      const card = record.card === undefined ? null : cardProblem(record.card);
      if (card) return `the review card of topic "${tid}" of "${rid}" ${card}`;
      const reviews = record.reviews === undefined ? null : reviewsProblem(record.reviews);
      if (reviews) return `the review log of topic "${tid}" of "${rid}" ${reviews}`;
      const practice = record.practice === undefined ? null : practiceProblem(record.practice);
      if (practice) return `the practice record of topic "${tid}" of "${rid}" ${practice}`;
    }
  }
  return null;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Keeps a copy of the bad file (once per distinct content) and builds the error. */
function corrupt(file: string, text: string, why: string): OperationalError {
  const copy = `${file}.corrupt-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
  let kept = `a copy is at ${copy}`;
  try {
    if (!existsSync(copy)) writeFileSync(copy, text, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    kept = `no copy could be made (${(error as Error).message})`;
  }
  return new OperationalError(
    `the state file ${file} is corrupt: ${why}. It was not changed; ${kept}. Run \`mlroad doctor --repair\` to keep what can be saved (with a backup), or fix the file by hand.`,
  );
}
