// "Progress for ids no longer in the file": said by validate (its output),
// next and progress (a notice on stderr), with the command that maps each id
// to the topic it most likely became.
import { lostProgress, type LostProgress } from '../core/roadmap/renames.js';
import type { Roadmap } from '../core/roadmap/types.js';
import type { RoadmapState } from '../core/state/types.js';
import { plural } from '../core/words.js';
import { clean } from '../render/sanitize.js';
import { STATUS_TEXT } from '../render/style.js';
import type { Context } from './context.js';
import { displayPath } from './display-path.js';

/** "mlroad doctor --rename backprop back-propagation" for one lost id (null without a guess). */
const renameCommand = (l: LostProgress) => (l.guess ? `mlroad doctor --rename ${l.id} ${l.guess.id}` : null);

/** The lines that explain lost progress: a summary, then one line per id (at most `max`). */
export function lostProgressLines(lost: readonly LostProgress[], file: string, max = 5): string[] {
  if (!lost.length) return [];
  const lines = [`${plural(lost.length, 'topic id')} with progress ${lost.length === 1 ? 'is' : 'are'} no longer in ${file} (kept, not lost):`];
  for (const l of lost.slice(0, max)) {
    const fix = renameCommand(l);
    if (l.guess && fix) lines.push(`  ${clean(l.id)} (${STATUS_TEXT[l.status]}): renamed to ${l.guess.number} ${clean(l.guess.title)}? Then:`, `    ${fix}`);
    else lines.push(`  ${clean(l.id)} (${STATUS_TEXT[l.status]}): no topic like it: mlroad doctor lists them`);
  }
  if (lost.length > max) lines.push(`  and ${lost.length - max} more: mlroad doctor`);
  return lines;
}

/** next and progress: a notice on stderr when the state holds progress the roadmap no longer shows. */
export function warnLostProgress(ctx: Context, roadmap: Roadmap, state: RoadmapState | undefined): void {
  const lost = lostProgress(roadmap, state);
  if (!lost.length) return;
  const lines = lostProgressLines(lost, displayPath(ctx.roadmapFile, ctx.io.cwd), 3);
  ctx.warn(`mlroad: ${lines.join('\n')}`);
}
