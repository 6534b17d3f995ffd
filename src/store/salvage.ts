// Pure diagnosis and repair of a state document: orphaned progress, renamed
// ids, and salvaging what is well-formed from a damaged file.
import type { Roadmap } from '../core/roadmap/types.js';
import { nestedDeeperThan, shapeProblem, stripBom } from './state-file.js';
import { STATE_VERSION, emptyRoadmapState, emptyState, type StateDoc, type TopicRecord } from '../core/state/types.js';
import { isObject } from '../core/values.js';

export interface Orphan {
  id: string;
  record: TopicRecord;
}

/** Progress kept for topic ids that are not in the roadmap (kept, never deleted). */
export function orphans(doc: StateDoc, roadmap: Roadmap): Orphan[] {
  const topics = doc.roadmaps[roadmap.id]?.topics ?? {};
  return Object.entries(topics)
    .filter(([id]) => !roadmap.byId.has(id))
    .map(([id, record]) => ({ id, record }));
}

/**
 * Moves the progress of `oldId` to `newId` within one roadmap. When both have
 * records, histories are merged in time order and the latest status wins.
 */
export function renameTopic(doc: StateDoc, roadmapId: string, oldId: string, newId: string): TopicRecord {
  const state = doc.roadmaps[roadmapId];
  const from = state?.topics[oldId];
  if (!state || !from) throw new Error(`no progress recorded for "${oldId}"`);
  const into = state.topics[newId];
  let merged: TopicRecord = from;
  if (into) {
    const history = [...into.history, ...from.history].sort((a, b) => a.at.localeCompare(b.at) || a.change - b.change);
    const latest = history[history.length - 1];
    merged = { ...into, ...from, history, status: latest?.status ?? into.status };
    const notes = [...(into.notes ?? []), ...(from.notes ?? [])].sort((a, b) => a.at.localeCompare(b.at));
    if (notes.length) merged.notes = notes;
  }
  delete state.topics[oldId];
  state.topics[newId] = merged;
  return merged;
}

export interface Salvage {
  doc: StateDoc;
  /** What could not be kept, for the report ("topic x of y: not a status record"). */
  dropped: string[];
}

/** Keeps every well-formed roadmap and topic record of parsed JSON; drops the rest (and any record in `cut`: one the damage ran through). */
function salvage(data: unknown, cut: ReadonlySet<object> = new Set()): Salvage & { kept: number } {
  const doc: StateDoc = emptyState();
  let kept = 0;
  const dropped: string[] = [];
  if (!isObject(data) || !isObject(data.roadmaps)) {
    dropped.push('everything: the file has no "roadmaps" object');
    return { doc, dropped, kept };
  }
  for (const [rid, roadmap] of Object.entries(data.roadmaps)) {
    if (!isObject(roadmap) || !isObject(roadmap.topics)) {
      dropped.push(`roadmap "${rid}": no "topics" object`);
      continue;
    }
    const state = emptyRoadmapState();
    if (typeof roadmap.focus === 'string') state.focus = roadmap.focus;
    for (const [tid, record] of Object.entries(roadmap.topics)) {
      if (typeof record === 'object' && record !== null && cut.has(record)) {
        dropped.push(`topic "${tid}" of "${rid}": the file ends inside it`);
        continue;
      }
      // Validate one record at a time with the same rules as the reader.
      const problem = shapeProblem({ version: STATE_VERSION, roadmaps: { [rid]: { topics: { [tid]: record } } } });
      if (problem) {
        dropped.push(problem);
        continue;
      }
      const r = record as TopicRecord;
      state.topics[tid] = r;
      kept++;
      for (const h of r.history) state.changes = Math.max(state.changes, Number.isInteger(h.change) ? h.change : 0);
    }
    if (typeof roadmap.changes === 'number' && Number.isSafeInteger(roadmap.changes) && roadmap.changes >= 0)
      state.changes = Math.max(state.changes, roadmap.changes);
    doc.roadmaps[rid] = state;
  }
  return { doc, dropped, kept };
}

/**
 * What can be saved of a state file's text: all of it when it parses, else
 * every complete record before the damage (a truncated file, the usual damage
 * of a full disk or a crash, keeps everything up to where it ends).
 */
export function salvageText(text: string): Salvage & { kept: number; complete: boolean } {
  const source = stripBom(text);
  try {
    const data: unknown = JSON.parse(source);
    if (!nestedDeeperThan(data, 32)) return { ...salvage(data), complete: true };
  } catch {
    // damaged: read what precedes the damage
  }
  const { value, open } = parsePrefix(source);
  const result = salvage(value, open);
  if (value === undefined) result.dropped.splice(0, result.dropped.length, 'everything: no complete JSON value at the start of the file');
  return { ...result, complete: false };
}

/**
 * Parses the longest prefix of `text` that is JSON up to where it breaks, and
 * closes what was left open there. Returns the value and the objects and
 * arrays still open at the break (the damage ran through them). Iterative, so
 * any nesting is safe; containers nested deeper than 64 are not read.
 */
export function parsePrefix(text: string): { value: unknown; open: Set<object> } {
  const open = new Set<object>();
  type Frame = { container: Record<string, unknown> | unknown[]; key: string | null };
  const stack: Frame[] = [];
  let root: unknown;
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** A complete scalar at i (i moves past it), or undefined. A number that runs to the end may be cut: not complete. */
  const scalar = (): { value: unknown } | undefined => {
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) return ((i += word.length), { value });
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && i + number[0].length < text.length) return ((i += number[0].length), { value: Number(number[0]) });
    if (text[i] === '"') {
      const string = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i, i + 1_000_000));
      if (string) return ((i += string[0].length), { value: JSON.parse(string[0]) as string });
    }
    return undefined;
  };
  const place = (value: unknown): void => {
    const top = stack[stack.length - 1];
    if (!top) root = value;
    else if (Array.isArray(top.container)) top.container.push(value);
    else top.container[top.key!] = value;
  };
  /** After a value inside a container: a comma, or the container's end (closed here). False when the text breaks. */
  const next = (): boolean => {
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) return true;
      ws();
      if (text[i] === ',') {
        i++;
        top.key = null;
        return true;
      }
      const end = Array.isArray(top.container) ? ']' : '}';
      if (text[i] !== end) return false;
      i++;
      open.delete(top.container);
      stack.pop();
    }
  };
  for (;;) {
    ws();
    const top = stack[stack.length - 1];
    if (top && !Array.isArray(top.container)) {
      if (top.key === null && text[i] === '}' && Object.keys(top.container).length === 0) {
        i++;
        open.delete(top.container);
        stack.pop();
        if (!next() || stack.length === 0) break;
        continue;
      }
      const key = scalar();
      if (!key || typeof key.value !== 'string') break;
      ws();
      if (text[i] !== ':') break;
      i++;
      top.key = key.value;
      ws();
    } else if (top && text[i] === ']' && top.container.length === 0) {
      i++;
      open.delete(top.container);
      stack.pop();
      if (!next() || stack.length === 0) break;
      continue;
    }
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length >= 64) break;
      i++;
      const container = c === '{' ? (Object.create(null) as Record<string, unknown>) : ([] as unknown[]);
      place(container);
      open.add(container);
      stack.push({ container, key: null });
      continue;
    }
    const value = scalar();
    if (!value) break;
    place(value.value);
    if (!next() || stack.length === 0) break;
  }
  return { value: root, open };
}
