// YAML text -> validated RoadmapSpec, or every problem with its line and column.
// Pure: no I/O. Two steps, each in its own module:
// - parse-yaml.ts walks the YAML syntax tree (not toJS(), so each problem points
//   at its node and aliases are never expanded) into draft topics, checking each
//   field's type, length and form;
// - parse-rules.ts applies the rules that need the whole file: ids (explicit,
//   then derived from titles), `requires` targets, prerequisite cycles.
import type { Problem } from '../errors.js';
import type { DraftTopic } from './parse-yaml.js';
import { walkLarge } from './parse-large.js';
import { assignIds, checkRequires } from './parse-rules.js';
import type { RoadmapSpec, TopicSpec } from './types.js';

export { LIMITS } from './parse-yaml.js';

export interface ParseResult {
  spec: RoadmapSpec | null;
  problems: Problem[];
}

export function parseRoadmap(yamlText: string): ParseResult {
  const problems: Problem[] = [];
  const walked = walkLarge(yamlText, problems);
  let spec: RoadmapSpec | null = null;
  if (walked) {
    const ids = assignIds(walked.topics, problems);
    checkRequires(walked.topics, ids, problems);
    const { id, title } = walked;
    if (!problems.some((p) => p.severity === 'error') && id !== null && title !== null) {
      spec = { id, title, version: walked.version, description: walked.description, source: walked.source, topics: walked.topics.map(freeze) };
    }
  }
  // Report in file order, whatever step found them.
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return { spec, problems };
}

function freeze(t: DraftTopic): TopicSpec {
  return {
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
  };
}
