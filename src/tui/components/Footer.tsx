import { Text } from 'ink';
import { toAscii } from '../../render/glyphs.js';
import type { TuiState } from '../model.js';
import { keyHints } from '../view/chrome.js';
import type { Theme } from '../view/segments.js';

/** The status line (messages, the search prompt, or where the cursor is) and the keys that matter now. */
export function Footer({ state, width, theme, status, keys }: { state: TuiState; width: number; theme: Theme; status: readonly string[]; keys: boolean }) {
  // A message may quote a symbol ("✓ Reviewed …", "↶ Undid …"): ASCII mode turns it into ASCII.
  const out = (line: string) => (theme.g.ascii ? toAscii(line) : line);
  return (
    <>
      {status.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {out(line) || ' '}
        </Text>
      ))}
      {keys && <Text wrap="truncate-end">{keyHints(state, width, theme) || ' '}</Text>}
    </>
  );
}
