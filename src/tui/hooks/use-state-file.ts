// Notices when another mlroad (`mlroad done` in another terminal) changed the
// state file, so the browser shows it without a key press. Polls the file's
// stat (cheap) and reads it only when that changed; the atomic rename of a
// write changes the inode, so no write is missed.
import { statSync } from 'node:fs';
import { useEffect } from 'react';
import type { StateStore } from '../../store/state-store.js';
import type { StateDoc } from '../../core/state/types.js';

const stamp = (file: string) => {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.mtimeMs}:${st.size}`;
  } catch {
    return 'absent';
  }
};

/** Calls `onChange` with the new document after each change of the file; `onError` once per distinct failure. */
export function useStateFile(store: StateStore, intervalMs: number, onChange: (doc: StateDoc) => void, onError: (error: unknown) => void): void {
  useEffect(() => {
    if (!(intervalMs > 0)) return;
    let last = stamp(store.file);
    let lastError = '';
    const timer = setInterval(() => {
      const now = stamp(store.file);
      if (now === last) return;
      last = now;
      try {
        onChange(store.read());
        lastError = '';
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        if (text !== lastError) onError(error);
        lastError = text;
      }
    }, intervalMs);
    timer.unref?.();
    return () => clearInterval(timer);
    // The callbacks only dispatch into the reducer, whose state lives in a ref: no need to resubscribe.
  }, [store, intervalMs]);
}
