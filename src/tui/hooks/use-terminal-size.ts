// Terminal size and resizes. Ink 6.8 has no size hook: read stdout.columns
// and stdout.rows and listen for 'resize' ourselves.
import { useStdout } from 'ink';
import { useEffect } from 'react';
import { FALLBACK_SIZE, type Size } from '../layout.js';

const readSize = (stdout: { columns?: number; rows?: number }): Size => ({
  columns: stdout.columns || FALLBACK_SIZE.columns,
  rows: stdout.rows || FALLBACK_SIZE.rows,
});

/** The current size, and `onResize` on every change while `active`. */
export function useTerminalSize(onResize: (size: Size) => void, active = true): Size {
  const { stdout } = useStdout();
  useEffect(() => {
    if (!active) return;
    const listener = () => onResize(readSize(stdout));
    stdout.on('resize', listener);
    return () => {
      stdout.off('resize', listener);
    };
  }, [stdout, onResize, active]);
  return readSize(stdout);
}
