// Hostile roadmap files are answered quickly: the files that took minutes
// (issue 12) are parsed here with a generous bound, ten times what they take
// on a slow machine, and the work of each step is counted where it can be.
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/core/roadmap/parse.js';
import { assignIds, checkRequires } from '../../src/core/roadmap/parse-rules.js';
import type { DraftTopic } from '../../src/core/roadmap/parse-yaml.js';
import { closest, editDistance, SUGGESTION_BUDGET } from '../../src/core/edit-distance.js';
import type { Problem } from '../../src/core/errors.js';
import { suggestTopics } from '../../src/core/roadmap/resolve.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { writeRoadmap } from '../helpers.js';

/** Each of these took 10 s to 5 minutes before; now about 1 s. A blow-up by an order of magnitude fails. */
const BOUND_MS = 10_000;

const timed = <T>(fn: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
};

const draft = (title: string, children: DraftTopic[] = [], id: string | null = null): DraftTopic => ({
  id,
  idPos: { line: 1, col: 1 },
  title,
  description: null,
  estimateHours: null,
  requires: [],
  questions: [],
  answers: [],
  resources: [],
  exercise: null,
  children,
  pos: { line: 1, col: 1 },
});

/** The id derivation as it was (try -2, -3, … from the start each time): the reference for stable ids. */
function oldIds(drafts: DraftTopic[]): string[] {
  const taken = new Set<string>();
  const out: string[] = [];
  const walk = (list: DraftTopic[]) => {
    for (const t of list) {
      if (t.id !== null) taken.add(t.id);
      walk(t.children);
    }
  };
  walk(drafts);
  const derive = (list: DraftTopic[], parentId: string | null) => {
    for (const t of list) {
      let id = t.id;
      if (id === null) {
        const base =
          t.title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '') || 'topic';
        id = base;
        if (taken.has(id) && parentId) id = `${parentId}-${base}`;
        for (let n = 2; taken.has(id); n++) id = `${parentId ? `${parentId}-` : ''}${base}-${n}`;
        taken.add(id);
      }
      out.push(id);
      derive(t.children, id);
    }
  };
  derive(drafts, null);
  return out;
}

const idsOf = (drafts: DraftTopic[]): string[] => drafts.flatMap((t) => [t.id!, ...idsOf(t.children)]);

describe('ids derived from titles', () => {
  it('are the same as before, for repeated titles at every level', () => {
    const build = () => [
      draft('Exercise', [draft('Exercise'), draft('Exercise'), draft('Exercise', [draft('Exercise'), draft('Exercise')])]),
      draft('Exercise', [draft('Exercise'), draft('Root Exercise'), draft('Exercise')]),
      draft('Exercise'),
      draft('Basics', [draft('Exercise'), draft('Exercise')], 'exercise-2'),
      draft('Exercise'),
    ];
    const expected = oldIds(build());
    const drafts = build();
    const problems: Problem[] = [];
    assignIds(drafts, problems);
    expect(idsOf(drafts)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
  });

  it('20,000 siblings titled "Exercise": linear (the same ids as before, in well under the bound)', () => {
    const text = `id: h\ntitle: H\ntopics:\n  - title: Root\n    children:\n${'      - title: Exercise\n'.repeat(20_000)}`;
    const { value, ms } = timed(() => parseRoadmap(text));
    expect(value.problems).toEqual([]);
    const ids = value.spec!.topics[0]!.children.map((t) => t.id);
    expect(ids.slice(0, 4)).toEqual(['exercise', 'root-exercise', 'root-exercise-2', 'root-exercise-3']);
    expect(ids.at(-1)).toBe('root-exercise-19999');
    expect(new Set(ids).size).toBe(20_000);
    expect(ms).toBeLessThan(BOUND_MS); // was 59 s
  });
});

describe('"did you mean" for unknown requires', () => {
  it('still suggests the close id', () => {
    const { problems } = parseRoadmap('id: x\ntitle: X\ntopics:\n  - title: Chain Rule\n  - title: B\n    requires: [chian-rule]\n');
    expect(problems.map((p) => p.message)).toEqual(['unknown topic "chian-rule" in requires of "b" (did you mean "chain-rule"?)']);
  });

  it('2,000 topics with long ids, each requiring an unknown one: every problem reported, suggestions within a fixed budget', () => {
    let text = 'id: h\ntitle: H\ntopics:\n';
    for (let i = 0; i < 2000; i++) text += `  - title: T${i}\n    id: ${'a'.repeat(100)}-${i}\n    requires: [${'b'.repeat(100)}-${i}]\n`;
    const { value, ms } = timed(() => parseRoadmap(text));
    expect(value.problems).toHaveLength(2000);
    expect(value.problems.every((p) => p.message.startsWith('unknown topic "bbbb'))).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS); // was over 5 minutes
  });

  it('the work is counted: a shared budget caps it, however many unknown references there are', () => {
    const drafts: DraftTopic[] = [];
    for (let i = 0; i < 3000; i++) {
      const t = draft(`T${i}`, [], `${'a'.repeat(100)}-${i}`);
      t.requires.push({ id: `${'b'.repeat(100)}-${i}`, pos: { line: i + 1, col: 1 } });
      drafts.push(t);
    }
    const problems: Problem[] = [];
    const ids = assignIds(drafts, problems);
    const budget = { left: SUGGESTION_BUDGET };
    checkRequires(drafts, ids, problems, budget);
    expect(problems).toHaveLength(3000);
    // Spent: the budget, plus at most one comparison (one table of ids this long) past it.
    expect(SUGGESTION_BUDGET - budget.left).toBeLessThanOrEqual(SUGGESTION_BUDGET + 110 * 110);
    // Unbounded, this is 3,000 × 3,000 comparisons of 100-character ids: about 450 times the budget.
    expect(budget.left).toBeLessThanOrEqual(0);
  });

  it('editDistance with a bound computes only a band of the table, and agrees with the full one', () => {
    const words = ['chain', 'chian', 'cha', 'rule-chain', 'kitten', 'sitting', '', 'a', 'abcdef', 'badcfe', 'gradient-descent', 'gradient-decsent'];
    for (const a of words)
      for (const b of words) {
        const full = editDistance(a, b);
        for (const max of [0, 1, 2, 3, 5]) expect(editDistance(a, b, max)).toBe(Math.min(full, max + 1));
      }
    const budget = { left: 1_000_000 };
    editDistance('a'.repeat(100), 'b'.repeat(100), 3, budget);
    expect(1_000_000 - budget.left).toBeLessThanOrEqual(5 * 101); // stops after max + 1 rows
    expect(closest('chian', ['chain', 'train', 'cha'], 2)).toBe('chain');
  });
});

describe('unknown keys', () => {
  it('40,000 unknown keys in one topic: each a warning, in well under the bound', () => {
    let text = 'id: h\ntitle: H\ntopics:\n  - title: Root\n';
    for (let i = 0; i < 40_000; i++) text += `    k${i}: 1\n`;
    const { value, ms } = timed(() => parseRoadmap(text));
    expect(value.spec).not.toBeNull();
    expect(value.problems).toHaveLength(40_000);
    expect(value.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS); // was 14 s (the YAML library's pairwise duplicate-key check)
  });

  it('a duplicate key is still an error, at each later occurrence', () => {
    const { spec, problems } = parseRoadmap('id: x\ntitle: X\ntopics:\n  - title: A\n    id: a\n    id: b\n    id: c\n');
    expect(spec).toBeNull();
    expect(problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '6:5: duplicate key "id" in a topic (first given at line 5)',
      '7:5: duplicate key "id" in a topic (first given at line 5)',
    ]);
  });

  it('suggest the key meant: a synonym or a typo', () => {
    const { spec, problems } = parseRoadmap(
      'id: x\ntitle: X\nname: Y\ntopics:\n  - title: A\n  - title: B\n    prerequisites: [a]\n    titel: C\n    Requires: [a]\n    resources:\n      - title: r\n        url: https://example.com\n        kidn: docs\n    zzzzzz: 1\n',
    );
    expect(spec).not.toBeNull();
    expect(problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '3:1: unknown key "name" in the roadmap (ignored) (did you mean "title"?)',
      '7:5: unknown key "prerequisites" in a topic (ignored) (did you mean "requires"?)',
      '8:5: unknown key "titel" in a topic (ignored) (did you mean "title"?)',
      '9:5: unknown key "Requires" in a topic (ignored) (did you mean "requires"?)',
      '13:9: unknown key "kidn" in a resource (ignored) (did you mean "kind"?)',
      '14:5: unknown key "zzzzzz" in a topic (ignored)',
    ]);
  });
});

describe('"did you mean" for a topic reference', () => {
  it('a 2,000-character reference on 5,000 topics with long ids: bounded work, suggestions as before for real typos', () => {
    let text = 'id: h\ntitle: H\ntopics:\n  - title: Chain Rule of Derivation\n';
    for (let i = 0; i < 5000; i++) text += `  - title: Topic ${i}\n    id: ${'a'.repeat(100)}-${i}\n`;
    const { roadmap } = loadRoadmap(writeRoadmap(text));
    const work = { left: SUGGESTION_BUDGET };
    const { value, ms } = timed(() => suggestTopics(roadmap, 'q'.repeat(2000), 3, work));
    expect(value).toEqual([]);
    // Out of reach by length: one unit per comparison at most, nowhere near the budget (was 6 minutes on 100,000 topics).
    expect(SUGGESTION_BUDGET - work.left).toBeLessThan(100_000);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(suggestTopics(roadmap, 'chian rule').map((t) => t.id)).toEqual(['chain-rule-of-derivation']);
    const spent = { left: SUGGESTION_BUDGET };
    suggestTopics(roadmap, 'x'.repeat(40), 3, spent);
    expect(spent.left).toBeGreaterThan(-200 * 200); // the shared budget caps the work, whatever the roadmap
  });
});
