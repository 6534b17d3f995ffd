// A fixed block of pre-built lines: exactly `height` rows, none wider than
// `width`. Every pane is one, so a frame's height never depends on content
// (Ink must never be handed a frame as tall as the terminal).
import { Box, Text } from 'ink';
import { toAscii } from '../../render/glyphs.js';

export interface LinesProps {
  lines: readonly string[];
  width: number;
  height: number;
  /** ASCII mode: the last pass turns any symbol left into ASCII. */
  ascii?: boolean;
}

export function Lines({ lines, width, height, ascii = false }: LinesProps) {
  const shown: string[] = [];
  // An empty Text has no height in Ink: blank lines are a single space.
  for (let i = 0; i < height; i++) shown.push((ascii ? toAscii(lines[i] ?? '') : lines[i]) || ' ');
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
