// Writing a file so that it is either the old one or the complete new one,
// never a part: the state file and exports go through here. conf's writer
// (and a plain writeFile) issues one write and renames whatever landed; on a
// full disk that put 8 KB of invalid JSON in place of the state, reported as
// success. Here: write to a temp file beside the target, loop until every byte
// is written, fsync, check the size and read it back, rename over the target,
// fsync the directory. Any failure removes the temp file, leaves the old file
// as it was and throws an error naming the file and the cause.
import { closeSync, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { OperationalError } from '../core/errors.js';

export interface DurableHost {
  /** Our pid, named in temp files so that those of dead writers can be told apart and removed. */
  pid: number;
  /** Our start time (processes.ts), also in temp names: a reused pid is not mistaken for us. */
  start?: string | null;
  /** Whether the writer of a temp file is gone (to clean up after writers that died). */
  gone?: (pid: number, start: string | null) => boolean;
}

/** "no space left on device" for ENOSPC, and so on; else the system's message. */
export function causeOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'file too large for this process (a file size limit: see ulimit -f)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOENT':
      return 'no such directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EISDIR':
      return 'it is a directory';
    case 'EIO':
      return 'input/output error';
    default:
      return e?.message ?? String(error);
  }
}

/**
 * The file a write to `path` must replace: `path` itself, or where it points
 * when it is a symlink (dotfile managers link the state file into a repository:
 * the link must stay a link).
 */
function writeTarget(path: string): string {
  try {
    if (lstatSync(path).isSymbolicLink()) return realpathSync(path);
  } catch {
    // no file yet, or a dangling link: write the path itself
  }
  return path;
}

const TEMP = /^\.(.+)\.tmp-(\d+)-(?:(\d+|x)-)?[0-9a-f]+$/;

/** Writes `data` to `path` durably and atomically (see the top of this file). Mode defaults to 0600. */
export function writeFileDurably(path: string, data: string | Uint8Array, host: DurableHost, mode = 0o600): void {
  const target = writeTarget(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.tmp-${host.pid}-${host.start ?? 'x'}-${randomBytes(4).toString('hex')}`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    let written = 0;
    // writeSync may write less than asked (a signal, a nearly full disk): go on until all is written or it fails.
    while (written < bytes.length) {
      const n = writeSync(fd, bytes, written, bytes.length - written);
      if (n <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      written += n;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // Believe the disk, not the calls: the size, then the content.
    if (statSync(temp).size !== bytes.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    if (!readFileSync(temp).equals(bytes)) throw Object.assign(new Error('the file read back differs from what was written'), { code: 'EIO' });
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // not created
    }
    throw new OperationalError(`cannot write ${path}: ${causeOf(error)}; the file was not changed`);
  }
  syncDir(dir);
  if (host.gone) removeDeadTemps(dir, basename(target), host.gone);
}

/** fsync a directory so that a rename in it survives a crash (best effort where unsupported). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // some filesystems cannot fsync a directory
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes temp files that writers of `name` left when they were killed mid-write. */
export function removeDeadTemps(dir: string, name: string, gone: (pid: number, start: string | null) => boolean): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of names) {
    const m = TEMP.exec(entry);
    if (!m || m[1] !== name || !gone(Number(m[2]), m[3] === undefined || m[3] === 'x' ? null : m[3])) continue;
    try {
      unlinkSync(join(dir, entry));
      removed++;
    } catch {
      // another writer removed it
    }
  }
  return removed;
}
