// A fixed block of pre-built lines: exactly `height` rows, none wider than
// `width`. Every pane is one, so a frame's height never depends on content
// (Ink must never be handed a frame as tall as the terminal).
import { Box, Text } from 'ink';

export interface LinesProps {
  lines: readonly string[];
  width: number;
  height: number;
}

export function Lines({ lines, width, height }: LinesProps) {
  const shown: string[] = [];
  // An empty Text has no height in Ink: blank lines are a single space.
  for (let i = 0; i < height; i++) shown.push(lines[i] || ' ');
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
