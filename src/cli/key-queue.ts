// Keypresses from a terminal as a queue (plain readline in raw mode, no Ink),
// for the interactive review and placement sessions. End of input reads as
// the `end` key the caller names (usually "quit"). Restores the terminal on close.
import { emitKeypressEvents } from 'node:readline';

export interface KeyInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export type RawKey = { name?: string; ctrl?: boolean } | undefined;

export function keyQueue<K>(input: KeyInput, keyOf: (str: string | undefined, key: RawKey) => K | null, end: K) {
  emitKeypressEvents(input);
  const raw = Boolean(input.isTTY && input.setRawMode);
  if (raw) input.setRawMode!(true);
  const queue: K[] = [];
  let waiting: ((k: K) => void) | null = null;
  const push = (k: K) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(k);
    } else queue.push(k);
  };
  const onKey = (str: string | undefined, key: RawKey) => {
    const k = keyOf(str, key);
    if (k !== null) push(k);
  };
  const onEnd = () => push(end);
  input.on('keypress', onKey);
  input.on('end', onEnd);
  input.resume();
  return {
    next: (): Promise<K> => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((r) => (waiting = r))),
    close() {
      input.off('keypress', onKey);
      input.off('end', onEnd);
      if (raw) input.setRawMode!(false);
      input.pause();
    },
  };
}
