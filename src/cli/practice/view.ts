// Text of `mlroad check` and `practice`: a run's checks, its first failure in
// full, what the learner's code printed, and what to do next. Everything from
// the learner's code or an exercise folder goes through the sanitizer.
import type { ChalkInstance } from 'chalk';
import type { Topic } from '../../core/roadmap/types.js';
import type { CheckOutcome } from '../../actions/practice.js';
import type { CheckResult, CheckRun, Location } from '../../practice/runner.js';
import { practiceJson, topicJson, type TopicJson } from '../../render/json.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { truncate, wrap } from '../../render/text.js';
import type { Progress } from '../../core/progress.js';

/** `check_vote_of_k_neighbours` → "vote of k neighbours". */
const checkLabel = (name: string) =>
  name
    .replace(/^check_/, '')
    .replace(/_+/g, ' ')
    .trim() || name;

const whereText = (at: Location) => `${at.where === 'your code' ? 'your code' : clean(at.where)}, line ${at.line}${at.source ? `: ${clean(at.source)}` : ''}`;

export interface ViewOptions {
  c: ChalkInstance;
  cols: number;
  /** Lines of the learner's output to show (the last ones). */
  outputLines: number;
  /** A topic reference for the commands suggested. */
  ref: string;
}

/** The check list: one line per check, the first failure's message in full below it, the others' first line. */
export function checkLines(checks: readonly CheckResult[], { c, cols }: ViewOptions): string[] {
  const lines: string[] = [];
  const first = checks.find((k) => !k.ok);
  for (const k of checks) {
    const label = checkLabel(k.name);
    if (k.ok) {
      lines.push(`  ${c.green('✓')} ${clean(label)}`);
      continue;
    }
    const mark = c.red('✗');
    if (k === first) {
      lines.push(`  ${mark} ${c.bold(clean(label))}`);
      for (const part of cleanBlock(k.message).split('\n')) lines.push(part.trim() ? wrapKeep(part, cols, '      ') : '');
      if (k.at && k.at.where === 'your code') lines.push(c.dim(`      at ${truncate(whereText(k.at), Math.max(20, cols - 9))}`));
    } else {
      const gist = clean(k.message.split('\n')[0] ?? '');
      const room = cols - 6 - label.length - 3;
      lines.push(`  ${mark} ${clean(label)}${gist && room > 12 ? c.dim(`  ${truncate(gist, room)}`) : ''}`);
    }
  }
  return lines;
}

/** Wraps prose but leaves lines that look laid out (arrays, tables, indented) as they are, cut to the width. */
function wrapKeep(line: string, cols: number, indent: string): string {
  if (/^\s|\s{2,}|^[[(]/.test(line)) return indent + truncate(line, Math.max(20, cols - indent.length));
  return wrap(line, cols, indent);
}

/** The last `n` lines of the learner's output, marked off, or nothing. */
export function outputLines(output: string, n: number, c: ChalkInstance, cols: number): string[] {
  const text = cleanBlock(output).replace(/\s+$/, '');
  if (!text || n <= 0) return [];
  const all = text.split('\n');
  const shown = all.slice(-n);
  const more = all.length - shown.length;
  return [
    c.dim(`Your code printed${more ? ` (the last ${shown.length} of ${all.length} lines)` : ''}:`),
    ...shown.map((l) => `${c.dim('│')} ${truncate(l, Math.max(20, cols - 2))}`),
  ];
}

/** Why the checks did not run (the file did not load, check.py is broken, Python stopped). */
export function problemLines(run: CheckRun, { c, cols }: ViewOptions): string[] {
  const p = run.problem;
  if (!p) return [];
  const lines: string[] = [];
  if (p.kind === 'import-error') lines.push(`${c.red('✗')} ${c.bold('Your file did not load:')} ${clean(p.message)}`);
  else if (p.kind === 'check-file-error')
    lines.push(`${c.red('✗')} ${c.bold("The exercise's check.py did not load")} (a bug in the exercise, not in your code): ${clean(p.message)}`);
  else lines.push(`${c.red('✗')} ${clean(p.message)}`);
  if (p.at) lines.push(c.dim(`  at ${truncate(whereText(p.at), Math.max(20, cols - 5))}`));
  return lines.map((l) => (l.length > cols ? wrap(l, cols, '') : l));
}

/** The closing line (how many pass) and the advice under it (what to do next, as commands). */
export function verdictLines(outcome: CheckOutcome, { c, ref }: ViewOptions, timeoutS: number): { line: string; advice: string } {
  const { run, attempt, changed } = outcome;
  const passing = run.checks.filter((k) => k.ok).length;
  const total = run.checks.length;
  const tries = attempt ? c.dim(` (attempt ${attempt.record.attempts})`) : '';
  switch (run.status) {
    case 'passed': {
      const marked = changed.length ? ` ${changed.map((t) => t.number).join(', ')} is now done.` : '';
      const news = attempt?.solvedNow ? 'solved!' : 'still solved.';
      return {
        line: `${c.green('✓')} ${c.bold(`All ${total} check${total === 1 ? '' : 's'} pass: ${news}`)}${marked}`,
        advice: 'Next exercise: mlroad practice',
      };
    }
    case 'timeout':
      return {
        line: `${c.red('✗')} ${c.bold(`Stopped after ${timeoutS} s`)}: the checks did not finish (an endless loop, or a very slow one?)${tries}`,
        advice: `More time: mlroad check ${ref} --timeout ${timeoutS * 4} · a hint: mlroad practice hint ${ref}`,
      };
    case 'error':
      return {
        line: `${c.red('✗')} ${c.bold('The checks could not run')}${tries}`,
        advice: `Fix what is named above, save, and check again · a hint: mlroad practice hint ${ref}`,
      };
    default:
      return {
        line: `${c.red('✗')} ${c.bold(`${passing}/${total} checks pass`)}${tries}`,
        advice: `Stuck? mlroad practice hint ${ref} · start over: mlroad practice reset ${ref}`,
      };
  }
}

/** `check --json`: the contract's shape (§11) and a few additions (kind, at, problem, the record, what changed). */
export function checkJson(topic: Topic, progress: Progress, file: string, outcome: CheckOutcome) {
  const { run, attempt } = outcome;
  return {
    topic: topicJson(topic, progress) as TopicJson,
    status: run.status,
    checks: run.checks.map((k) => ({ name: k.name, ok: k.ok, message: k.message, kind: k.kind, at: k.at })),
    output: run.output,
    duration_ms: Math.round(run.durationMs),
    file,
    problem: run.problem,
    practice: attempt ? practiceJson(attempt.record) : null,
    solved: attempt?.solvedNow ?? false,
    changed: outcome.changed.map((t) => topicJson(t, progress)),
  };
}
