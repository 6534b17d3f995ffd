// How many lines an overlay has, so the reducer can clamp its scrolling. Uses
// the same line builders as the screen, without colour (length does not
// depend on it).
import { Chalk } from 'chalk';
import { layoutOf } from '../layout.js';
import type { Overlay, TuiState } from '../reducer.js';
import { detailLines } from './detail.js';
import { helpLines } from './help.js';
import { theme } from './segments.js';

const plain = theme(new Chalk({ level: 0 }));

export function overlayLength(s: TuiState, overlay: Overlay): number {
  const width = layoutOf(s.size).width;
  if (overlay.kind === 'help') return helpLines(width, plain).length;
  return detailLines(overlay.topic, { roadmap: s.roadmap, progress: s.progress, doc: s.doc, width, theme: plain }).length;
}
