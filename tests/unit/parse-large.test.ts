// Large roadmap files are walked a slice of topics at a time
// (src/core/roadmap/parse-large.ts): the drafts, ids, problems and positions
// must be exactly those of walking the file whole. Checked here with slices
// of a few hundred bytes on files of every kind, valid and not.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/errors.js';
import { cutTopics, LARGE_FILE_BYTES, walkInSlices } from '../../src/core/roadmap/parse-large.js';
import { walkRoadmap } from '../../src/core/roadmap/parse-yaml.js';
import { parseRoadmap } from '../../src/core/roadmap/parse.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoadmap } from '../../bench/generate.mjs';
import { SMALL_ROADMAP } from '../helpers.js';

const whole = (text: string) => {
  const problems: Problem[] = [];
  return { walked: walkRoadmap(text, problems), problems };
};
const sliced = (text: string, bytes: number) => {
  const problems: Problem[] = [];
  return { walked: walkInSlices(text, problems, bytes), problems };
};
const sorted = (p: Problem[]) => [...p].sort((a, b) => a.line - b.line || a.col - b.col || a.message.localeCompare(b.message));

const sameWalk = (text: string, bytes = 300) => {
  const a = whole(text);
  const b = sliced(text, bytes);
  expect(sorted(b.problems)).toEqual(sorted(a.problems));
  expect(b.walked).toEqual(a.walked);
};

describe('walking a large file in slices', () => {
  it('cuts the topics list between its items, and only there', () => {
    const text = generateRoadmap(300);
    const cut = cutTopics(text, 500)!;
    expect(cut.slices.length).toBeGreaterThan(3);
    for (const s of cut.slices) expect(text.slice(s.from, s.from + 4)).toBe('  - ');
    expect(cut.slices.at(-1)!.to).toBe(text.length);
  });

  it('gives the same drafts, positions and problems as a whole walk: generated roadmaps', () => {
    for (const n of [50, 300, 1000]) sameWalk(generateRoadmap(n));
    sameWalk(SMALL_ROADMAP, 40);
  });

  it('… and for files with problems in later slices, comments, blank lines and block texts', () => {
    const base = generateRoadmap(300);
    const broken = [
      base.replace(/ {2}- title: Section 4 /, '  - title: ""\n    note: x\n  - title: Section 4 '),
      base.replace('            estimate: 1h\n', '            estimate: soon\n'),
      base.replace(/(\n {10}- title: [^\n]*\n)/, '$1            requires: [no-such-topic]\n'),
      base.replace(/id: s5-p2-t4\n/, 'id: s1-p1-t2\n'),
      base.replace(/\n {2}- title: Section 3 /, '\n\n  # a comment between sections\n\n  - title: Section 3 '),
      base.replace(/ {4}description: \|\n/, '    description: |\n      - not an item: a line of text\n'),
    ];
    for (const text of broken) {
      expect(text).not.toBe(base);
      sameWalk(text);
    }
  });

  it('a YAML syntax error: the same first problem, and no walk (a slice keeps its cascade from running over the rest)', () => {
    const base = generateRoadmap(300);
    const at = base.indexOf('\n          - title: ', base.length / 2);
    const text = `${base.slice(0, at)}\n          - title: [unclosed${base.slice(at)}`;
    const [a, b] = [whole(text), sliced(text, 300)];
    expect(a.walked).toBeNull();
    expect(b.walked).toBeNull();
    expect(sorted(b.problems)[0]).toEqual(sorted(a.problems)[0]);
  });

  it('walks whole what it cannot cut safely', () => {
    const base = generateRoadmap(200);
    for (const text of [
      `${base}source: https://example.com/after-the-list\n`,
      `${base}---\nid: second\n`,
      base.replace('topics:\n', 'topics: []\nx:\n'),
      `${base}\tx: 1\n`,
    ]) {
      expect(cutTopics(text, 300)).toBeNull();
      sameWalk(text);
    }
  });

  it('a file over 16 MB must be cut in sections of at most 16 MB each, or is refused (before the YAML is read)', () => {
    const item = (n: number) => `  - title: Topic ${n}\n    description: ${'words '.repeat(40)}\n`;
    const many = (count: number) => Array.from({ length: count }, (_, i) => item(i)).join('');
    const sections = `id: big\ntitle: Big\ntopics:\n${many(Math.ceil((LARGE_FILE_BYTES + 1000) / item(0).length))}`;
    expect(sections.length).toBeGreaterThan(LARGE_FILE_BYTES);
    expect(cutTopics(sections)!.slices.length).toBeGreaterThan(5);
    const after = `${sections}source: https://example.com/after-the-list\n`;
    const one = `id: big\ntitle: Big\ntopics:\n  - title: One section\n    children:\n${many(Math.ceil((LARGE_FILE_BYTES + 1000) / item(0).length)).replace(/^ {2}/gm, '      ')}`;
    const problems = (text: string) => parseRoadmap(text).problems.filter((p) => p.severity === 'error');
    expect(problems(after)).toEqual([
      expect.objectContaining({
        line: 1,
        col: 1,
        message: expect.stringContaining('must list its topics as a block list ("topics:" then one "- " item each), as the last key'),
      }),
    ]);
    expect(problems(one)).toEqual([
      expect.objectContaining({ line: 4, col: 1, message: expect.stringMatching(/^this topic takes 16\.\d MB of the file; .* limited to 16 MB$/) }),
    ]);
  });

  it('parses a roadmap to the same spec either way', () => {
    const text = generateRoadmap(1000);
    const problems: Problem[] = [];
    expect(walkInSlices(text, problems, 1000)).toEqual(walkRoadmap(text, []));
    expect(parseRoadmap(text).spec).not.toBeNull();
  });
});
