import { Text } from 'ink';
import type { TuiState } from '../reducer.js';
import { keyHints, modeOf, statusLine } from '../view/chrome.js';
import type { Theme } from '../view/segments.js';

/** The status line (messages, the search prompt, or where the cursor is) and the keys that matter now. */
export function Footer({ state, width, theme, status, keys }: { state: TuiState; width: number; theme: Theme; status: boolean; keys: boolean }) {
  return (
    <>
      {status && <Text wrap="truncate-end">{statusLine(state, width, theme) || ' '}</Text>}
      {keys && <Text wrap="truncate-end">{keyHints(modeOf(state), width, theme) || ' '}</Text>}
    </>
  );
}
