// Creating a directory and its missing parents, one component at a time.
// Node's mkdirSync(…, { recursive: true }) loops for ever where mkdir fails
// with ENOENT although the parent exists (/proc/mlroad: the kernel refuses
// new entries in /proc that way): MLROAD_CONFIG_DIR=/proc/mlroad hung every
// command that writes. Here each component is tried at most twice.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, parse, resolve } from 'node:path';
import { OperationalError } from '../core/errors.js';
import { causeOf } from './durable-write.js';

/** Makes `dir` (absolute or not) and its missing parents; throws an OperationalError naming `what` and the cause. */
export function makeDir(dir: string, mode: number, what = 'the directory'): void {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let d = target; ; d = dirname(d)) {
    try {
      if (statSync(d).isDirectory()) break;
      throw new OperationalError(`cannot create ${what} ${dir}: ${d} is not a directory`);
    } catch (error) {
      if (error instanceof OperationalError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new OperationalError(`cannot create ${what} ${dir}: ${causeOf(error)}`);
    }
    missing.push(d);
    if (d === parse(d).root) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && isDir(d)) continue; // another process made it meanwhile
      const why = code === 'ENOENT' ? 'this file system does not allow new directories there' : causeOf(error);
      throw new OperationalError(`cannot create ${what} ${dir}: ${why}`);
    }
  }
}

function isDir(d: string): boolean {
  try {
    return statSync(d).isDirectory();
  } catch {
    return false;
  }
}
