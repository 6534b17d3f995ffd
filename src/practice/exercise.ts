// An exercise folder (contract §11), named by a leaf's `exercise:` relative to
// its roadmap file: exercise.py (the starter), check.py, solution.py,
// README.md (the task; its first paragraph is the summary), hints.md (optional).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OperationalError, UsageError } from '../core/errors.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';

export const STARTER = 'exercise.py';
const REQUIRED = ['exercise.py', 'check.py', 'solution.py', 'README.md'] as const;

export interface ExerciseFolder {
  topic: Topic;
  /** Absolute path of the folder. */
  dir: string;
  starter: string;
  readme: string;
  solution: string;
  hints: string;
}

/** The topic has no `exercise:` (exit 2): says where exercises are. */
class NoExerciseError extends UsageError {
  override name = 'NoExerciseError';
}

/** What is wrong with an exercise folder ("does not exist", "has no check.py"), or null when it holds what an exercise needs. */
export function folderProblem(dir: string): string | null {
  const missing = REQUIRED.filter((name) => !existsSync(join(dir, name)));
  if (!missing.length) return null;
  return !existsSync(dir) ? 'does not exist' : !statSync(dir).isDirectory() ? 'is not a folder' : `has no ${missing.join(', ')}`;
}

/** The folder of `topic`'s exercise, checked to hold what an exercise needs. */
export function exerciseFolder(roadmap: Roadmap, topic: Topic): ExerciseFolder {
  if (topic.exercise === null) {
    const what = topic.children.length ? 'is a section' : 'has no exercise';
    throw new NoExerciseError(`${topic.number} ${topic.title} ${what}; the topics with one: mlroad practice list`);
  }
  const dir = resolve(dirname(roadmap.file), topic.exercise);
  const why = folderProblem(dir);
  if (why) throw new UsageError(`the exercise folder of ${topic.number} ${topic.title} (${dir}, named in ${roadmap.file}) ${why}`);
  return {
    topic,
    dir,
    starter: join(dir, STARTER),
    readme: join(dir, 'README.md'),
    solution: join(dir, 'solution.py'),
    hints: join(dir, 'hints.md'),
  };
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new OperationalError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** The hints, or null when the exercise has none. */
export const readHints = (folder: ExerciseFolder): string | null => (existsSync(folder.hints) ? readText(folder.hints) : null);

/** The first paragraph of a README, headings skipped, its lines joined: the exercise's summary. */
export function summaryOf(readme: string): string {
  const paragraph: string[] = [];
  let fence = false;
  for (const raw of readme.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) fence = !fence;
    if (fence || /^#/.test(line) || /^(```|~~~)/.test(line)) {
      if (paragraph.length) break;
      continue;
    }
    if (line === '') {
      if (paragraph.length) break;
      continue;
    }
    paragraph.push(line);
  }
  return paragraph.join(' ');
}
