import { Text } from 'ink';
import type { TuiState } from '../model.js';
import { keyHints } from '../view/chrome.js';
import type { Theme } from '../view/segments.js';

/** The status line (messages, the search prompt, or where the cursor is) and the keys that matter now. */
export function Footer({ state, width, theme, status, keys }: { state: TuiState; width: number; theme: Theme; status: readonly string[]; keys: boolean }) {
  return (
    <>
      {status.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
      {keys && <Text wrap="truncate-end">{keyHints(state, width, theme) || ' '}</Text>}
    </>
  );
}
