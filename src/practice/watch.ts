// Watching the learner's file for `mlroad check --watch`. The folder is
// watched, not the file: editors that save by writing a new file and renaming
// it over the old one (vim, most IDEs) replace the file's inode, which a watch
// on the file itself would lose. Events are debounced (a save is often several
// events: truncate, write, rename) and a change is reported only when the
// content differs from what was last seen. A slow poll backs fs.watch up on
// file systems where it reports nothing (network mounts, some containers).
import type { FSWatcher } from 'node:fs';
import { watch, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface WatchOptions {
  /** Quiet time after the last event before the file is read (ms). */
  debounceMs?: number;
  /** How often the file is looked at even without events (ms). */
  pollMs?: number;
}

export interface FileWatcher {
  close(): void;
}

const contentOf = (file: string): Buffer | null => {
  try {
    return readFileSync(file);
  } catch {
    // between the unlink and the rename of a save, or deleted: wait for the next event
    return null;
  }
};

/** Calls `onChange` after each save of `file` that changes its content. */
export function watchFile(file: string, onChange: () => void, { debounceMs = 120, pollMs = 1000 }: WatchOptions = {}): FileWatcher {
  let last = contentOf(file);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const look = () => {
    timer = undefined;
    if (closed) return;
    const now = contentOf(file);
    if (now === null || (last !== null && now.equals(last))) return;
    last = now;
    onChange();
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(look, debounceMs);
  };
  const name = basename(file);
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(file), { persistent: true }, (_event, changed) => {
      if (!changed || changed.toString() === name) schedule();
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    // no fs.watch here: the poll alone
  }
  // The poll only schedules: a save caught half-written settles first, as with events.
  const poll = setInterval(() => {
    const now = timer ? null : contentOf(file);
    if (now && !(last && now.equals(last))) schedule();
  }, pollMs);
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
    },
  };
}
