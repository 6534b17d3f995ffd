import { helpLines } from '../view/help.js';
import type { Theme } from '../view/segments.js';
import { Lines } from './Lines.js';

/** The `?` overlay: every key, scrollable when the screen is short. */
export function Help({ width, height, scroll, theme }: { width: number; height: number; scroll: number; theme: Theme }) {
  const lines = helpLines(width, theme);
  const top = Math.max(0, Math.min(scroll, lines.length - height));
  return <Lines lines={lines.slice(top, top + height)} width={width} height={height} ascii={theme.g.ascii} />;
}
