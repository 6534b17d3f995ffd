// YAML text -> validated RoadmapSpec, or every problem with its line and column.
// Pure: no I/O. Walks the YAML syntax tree (not toJS()) so that each problem
// points at the exact node, and so that aliases are never expanded.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Problem } from '../errors.js';
import { parseEstimate } from './estimate.js';
import { findCycle } from './graph.js';
import { closest } from '../edit-distance.js';
import { RESOURCE_KINDS, type Resource, type RoadmapSpec, type TopicSpec } from './types.js';

export const FORMAT_VERSION = 1;

/**
 * Limits for untrusted files: generous for any real roadmap, small enough that a
 * hostile file is refused quickly with a clear message instead of exhausting
 * memory or drawing megabyte-long lines on a terminal.
 */
export const LIMITS = {
  fileBytes: 16 * 1024 * 1024,
  topics: 250_000,
  depth: 64,
  title: 300,
  id: 120,
  text: 20_000,
  url: 2_048,
} as const;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const TOO_DEEP = 'the YAML is nested too deeply to read';
const ROOT_KEYS = new Set(['id', 'title', 'version', 'description', 'source', 'topics']);
const TOPIC_KEYS = new Set(['id', 'title', 'description', 'estimate', 'requires', 'questions', 'resources', 'exercise', 'children']);
const QUESTION_KEYS = new Set(['question', 'answer']);
const RESOURCE_KEYS = new Set(['title', 'url', 'kind']);

export interface ParseResult {
  spec: RoadmapSpec | null;
  problems: Problem[];
}

type Pos = { line: number; col: number };

/** Slug of a title: "Matrix & Matrix Operations" -> "matrix-and-matrix-operations". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isHttpUrl(text: string): boolean {
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

interface DraftTopic {
  id: string | null;
  idPos: Pos;
  title: string;
  description: string | null;
  estimateHours: number | null;
  requires: { id: string; pos: Pos }[];
  questions: string[];
  answers: (string | null)[];
  resources: Resource[];
  exercise: string | null;
  children: DraftTopic[];
  pos: Pos;
}

export function parseRoadmap(yamlText: string): ParseResult {
  const result = parseUnsorted(yamlText);
  // Report in file order, whatever pass found them.
  result.problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return result;
}

function parseUnsorted(yamlText: string): ParseResult {
  if (yamlText.length > LIMITS.fileBytes) {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    return {
      spec: null,
      problems: [{ line: 1, col: 1, severity: 'error', message: `the file is ${mb(yamlText.length)}; roadmap files are limited to ${mb(LIMITS.fileBytes)}` }],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  const problems: Problem[] = [];
  const at = (offset: number | undefined): Pos => lineCounter.linePos(offset ?? 0);
  const posOf = (node: Node | null | undefined, fallback?: Pos): Pos => (node?.range ? at(node.range[0]) : (fallback ?? { line: 1, col: 1 }));
  const error = (pos: Pos, message: string) => problems.push({ ...pos, message, severity: 'error' });
  const warn = (pos: Pos, message: string) => problems.push({ ...pos, message, severity: 'warning' });

  for (const e of doc.errors) {
    const [start] = e.linePos ?? [{ line: 1, col: 1 }];
    const tooDeep = /call stack/i.test(e.message);
    // The parser may hit its stack limit more than once on one file: say it once.
    if (tooDeep && problems.some((p) => p.message === TOO_DEEP)) continue;
    error(start ?? { line: 1, col: 1 }, tooDeep ? TOO_DEEP : `YAML syntax error: ${firstLine(e.message)}`);
  }
  for (const w of doc.warnings) {
    const [start] = w.linePos ?? [{ line: 1, col: 1 }];
    warn(start ?? { line: 1, col: 1 }, firstLine(w.message));
  }
  if (problems.some((p) => p.severity === 'error')) return { spec: null, problems };

  const root = doc.contents as Node | null;
  if (!isMap(root)) {
    error(posOf(root), 'the roadmap must be a mapping with id, title and topics');
    return { spec: null, problems };
  }

  /** The value of a scalar node, or an error when it is a list, mapping or alias. */
  const scalar = (node: Node | null | undefined, what: string, pos: Pos): unknown => {
    if (isAlias(node)) {
      error(posOf(node, pos), `${what}: YAML aliases are not supported in roadmap files`);
      return undefined;
    }
    if (node != null && !isScalar(node)) {
      error(posOf(node, pos), `${what} must be a single value, not a ${isSeq(node) ? 'list' : 'mapping'}`);
      return undefined;
    }
    return node?.value ?? null;
  };
  const text = (node: Node | null | undefined, what: string, pos: Pos, required: boolean): string | null => {
    const value = scalar(node, what, pos);
    if (value === undefined) return null;
    if (value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) error(posOf(node, pos), `${what} must not be empty`);
      return null;
    }
    if (typeof value !== 'string') {
      error(posOf(node, pos), `${what} must be a string, not ${describe(value)} (quote it)`);
      return null;
    }
    const limit = what === 'title' ? LIMITS.title : what === 'url' || what === 'source' ? LIMITS.url : LIMITS.text;
    if (value.length > limit) {
      error(posOf(node, pos), `${what} is ${value.length} characters long; the limit is ${limit}`);
      return null;
    }
    return value;
  };
  const list = (node: Node | null | undefined, what: string, pos: Pos): Node[] | null => {
    if (node == null || (isScalar(node) && node.value === null)) return [];
    if (isAlias(node)) {
      error(posOf(node, pos), `${what}: YAML aliases are not supported in roadmap files`);
      return null;
    }
    if (!isSeq(node)) {
      error(posOf(node, pos), `${what} must be a list`);
      return null;
    }
    return node.items as Node[];
  };
  const entries = (map: YAMLMap, allowed: Set<string>, where: string): Map<string, Pair<Node, Node | null>> => {
    const out = new Map<string, Pair<Node, Node | null>>();
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null) {
        error(posOf(pair.key, posOf(map)), `${where}: keys must be plain names`);
      } else if (key === '<<') {
        error(posOf(pair.key), `${where}: YAML merge keys (<<) are not supported in roadmap files`);
      } else if (!allowed.has(key)) {
        warn(posOf(pair.key), `unknown key "${key}" in ${where} (ignored)`);
      } else {
        out.set(key, pair);
      }
    }
    return out;
  };

  // --- the roadmap header
  const rootPos = posOf(root);
  const head = entries(root, ROOT_KEYS, 'the roadmap');
  const valuePos = (pair: Pair<Node, Node | null> | undefined) => posOf(pair?.value ?? pair?.key, rootPos);
  const rid = head.get('id');
  const id = rid ? text(rid.value, 'id', valuePos(rid), true) : null;
  if (!rid) error(rootPos, 'the roadmap has no id (add e.g. "id: my-roadmap")');
  else if (id !== null && !SLUG.test(id)) error(valuePos(rid), `id "${id}" must be a slug: lower-case letters, digits and dashes`);
  const rtitle = head.get('title');
  const title = rtitle ? text(rtitle.value, 'title', valuePos(rtitle), true) : null;
  if (!rtitle) error(rootPos, 'the roadmap has no title');
  let version = FORMAT_VERSION;
  const rversion = head.get('version');
  if (rversion) {
    const v = scalar(rversion.value, 'version', valuePos(rversion));
    if (v !== null && v !== undefined) {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) error(valuePos(rversion), 'version must be a whole number such as 1');
      else if (v > FORMAT_VERSION) error(valuePos(rversion), `format version ${v} is newer than this mlroad understands (${FORMAT_VERSION}); upgrade mlroad`);
      else version = v;
    }
  }
  const rdesc = head.get('description');
  const description = rdesc ? text(rdesc.value, 'description', valuePos(rdesc), false) : null;
  const rsource = head.get('source');
  const source = rsource ? text(rsource.value, 'source', valuePos(rsource), false) : null;
  if (source !== null && !isHttpUrl(source)) error(valuePos(rsource), `source must be an http(s) URL, not "${source}"`);

  // --- the topics
  let topicCount = 0;
  const parseTopic = (node: Node, where: string, depth: number): DraftTopic | null => {
    const pos = posOf(node);
    if (++topicCount > LIMITS.topics) {
      if (topicCount === LIMITS.topics + 1) error(pos, `more than ${LIMITS.topics} topics; that is the limit`);
      return null;
    }
    if (depth > LIMITS.depth) {
      error(pos, `topics are nested more than ${LIMITS.depth} levels deep`);
      return null;
    }
    if (isAlias(node)) {
      error(pos, `${where}: YAML aliases are not supported in roadmap files`);
      return null;
    }
    if (!isMap(node)) {
      error(pos, `${where} must be a mapping with at least a title`);
      return null;
    }
    const fields = entries(node, TOPIC_KEYS, 'a topic');
    const vpos = (pair: Pair<Node, Node | null> | undefined) => posOf(pair?.value ?? pair?.key, pos);
    const t = fields.get('title');
    const topicTitle = t ? text(t.value, 'title', vpos(t), true) : null;
    if (!t) error(pos, `${where} has no title`);
    const draft: DraftTopic = {
      id: null,
      idPos: pos,
      title: topicTitle ?? '',
      description: null,
      estimateHours: null,
      requires: [],
      questions: [],
      answers: [],
      resources: [],
      exercise: null,
      children: [],
      pos,
    };
    const tid = fields.get('id');
    if (tid) {
      const value = scalar(tid.value, 'id', vpos(tid));
      draft.idPos = vpos(tid);
      if (typeof value === 'string' || typeof value === 'number') {
        const s = String(value);
        if (s.length > LIMITS.id) error(vpos(tid), `id is ${s.length} characters long; the limit is ${LIMITS.id}`);
        else if (SLUG.test(s)) draft.id = s;
        else error(vpos(tid), `id "${s}" must be a slug: lower-case letters, digits and dashes`);
      } else if (value !== undefined) error(vpos(tid), 'id must not be empty');
    }
    const d = fields.get('description');
    if (d) draft.description = text(d.value, 'description', vpos(d), false);
    const e = fields.get('estimate');
    if (e) {
      const value = scalar(e.value, 'estimate', vpos(e));
      if (value !== null && value !== undefined) {
        const hours = typeof value === 'string' || typeof value === 'number' ? parseEstimate(value) : null;
        if (hours === null) error(vpos(e), `estimate "${String(value)}" is not a study time: use e.g. 90m, 2h, 1.5h or 3d`);
        else draft.estimateHours = hours;
      }
    }
    const r = fields.get('requires');
    if (r) {
      const items = isScalar(r.value) && typeof r.value.value === 'string' ? [r.value] : list(r.value, 'requires', vpos(r));
      for (const item of items ?? []) {
        const ref = text(item, 'a requires entry', vpos(r), true);
        if (ref !== null) draft.requires.push({ id: ref, pos: posOf(item) });
      }
    }
    const q = fields.get('questions');
    if (q) {
      for (const item of list(q.value, 'questions', vpos(q)) ?? []) {
        // A plain string, or {question, answer} (a self-check with its model answer).
        if (isMap(item)) {
          const qf = entries(item, QUESTION_KEYS, 'a question');
          const qq = qf.get('question');
          const qa = qf.get('answer');
          if (!qq) error(posOf(item), 'a question mapping has no "question"');
          const question = qq ? text(qq.value, 'a question', posOf(qq.value ?? qq.key), true) : null;
          const answer = qa ? text(qa.value, 'an answer', posOf(qa.value ?? qa.key), true) : null;
          if (question !== null) {
            draft.questions.push(question);
            draft.answers.push(answer);
          }
        } else {
          const question = text(item, 'a question', vpos(q), true);
          if (question !== null) {
            draft.questions.push(question);
            draft.answers.push(null);
          }
        }
      }
    }
    const res = fields.get('resources');
    if (res) {
      for (const item of list(res.value, 'resources', vpos(res)) ?? []) {
        const resource = parseResource(item);
        if (resource) draft.resources.push(resource);
      }
    }
    const x = fields.get('exercise');
    if (x) {
      const folder = text(x.value, 'exercise', vpos(x), true);
      // A folder relative to the roadmap file, inside its tree: no absolute paths, no "..".
      if (folder !== null && (/^[/\\]|^[a-zA-Z]:/.test(folder) || folder.split(/[/\\]/).includes('..'))) {
        error(vpos(x), `exercise "${folder}" must be a folder relative to the roadmap file, without ".."`);
      } else draft.exercise = folder;
    }
    const c = fields.get('children');
    if (c) {
      const items = list(c.value, 'children', vpos(c));
      if (items && items.length === 0 && c.value && isSeq(c.value)) error(vpos(c), 'children must not be an empty list (remove the key for a leaf)');
      for (const [i, item] of (items ?? []).entries()) {
        const child = parseTopic(item, `child ${i + 1} of "${draft.title}"`, depth + 1);
        if (child) draft.children.push(child);
      }
    }
    if (x && draft.exercise !== null && draft.children.length) error(vpos(x), `only a leaf can have an exercise ("${draft.title}" has children)`);
    return draft;
  };

  const parseResource = (node: Node): Resource | null => {
    const pos = posOf(node);
    if (isScalar(node) && typeof node.value === 'string') {
      if (!isHttpUrl(node.value)) error(pos, `resource URL must be http(s): "${node.value}"`);
      else return { title: node.value, url: node.value, kind: null };
      return null;
    }
    if (!isMap(node)) {
      error(pos, 'a resource must be a mapping with title and url');
      return null;
    }
    const fields = entries(node, RESOURCE_KEYS, 'a resource');
    const vpos = (pair: Pair<Node, Node | null> | undefined) => posOf(pair?.value ?? pair?.key, pos);
    const u = fields.get('url');
    const url = u ? text(u.value, 'url', vpos(u), true) : null;
    if (!u) error(pos, 'a resource has no url');
    else if (url !== null && !isHttpUrl(url)) error(vpos(u), `resource URL must be http(s): "${url}"`);
    const t = fields.get('title');
    const resourceTitle = t ? text(t.value, 'title', vpos(t), false) : null;
    const k = fields.get('kind');
    const kind = k ? text(k.value, 'kind', vpos(k), false) : null;
    if (kind !== null && !(RESOURCE_KINDS as readonly string[]).includes(kind)) {
      warn(vpos(k), `unknown resource kind "${kind}" (known: ${RESOURCE_KINDS.join(', ')})`);
    }
    if (url === null || !isHttpUrl(url)) return null;
    return { title: resourceTitle ?? url, url, kind };
  };

  const topicsPair = head.get('topics');
  const drafts: DraftTopic[] = [];
  if (!topicsPair) error(rootPos, 'the roadmap has no topics (add a "topics:" list)');
  else {
    const items = list(topicsPair.value, 'topics', valuePos(topicsPair));
    if (items && items.length === 0) error(valuePos(topicsPair), 'topics must be a non-empty list');
    for (const [i, item] of (items ?? []).entries()) {
      const t = parseTopic(item, `topic ${i + 1}`, 1);
      if (t) drafts.push(t);
    }
  }

  // --- ids: explicit ones first (duplicates reported at each later one), then derived
  const taken = new Map<string, Pos>();
  const walk = (list: DraftTopic[], fn: (t: DraftTopic, parent: DraftTopic | null) => void, parent: DraftTopic | null = null) => {
    for (const t of list) {
      fn(t, parent);
      walk(t.children, fn, t);
    }
  };
  walk(drafts, (t) => {
    if (t.id === null) return;
    const first = taken.get(t.id);
    if (first) error(t.idPos, `duplicate id "${t.id}" (first used at line ${first.line})`);
    else taken.set(t.id, t.idPos);
  });
  walk(drafts, (t, parent) => {
    if (t.id !== null) return;
    const base = slugify(t.title) || 'topic';
    let candidate = base;
    if (taken.has(candidate) && parent?.id) candidate = `${parent.id}-${base}`;
    for (let n = 2; taken.has(candidate); n++) candidate = `${parent?.id ? `${parent.id}-` : ''}${base}-${n}`;
    t.id = candidate;
    taken.set(candidate, t.pos);
  });

  // --- prerequisites: known targets, then no cycles
  walk(drafts, (t) => {
    for (const r of t.requires) if (!taken.has(r.id)) error(r.pos, `unknown topic "${r.id}" in requires of "${t.id}"${suggest(r.id, taken.keys())}`);
  });
  // Unknown targets are skipped by findCycle, so a cycle is found even among other problems.
  const cycle = findCycle<DraftTopic['requires'][number]>(drafts);
  if (cycle) error(cycle.edge.pos, `prerequisite cycle: ${cycle.path.join(' → ')}`);

  if (problems.some((p) => p.severity === 'error') || id === null || title === null) return { spec: null, problems };
  const freeze = (t: DraftTopic): TopicSpec => ({
    id: t.id as string,
    title: t.title,
    description: t.description,
    estimateHours: t.estimateHours,
    requires: t.requires.map((r) => r.id),
    questions: t.questions,
    answers: t.answers,
    resources: t.resources,
    exercise: t.exercise,
    children: t.children.map(freeze),
  });
  return { spec: { id, title, version, description, source, topics: drafts.map(freeze) }, problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describe(value: unknown): string {
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return typeof value;
}

function suggest(ref: string, ids: Iterable<string>): string {
  const best = closest(ref, ids, Math.max(2, Math.floor(ref.length / 3)));
  return best ? ` (did you mean "${best}"?)` : '';
}
