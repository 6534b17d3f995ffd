// Loader and validator fed real and broken roadmap files: every problem is
// reported at its exact FILE:LINE:COL, with exit code 2 from the CLI.
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/core/roadmap/parse.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { RoadmapError } from '../../src/core/errors.js';
import { mlroad, SHIPPED_ROADMAP, writeRoadmap } from '../helpers.js';

const head = 'id: x\ntitle: X\ntopics:\n';

/** [name, file body, expected "LINE:COL: message" lines (errors only)] */
const BROKEN: [string, string, string[]][] = [
  [
    'YAML syntax error',
    `${head}  - title: A\n    children: [\n`,
    ['6:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ],
  ['empty title', `${head}  - title: ""\n  - title: B\n`, ['4:12: title must not be empty']],
  ['missing title', `${head}  - id: a\n`, ['4:5: topic 1 has no title']],
  [
    'duplicate id (each later occurrence)',
    `${head}  - title: A\n    id: same\n  - title: B\n    id: same\n  - title: C\n    id: same\n`,
    ['7:9: duplicate id "same" (first used at line 5)', '9:9: duplicate id "same" (first used at line 5)'],
  ],
  [
    'unknown prerequisite',
    `${head}  - title: A\n    id: alpha\n    requires: [alpah]\n`,
    ['6:16: unknown topic "alpah" in requires of "alpha" (did you mean "alpha"?)'],
  ],
  [
    'prerequisite cycle',
    `${head}  - title: A\n    id: a\n    requires: [b]\n  - title: B\n    id: b\n    requires: [a]\n`,
    ['9:16: prerequisite cycle: a → b → a'],
  ],
  [
    'requiring an ancestor',
    `${head}  - title: A\n    id: a\n    children:\n      - title: B\n        id: b\n        requires: [a]\n`,
    ['9:20: prerequisite cycle: b → a → b'],
  ],
  [
    'bad URL scheme',
    `${head}  - title: A\n    resources:\n      - title: evil\n        url: javascript:alert(1)\n`,
    ['7:14: resource URL must be http(s): "javascript:alert(1)"'],
  ],
  ['wrong type for children', `${head}  - title: A\n    children: yes\n`, ['5:15: children must be a list']],
  ['title that is a list', `${head}  - title: [1, 2]\n`, ['4:12: title must be a single value, not a list']],
  ['title that is a number', `${head}  - title: 42\n`, ['4:12: title must be a string, not the number 42 (quote it)']],
  ['empty topics', `${head.trimEnd()} []\n`, ['3:9: topics must be a non-empty list']],
  ['empty children', `${head}  - title: A\n    children: []\n`, ['5:15: children must not be an empty list (remove the key for a leaf)']],
  ['bad estimate', `${head}  - title: A\n    estimate: soon\n`, ['5:15: estimate "soon" is not a study time: use e.g. 90m, 2h, 1.5h or 3d']],
  ['no roadmap id', 'title: X\ntopics:\n  - title: A\n', ['1:1: the roadmap has no id (add e.g. "id: my-roadmap")']],
  ['roadmap id not a slug', 'id: Bad Id\ntitle: X\ntopics:\n  - title: A\n', ['1:5: id "Bad Id" must be a slug: lower-case letters, digits and dashes']],
  [
    'a tab in the indentation: one problem, not a cascade',
    `${head}  - title: A\n\tid: x\n  - title: B\n`,
    ['5:1: a tab is used for indentation: YAML indents with spaces only (replace the tab with spaces)'],
  ],
  ['duplicate key', `${head}  - title: A\n    title: B\n`, ['5:5: duplicate key "title" in a topic (first given at line 4)']],
  [
    'future format version',
    'id: x\ntitle: X\nversion: 9\ntopics:\n  - title: A\n',
    ['3:10: format version 9 is newer than this mlroad understands (1); upgrade mlroad'],
  ],
  [
    'YAML alias',
    'a: &a [1,2]\nid: x\ntitle: X\ntopics:\n  - title: A\n    questions: *a\n',
    ['6:16: questions: YAML aliases are not supported in roadmap files'],
  ],
  ['not a mapping', '- just\n- a list\n', ['1:1: the roadmap must be a mapping with id, title and topics']],
  ['empty file', '', ['1:1: the roadmap must be a mapping with id, title and topics']],
  [
    'several problems at once',
    `${head}  - title: ""\n  - title: B\n    requires: [zzz]\n    resources:\n      - url: ftp://x.org/\n`,
    ['4:12: title must not be empty', '6:16: unknown topic "zzz" in requires of "b"', '8:14: resource URL must be http(s): "ftp://x.org/"'],
  ],
];

describe('broken roadmap files', () => {
  it.each(BROKEN)('%s: reported at its exact line and column', (_name, body, expected) => {
    const { spec, problems } = parseRoadmap(body);
    expect(spec).toBeNull();
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual(expected);
  });

  it('the CLI prints FILE:LINE:COL for each problem, exits 2, no stack trace', async () => {
    const file = writeRoadmap(BROKEN[3]![1], 'dups.yaml');
    for (const args of [
      ['validate', file],
      ['--roadmap', file, 'next'],
      ['--roadmap', file, 'progress', '--json'],
    ]) {
      const run = await mlroad(args, { configDir: writeRoadmap('') + '.d' });
      expect(run.code).toBe(2);
      // validate's problems are its output (stdout); for other commands they are errors (stderr).
      const [report, other] = args[0] === 'validate' ? [run.stdout, run.stderr] : [run.stderr, run.stdout];
      expect(other).toBe('');
      expect(report).toContain(`${file}:7:9: duplicate id "same" (first used at line 5)`);
      expect(report).toContain(`${file}:9:9: duplicate id "same" (first used at line 5)`);
      expect(report).not.toMatch(/\n\s+at /);
    }
  });

  it('validate --json lists errors with line and column', async () => {
    const file = writeRoadmap(BROKEN[5]![1]);
    const run = await mlroad(['validate', file, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, errors: [{ line: 9, col: 16, message: 'prerequisite cycle: a → b → a' }] });
  });

  it('a missing roadmap file is a usage error naming the file', async () => {
    const run = await mlroad(['--roadmap', '/nonexistent/road.yaml', 'next']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('mlroad: roadmap file not found: /nonexistent/road.yaml');
  });
});

describe('warnings', () => {
  it('unknown keys and resource kinds warn but load', async () => {
    const body = `${head}  - title: A\n    colour: red\n    resources:\n      - title: t\n        url: https://example.org/\n        kind: podcast\n`;
    const { spec, problems } = parseRoadmap(body);
    expect(spec).not.toBeNull();
    expect(problems.map((p) => `${p.line}:${p.col}: ${p.severity}: ${p.message}`)).toEqual([
      '5:5: warning: unknown key "colour" in a topic (ignored)',
      '9:15: warning: unknown resource kind "podcast" (known: article, video, course, book, docs, exercise)',
    ]);
    const file = writeRoadmap(body);
    const run = await mlroad(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}:5:5: warning: unknown key "colour"`);
    expect(run.stdout).toContain('is valid: 1 topic (1 to study) in 1 section; 2 warnings');
  });
});

describe('valid files', () => {
  it('the shipped roadmap validates', async () => {
    const run = await mlroad(['validate', SHIPPED_ROADMAP, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, errors: [], topics: 159, leaves: 121, sections: 9 });
  });

  it('derives missing ids from titles, unique and stable', () => {
    const body = `${head}  - title: Linear Algebra\n    children:\n      - title: Basics\n  - title: Calculus\n    children:\n      - title: Basics\n      - title: Basics\n`;
    const ids = (src: string) => {
      const { spec } = parseRoadmap(src);
      const out: string[] = [];
      const walk = (ts: NonNullable<typeof spec>['topics']) => ts.forEach((t) => (out.push(t.id), walk(t.children)));
      walk(spec!.topics);
      return out;
    };
    expect(ids(body)).toEqual(['linear-algebra', 'basics', 'calculus', 'calculus-basics', 'calculus-basics-2']);
    expect(ids(body)).toEqual(ids(body));
  });

  it('explicit ids win over derived ones regardless of order', () => {
    const { spec } = parseRoadmap(`${head}  - title: Basics\n  - title: Other\n    id: basics\n`);
    expect(spec!.topics.map((t) => t.id)).toEqual(['basics-2', 'basics']);
  });

  it('parses estimates in every documented form', () => {
    const { spec } = parseRoadmap(
      `${head}  - title: A\n    estimate: 90m\n  - title: B\n    estimate: 1.5h\n  - title: C\n    estimate: 3d\n  - title: D\n    estimate: 4\n`,
    );
    expect(spec!.topics.map((t) => t.estimateHours)).toEqual([1.5, 1.5, 24, 4]);
  });

  it('loadRoadmap throws a RoadmapError carrying every problem', () => {
    const file = writeRoadmap(BROKEN[3]![1]);
    expect(() => loadRoadmap(file)).toThrow(RoadmapError);
    try {
      loadRoadmap(file);
    } catch (error) {
      expect((error as RoadmapError).problems).toHaveLength(2);
    }
  });
});
