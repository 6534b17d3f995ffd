import { isAbsolute, relative } from 'node:path';

/** A path as the user would type it: relative when under the working directory. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
