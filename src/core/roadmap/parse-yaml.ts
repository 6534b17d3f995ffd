// The YAML walk: text -> draft topics, with every problem of a single field
// (type, length, form, unknown keys) at its line and column. It walks the
// syntax tree, not toJS(), so each problem points at its node and aliases are
// never expanded. Rules that need the whole file (ids, references, cycles)
// are in parse-rules.ts. Nothing here is worse than linear in the file's size:
// keys are checked for duplicates with a Set (the YAML library's own
// uniqueKeys check compares every pair of keys in a mapping).
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Problem } from '../errors.js';
import { parseEstimate } from './estimate.js';
import { closest } from '../edit-distance.js';
import { RESOURCE_KINDS, type Resource } from './types.js';

const FORMAT_VERSION = 1;

/**
 * Limits for untrusted files: generous for any real roadmap, small enough that a
 * hostile file is refused quickly with a clear message instead of exhausting
 * memory or drawing megabyte-long lines on a terminal. A million topics fit
 * (a generated 1,000,000-topic roadmap with descriptions, resources and
 * questions takes 129 MB); files over 16 MB are read a section at a time, each
 * section at most 16 MB (see parse-large.ts and docs/performance.md).
 */
export const LIMITS = {
  fileBytes: 160 * 1024 * 1024,
  topics: 1_000_000,
  depth: 64,
  title: 300,
  id: 120,
  text: 20_000,
  url: 2_048,
} as const;
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const TOO_DEEP = 'the YAML is nested too deeply to read';
const ROOT_KEYS = new Set(['id', 'title', 'version', 'description', 'source', 'topics']);
const TOPIC_KEYS = new Set(['id', 'title', 'description', 'estimate', 'requires', 'questions', 'resources', 'exercise', 'children']);
const QUESTION_KEYS = new Set(['question', 'answer']);
const RESOURCE_KEYS = new Set(['title', 'url', 'kind']);

export type Pos = { line: number; col: number };

/** Slug of a title: "Matrix & Matrix Operations" -> "matrix-and-matrix-operations". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isHttpUrl(text: string): boolean {
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A topic as read from the file; `id` is null until parse-rules.ts derives it. */
export interface DraftTopic {
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

/** The roadmap's header fields and its draft topics; null when the YAML cannot be read at all. */
export interface Walked {
  id: string | null;
  title: string | null;
  version: number;
  description: string | null;
  source: string | null;
  topics: DraftTopic[];
}

const TAB_INDENT = 'a tab is used for indentation: YAML indents with spaces only (replace the tab with spaces)';

/** Walks the YAML of a roadmap file, adding every problem found to `problems`. */
export function walkRoadmap(yamlText: string, problems: Problem[]): Walked | null {
  if (yamlText.length > LIMITS.fileBytes) {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    problems.push({ line: 1, col: 1, severity: 'error', message: `the file is ${mb(yamlText.length)}; roadmap files are limited to ${mb(LIMITS.fileBytes)}` });
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: false, prettyErrors: true, strict: true });
  const at = (offset: number | undefined): Pos => lineCounter.linePos(offset ?? 0);
  const posOf = (node: Node | null | undefined, fallback?: Pos): Pos => (node?.range ? at(node.range[0]) : (fallback ?? { line: 1, col: 1 }));
  const error = (pos: Pos, message: string) => problems.push({ ...pos, message, severity: 'error' });
  const warn = (pos: Pos, message: string) => problems.push({ ...pos, message, severity: 'warning' });

  // A tab in the indentation confuses everything after it on that line: say that, once per line, and nothing else.
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  for (const e of tabs) {
    const [start] = e.linePos ?? [{ line: 1, col: 1 }];
    if (!problems.some((p) => p.line === start?.line && p.message === TAB_INDENT)) error(start ?? { line: 1, col: 1 }, TAB_INDENT);
  }
  for (const e of tabs.length ? [] : doc.errors) {
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
  if (problems.some((p) => p.severity === 'error')) return null;

  const root = doc.contents as Node | null;
  if (!isMap(root)) {
    error(posOf(root), 'the roadmap must be a mapping with id, title and topics');
    return null;
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
    const seen = new Map<string, Pos>();
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      const first = key === null ? undefined : seen.get(key);
      if (first) {
        error(posOf(pair.key), `duplicate key "${key}" in ${where} (first given at line ${first.line})`);
        continue;
      }
      if (key !== null) seen.set(key, posOf(pair.key));
      if (key === null) {
        error(posOf(pair.key, posOf(map)), `${where}: keys must be plain names`);
      } else if (key === '<<') {
        error(posOf(pair.key), `${where}: YAML merge keys (<<) are not supported in roadmap files`);
      } else if (!allowed.has(key)) {
        warn(posOf(pair.key), `unknown key "${key}" in ${where} (ignored)${keyHint(key, allowed)}`);
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
  return { id, title, version, description, source, topics: drafts };
}

/** Keys people write for the ones a roadmap file has. */
const SYNONYMS: Readonly<Record<string, string>> = {
  prerequisites: 'requires',
  prerequisite: 'requires',
  prereqs: 'requires',
  depends: 'requires',
  'depends-on': 'requires',
  depends_on: 'requires',
  dependencies: 'requires',
  require: 'requires',
  name: 'title',
  subtopics: 'children',
  topics: 'children',
  items: 'children',
  links: 'resources',
  resource: 'resources',
  link: 'url',
  href: 'url',
  type: 'kind',
  time: 'estimate',
  duration: 'estimate',
  hours: 'estimate',
  question: 'questions',
  desc: 'description',
  summary: 'description',
};

/** " (did you mean "requires"?)" for a misspelt or synonymous key, else "". Cheap: the allowed keys are few and short. */
function keyHint(key: string, allowed: Set<string>): string {
  const lower = key.toLowerCase();
  const synonym = Object.prototype.hasOwnProperty.call(SYNONYMS, lower) ? SYNONYMS[lower]! : null;
  const hint =
    synonym !== null && allowed.has(synonym)
      ? synonym
      : allowed.has(lower)
        ? lower
        : closest(lower, allowed, Math.max(1, Math.min(3, Math.floor(lower.length / 3))));
  return hint !== null && hint !== key ? ` (did you mean "${hint}"?)` : '';
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describe(value: unknown): string {
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return typeof value;
}
