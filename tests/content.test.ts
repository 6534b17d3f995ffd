// Content checks for the shipped roadmap.yaml: its structure must equal the
// seed outline, and every topic must carry the study-guide content described
// in the roadmap file format of the README (descriptions, estimates, resources, questions, requires).
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROADMAP_PATH = fileURLToPath(new URL('../roadmap.yaml', import.meta.url));
// The roadmap.sh outline and the list of verified links (with how each was verified), kept in the repository.
const OUTLINE_PATH = fileURLToPath(new URL('./fixtures/ml-roadmap-outline.txt', import.meta.url));
const RESOURCES_PATH = fileURLToPath(new URL('./fixtures/verified-links.md', import.meta.url));

const KINDS = new Set(['article', 'video', 'course', 'book', 'docs', 'exercise']);
const ESTIMATE = /^(\d+(?:\.\d+)?)(m|h|d)$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
/** The outline's only known typo, corrected in roadmap.yaml. */
const TITLE_CORRECTIONS: Record<string, string> = {
  'Random Variances, PDFs': 'Random Variables, PDFs',
};

interface Resource {
  title?: unknown;
  url?: unknown;
  kind?: unknown;
}

interface RawTopic {
  title?: unknown;
  id?: unknown;
  description?: unknown;
  estimate?: unknown;
  requires?: unknown;
  questions?: unknown;
  resources?: unknown;
  children?: unknown;
}

interface Topic {
  raw: RawTopic;
  id: string;
  title: string;
  number: string;
  parent: Topic | undefined;
  children: Topic[];
}

interface OutlineEntry {
  number: string;
  title: string;
}

function flatten(raws: RawTopic[], parent: Topic | undefined, prefix: string, out: Topic[]): Topic[] {
  raws.forEach((raw, i) => {
    const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    const topic: Topic = {
      raw,
      id: String(raw.id),
      title: String(raw.title),
      number,
      parent,
      children: [],
    };
    out.push(topic);
    parent?.children.push(topic);
    if (Array.isArray(raw.children)) flatten(raw.children as RawTopic[], topic, number, out);
  });
  return out;
}

function parseOutline(text: string): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:•\s*)?(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*$/.exec(line);
    if (!m) continue;
    const title = m[2]!;
    entries.push({ number: m[1]!, title: TITLE_CORRECTIONS[title] ?? title });
  }
  return entries;
}

/** Number of sentences: terminal punctuation followed by a new sentence or the end. */
function sentenceCount(text: string): number {
  return (text.trim().match(/[.!?](?=\s+[A-Z0-9("'“]|\s*$)/g) ?? []).length;
}

function estimateHours(value: string): number {
  const m = ESTIMATE.exec(value);
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'm' ? n / 60 : m[2] === 'd' ? n * 8 : n;
}

function leavesOf(topic: Topic): Topic[] {
  return topic.children.length === 0 ? [topic] : topic.children.flatMap(leavesOf);
}

function ancestors(topic: Topic): Topic[] {
  const list: Topic[] = [];
  for (let p = topic.parent; p; p = p.parent) list.push(p);
  return list;
}

function requiresOf(topic: Topic): string[] {
  return Array.isArray(topic.raw.requires) ? (topic.raw.requires as unknown[]).map(String) : [];
}

const source = readFileSync(ROADMAP_PATH, 'utf8');
const doc = parse(source) as { topics: RawTopic[] } & Record<string, unknown>;
const topics = flatten(doc.topics, undefined, '', []);
const byId = new Map(topics.map((t) => [t.id, t]));
const leaves = topics.filter((t) => t.children.length === 0);
const parents = topics.filter((t) => t.children.length > 0);
const outline = parseOutline(readFileSync(OUTLINE_PATH, 'utf8'));
const resourcesText = readFileSync(RESOURCES_PATH, 'utf8');
const listedUrls = new Set(resourcesText.match(/https?:\/\/[^\s|<>`]+/g) ?? []);

describe('roadmap.yaml structure', () => {
  it('keeps the header keys', () => {
    expect(doc.id).toBe('machine-learning');
    expect(typeof doc.title).toBe('string');
    expect(Array.isArray(doc.topics)).toBe(true);
  });

  it('parses the outline into 159 numbered topics', () => {
    expect(outline).toHaveLength(159);
  });

  it('has the same numbers and titles as the outline, in order', () => {
    expect(topics.map((t) => `${t.number} ${t.title}`)).toEqual(outline.map((e) => `${e.number} ${e.title}`));
  });

  it('has 9 sections, 159 topics and 121 leaves', () => {
    expect(doc.topics).toHaveLength(9);
    expect(topics).toHaveLength(159);
    expect(leaves).toHaveLength(121);
  });

  it('has the same leaves as the outline', () => {
    const outlineNumbers = outline.map((e) => e.number);
    const outlineLeaves = outlineNumbers.filter((n) => !outlineNumbers.some((o) => o.startsWith(`${n}.`)));
    expect(leaves.map((t) => t.number)).toEqual(outlineLeaves);
  });

  it('has unique slug ids on every topic', () => {
    for (const t of topics) expect(t.id, `${t.number} ${t.title}`).toMatch(ID);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });

  it('keeps a matching "# N.N" comment after every title', () => {
    const comments = source
      .split('\n')
      .filter((line) => /^\s*- title:/.test(line) && /#\s*\d+(?:\.\d+)*\s*$/.test(line))
      .map((line) => /#\s*(\d+(?:\.\d+)*)\s*$/.exec(line)![1]);
    expect(comments).toEqual(topics.map((t) => t.number));
  });
});

describe('roadmap.yaml content', () => {
  it('gives every leaf a description of 2 to 6 sentences', () => {
    for (const t of leaves) {
      const label = `${t.number} ${t.title}`;
      expect(typeof t.raw.description, label).toBe('string');
      const n = sentenceCount(String(t.raw.description));
      expect(n, `${label}: ${n} sentences`).toBeGreaterThanOrEqual(2);
      expect(n, `${label}: ${n} sentences`).toBeLessThanOrEqual(6);
    }
  });

  it('gives every parent a one-sentence description and no estimate', () => {
    for (const t of parents) {
      const label = `${t.number} ${t.title}`;
      expect(typeof t.raw.description, label).toBe('string');
      expect(sentenceCount(String(t.raw.description)), label).toBe(1);
      expect(t.raw.estimate, `${label} is a parent: its estimate is summed from leaves`).toBeUndefined();
    }
  });

  it('gives every leaf a realistic estimate in the 90m / 2h / 1.5h / 3d format', () => {
    let total = 0;
    for (const t of leaves) {
      const label = `${t.number} ${t.title}`;
      expect(typeof t.raw.estimate, label).toBe('string');
      const value = String(t.raw.estimate);
      expect(value, label).toMatch(ESTIMATE);
      const hours = estimateHours(value);
      expect(hours, label).toBeGreaterThanOrEqual(0.25);
      expect(hours, label).toBeLessThanOrEqual(40);
      total += hours;
    }
    expect(total).toBeGreaterThan(100);
  });

  it('gives every leaf 2 to 4 self-check questions, each with a model answer of 1–5 sentences and 15–120 words', () => {
    let answers = 0;
    for (const t of leaves) {
      const label = `${t.number} ${t.title}`;
      expect(Array.isArray(t.raw.questions), label).toBe(true);
      const questions = t.raw.questions as { question?: unknown; answer?: unknown }[];
      expect(questions.length, label).toBeGreaterThanOrEqual(2);
      expect(questions.length, label).toBeLessThanOrEqual(4);
      for (const q of questions) {
        expect(typeof q, `${label}: a question without an answer`).toBe('object');
        expect(typeof q.question, label).toBe('string');
        expect(String(q.question).trim().length, `${label}: question too short`).toBeGreaterThanOrEqual(15);
        expect(typeof q.answer, `${label}: "${String(q.question)}" has no answer`).toBe('string');
        const answer = String(q.answer);
        const words = answer.split(/\s+/).filter(Boolean).length;
        const sentences = sentenceCount(answer);
        expect(words, `${label}: the answer to "${String(q.question)}" has ${words} words`).toBeGreaterThanOrEqual(15);
        expect(words, `${label}: the answer to "${String(q.question)}" has ${words} words`).toBeLessThanOrEqual(120);
        expect(sentences, `${label}: the answer to "${String(q.question)}" has ${sentences} sentences`).toBeGreaterThanOrEqual(1);
        expect(sentences, `${label}: the answer to "${String(q.question)}" has ${sentences} sentences`).toBeLessThanOrEqual(5);
        answers++;
      }
      expect(new Set(questions.map((q) => q.question)).size, `${label}: duplicate question`).toBe(questions.length);
    }
    expect(answers).toBeGreaterThan(250);
  });

  it('gives every leaf 1 to 7 resources', () => {
    for (const t of leaves) {
      const label = `${t.number} ${t.title}`;
      expect(Array.isArray(t.raw.resources), label).toBe(true);
      const n = (t.raw.resources as unknown[]).length;
      expect(n, label).toBeGreaterThanOrEqual(1);
      expect(n, label).toBeLessThanOrEqual(7);
    }
  });

  it('has at least one exercise resource in every section where practice makes sense (all but the introduction)', () => {
    for (const section of topics.filter((t) => !t.number.includes('.') && t.number !== '1')) {
      const below = topics.filter((t) => t.number.startsWith(`${section.number}.`));
      const kinds = below.flatMap((t) => ((t.raw.resources as Resource[] | undefined) ?? []).map((r) => r.kind));
      expect(kinds, `${section.number} ${section.title}`).toContain('exercise');
    }
  });
});

describe('roadmap.yaml resources', () => {
  const withResources = topics.filter((t) => t.raw.resources !== undefined);

  it('uses only titled https URLs with an allowed kind', () => {
    for (const t of withResources) {
      expect(Array.isArray(t.raw.resources), t.number).toBe(true);
      for (const r of t.raw.resources as Resource[]) {
        const label = `${t.number} ${t.title}: ${String(r.url)}`;
        expect(typeof r.title, label).toBe('string');
        expect(String(r.title).trim().length, label).toBeGreaterThan(0);
        expect(typeof r.url, label).toBe('string');
        expect(() => new URL(String(r.url)), label).not.toThrow();
        expect(new URL(String(r.url)).protocol, label).toBe('https:');
        expect(KINDS.has(String(r.kind)), `${label}: kind ${String(r.kind)}`).toBe(true);
      }
    }
  });

  it('has no duplicate URL within a topic', () => {
    for (const t of withResources) {
      const urls = (t.raw.resources as Resource[]).map((r) => String(r.url));
      expect(new Set(urls).size, `${t.number} ${t.title}`).toBe(urls.length);
    }
  });

  it('uses only URLs listed, character for character, in tests/fixtures/verified-links.md', () => {
    expect(listedUrls.size).toBeGreaterThan(100);
    const unlisted = withResources.flatMap((t) =>
      (t.raw.resources as Resource[])
        .map((r) => String(r.url))
        .filter((url) => !listedUrls.has(url))
        .map((url) => `${t.number} ${url}`),
    );
    expect(unlisted).toEqual([]);
  });
});

describe('roadmap.yaml prerequisites', () => {
  const withRequires = topics.filter((t) => t.raw.requires !== undefined);

  it('lists requires as arrays of existing ids', () => {
    for (const t of withRequires) {
      expect(Array.isArray(t.raw.requires), t.number).toBe(true);
      for (const id of requiresOf(t)) expect(byId.has(id), `${t.number} requires unknown id ${id}`).toBe(true);
    }
  });

  it('never requires a topic itself, its ancestor or its descendant', () => {
    for (const t of withRequires) {
      const related = new Set([t, ...ancestors(t)].map((x) => x.id));
      for (const id of requiresOf(t)) {
        expect(related.has(id), `${t.number} requires itself or its ancestor ${id}`).toBe(false);
        const target = byId.get(id);
        if (target) expect(ancestors(target).includes(t), `${t.number} requires its descendant ${id}`).toBe(false);
      }
    }
  });

  it('forms an acyclic graph over leaves (parent requires apply to every leaf below)', () => {
    const edges = new Map<string, Set<string>>();
    for (const leaf of leaves) {
      const targets = new Set<string>();
      for (const holder of [leaf, ...ancestors(leaf)]) {
        for (const id of requiresOf(holder)) {
          const target = byId.get(id);
          if (target) for (const l of leavesOf(target)) targets.add(l.id);
        }
      }
      edges.set(leaf.id, targets);
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(id)), id].join(' -> '));
        return;
      }
      state.set(id, 'visiting');
      for (const next of edges.get(id) ?? []) visit(next, [...path, id]);
      state.set(id, 'done');
    };
    for (const leaf of leaves) visit(leaf.id, []);
    expect(cycles).toEqual([]);
  });
});
