// The rules that need the whole file, applied to the draft topics of the
// YAML walk (parse-yaml.ts): explicit ids are unique, missing ids are derived
// from titles (unique and stable), every `requires` names a topic (with a
// "did you mean" when one is close), and no prerequisite cycle. Each is
// linear in the number of topics, whatever the file holds.
import type { Problem } from '../errors.js';
import { closest, SUGGESTION_BUDGET, type Budget } from '../edit-distance.js';
import { findCycle } from './graph.js';
import { slugify, type DraftTopic, type Pos } from './parse-yaml.js';

/** Calls `fn` on every topic, parents before children, in file order (iterative: any depth is safe). */
export function eachTopic(roots: readonly DraftTopic[], fn: (t: DraftTopic, parent: DraftTopic | null) => void): void {
  const stack: [DraftTopic, DraftTopic | null][] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push([roots[i]!, null]);
  while (stack.length) {
    const [t, parent] = stack.pop()!;
    fn(t, parent);
    for (let i = t.children.length - 1; i >= 0; i--) stack.push([t.children[i]!, t]);
  }
}

/**
 * Gives every draft an id: explicit ones first (a duplicate is reported at
 * each later occurrence), then ids derived from titles in file order. A
 * derived id that is taken gets the parent's id in front, then -2, -3, …
 * Returns every id and where it was given.
 */
export function assignIds(drafts: readonly DraftTopic[], problems: Problem[]): Map<string, Pos> {
  const taken = new Map<string, Pos>();
  eachTopic(drafts, (t) => {
    if (t.id === null) return;
    const first = taken.get(t.id);
    if (first) problems.push({ ...t.idPos, severity: 'error', message: `duplicate id "${t.id}" (first used at line ${first.line})` });
    else taken.set(t.id, t.idPos);
  });
  // For each stem, the last number found taken: ids are only ever added, so
  // the search for the next free one resumes there instead of at 2 (20,000
  // siblings titled "Exercise" cost 20,000 steps, not 200 million).
  const lastTried = new Map<string, number>();
  eachTopic(drafts, (t, parent) => {
    if (t.id !== null) return;
    const base = slugify(t.title) || 'topic';
    let candidate = base;
    if (taken.has(candidate) && parent?.id) candidate = `${parent.id}-${base}`;
    if (taken.has(candidate)) {
      const stem = `${parent?.id ? `${parent.id}-` : ''}${base}`;
      let n = lastTried.get(stem) ?? 1;
      do candidate = `${stem}-${++n}`;
      while (taken.has(candidate));
      lastTried.set(stem, n);
    }
    t.id = candidate;
    taken.set(candidate, t.pos);
  });
  return taken;
}

/** Every `requires` names a known topic, and no topic requires itself through others. */
export function checkRequires(
  drafts: readonly DraftTopic[],
  ids: ReadonlyMap<string, Pos>,
  problems: Problem[],
  budget: Budget = { left: SUGGESTION_BUDGET },
): void {
  eachTopic(drafts, (t) => {
    for (const r of t.requires) {
      if (ids.has(r.id)) continue;
      problems.push({ ...r.pos, severity: 'error', message: `unknown topic "${r.id}" in requires of "${t.id}"${suggest(r.id, ids.keys(), budget)}` });
    }
  });
  // Unknown targets are skipped by findCycle, so a cycle is found even among other problems.
  const cycle = findCycle<DraftTopic['requires'][number]>(drafts);
  if (cycle) problems.push({ ...cycle.edge.pos, severity: 'error', message: `prerequisite cycle: ${cycle.path.join(' → ')}` });
}

function suggest(ref: string, ids: Iterable<string>, budget: Budget): string {
  const best = closest(ref, ids, Math.max(2, Math.floor(ref.length / 3)), budget);
  return best ? ` (did you mean "${best}"?)` : '';
}
