// The learner's workspace: DIR/<topic-id>/exercise.py, with the task beside
// it as README.md. mlroad never overwrites a file the learner has: the starter
// is written with O_EXCL, and `practice reset` moves the learner's file to a
// dated backup before writing the starter again.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { OperationalError } from '../core/errors.js';
import type { Topic } from '../core/roadmap/types.js';
import { STARTER, type ExerciseFolder } from './exercise.js';

/** DIR/<topic-id>/exercise.py */
export const learnerFileIn = (dir: string, topic: Topic): string => join(dir, topic.id, STARTER);

export interface WorkspaceDirFrom {
  /** --dir, relative to the working directory. */
  flag?: string | undefined;
  /** practice.dir (or MLROAD_PRACTICE_DIR) and where it came from. */
  setting: { value: string | null; source: string };
  roadmapId: string;
  cwd: string;
  homedir: string;
}

/**
 * The workspace: --dir, else practice.dir, else ~/mlroad-practice/<roadmap id>.
 * A leading ~ is the home directory; a relative practice.dir in config.json is
 * relative to the home directory (a setting must not depend on where mlroad
 * runs), one from --dir or the environment to the working directory.
 */
export function workspaceDir({ flag, setting, roadmapId, cwd, homedir }: WorkspaceDirFrom): string {
  const home = (p: string) => (p === '~' ? homedir : p.startsWith('~/') ? join(homedir, p.slice(2)) : p);
  if (flag !== undefined) return resolve(cwd, home(flag));
  if (setting.value) {
    const p = home(setting.value);
    return isAbsolute(p) ? p : resolve(setting.source === 'file' ? homedir : cwd, p);
  }
  return join(homedir, 'mlroad-practice', roadmapId);
}

function fail(what: string, file: string, error: unknown): OperationalError {
  return new OperationalError(`cannot ${what} ${file}: ${(error as Error).message}`);
}

/** Copies `from` to `to` only if `to` does not exist; true when it wrote it. */
function copyNew(from: string, to: string): boolean {
  try {
    writeFileSync(to, readFileSync(from), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw fail('write', to, error);
  }
}

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw fail('create the folder', dir, error);
  }
}

/**
 * Writes the starter (and the task, README.md) to `file`'s folder unless the
 * learner already has them. `created` is false when exercise.py was there.
 */
export function writeStarter(folder: ExerciseFolder, file: string): { created: boolean } {
  const dir = join(file, '..');
  ensureDir(dir);
  const created = copyNew(folder.starter, file);
  copyNew(folder.readme, join(dir, 'README.md'));
  return { created };
}

/** "exercise.backup-20260301T090000Z.py" beside the file (-2, -3… when taken). */
function backupName(file: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const base = file.replace(/\.py$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${base}.backup-${stamp}${n > 1 ? `-${n}` : ''}.py`;
    if (!existsSync(candidate)) return candidate;
  }
}

export interface ResetResult {
  /** Where the learner's file was kept; null when there was none, or it was the starter unchanged. */
  backup: string | null;
}

/**
 * Restores the starter at `file`. The learner's version is first linked to a
 * backup name (hard link, else a copy) and only then replaced, so no moment
 * exists at which their work is only in memory.
 */
export function resetStarter(folder: ExerciseFolder, file: string, at: Date): ResetResult {
  ensureDir(join(file, '..'));
  let backup: string | null = null;
  if (existsSync(file)) {
    const mine = readFileSync(file);
    if (mine.equals(readFileSync(folder.starter))) return { backup: null };
    backup = backupName(file, at);
    try {
      linkSync(file, backup);
    } catch {
      try {
        copyFileSync(file, backup);
      } catch (error) {
        throw fail('keep a backup of', file, error);
      }
    }
    if (statSync(backup).size !== mine.length) throw new OperationalError(`the backup ${backup} of ${file} is incomplete; the file was not reset`);
    try {
      unlinkSync(file);
    } catch (error) {
      throw fail('replace', file, error);
    }
  }
  copyNew(folder.starter, file);
  copyNew(folder.readme, join(file, '..', 'README.md'));
  return { backup };
}

/** The learner file most recently saved among `topics` in `dir` (the exercise being worked on), or null. */
export function latestSaved(dir: string, topics: readonly Topic[]): Topic | null {
  let best: Topic | null = null;
  let bestTime = -Infinity;
  for (const topic of topics) {
    try {
      const t = statSync(learnerFileIn(dir, topic)).mtimeMs;
      if (t > bestTime) [best, bestTime] = [topic, t];
    } catch {
      // not written yet
    }
  }
  return best;
}

/** A path as the user would type it: relative under the working directory, ~/… under the home directory. */
export function shownPath(file: string, cwd: string, home: string): string {
  const under = (dir: string) => {
    const rel = relative(dir, file);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : null;
  };
  const inCwd = under(cwd);
  if (inCwd !== null) return inCwd;
  const inHome = under(home);
  return inHome !== null ? `~/${inHome}` : file;
}
