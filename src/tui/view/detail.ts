// The detail view of one topic, as screen lines (pure): the same text as
// `mlroad show` (src/render/topic-detail.ts), wrapped to the pane and with the
// browser's keys named. The same lines feed the pane beside the tree, the
// scrollable overlay and the preview under a short tree.
import type { Progress } from '../../core/progress.js';
import type { Roadmap, Topic } from '../../core/roadmap/types.js';
import type { StateDoc } from '../../core/state/types.js';
import { layoutDetail, topicDetail } from '../../render/topic-detail.js';
import { dueBelow, NO_DUE, type Due } from '../due.js';
import type { Theme } from './segments.js';

/** How many history entries a parent shows (its leaves' latest); a leaf shows all. */
const PARENT_HISTORY = 12;

export interface DetailInput {
  roadmap: Roadmap;
  progress: Progress;
  doc: StateDoc;
  /** Due reviews (for the review line); default none. */
  due?: Due;
  width: number;
  theme: Theme;
  /** Show the model answers of the self-check questions (`a`). */
  answers?: boolean;
  /** Resources as clickable links (OSC 8), where the terminal supports them. */
  links?: boolean;
  /** The learner's time zone (undefined: the system's). */
  timeZone?: string | undefined;
  /** Only the head and the description (the preview under a short tree). */
  brief?: boolean;
}

export function detailLines(
  topic: Topic,
  { roadmap, progress, doc, due = NO_DUE, width, theme, answers = false, links = false, timeZone, brief = false }: DetailInput,
): string[] {
  const lines = topicDetail(topic, {
    roadmap,
    progress,
    state: doc.roadmaps[roadmap.id],
    theme,
    timeZone,
    due: { has: (id) => due.ids.has(id), below: (t) => dueBelow(due, t) },
    answers,
    links,
    place: 'browser',
    historyLimit: PARENT_HISTORY,
    brief,
  });
  // Wrapped to the width already; an empty line is a space (an empty Text has no height in Ink).
  return layoutDetail(lines, width).map((l) => l || ' ');
}
