import { useMemo } from 'react';
import type { Progress } from '../../core/progress.js';
import type { Roadmap, Topic } from '../../core/roadmap/types.js';
import type { StateDoc } from '../../core/state/types.js';
import type { Due } from '../due.js';
import { detailLines } from '../view/detail.js';
import type { Theme } from '../view/segments.js';
import { Lines } from './Lines.js';

export interface DetailProps {
  topic: Topic | undefined;
  roadmap: Roadmap;
  progress: Progress;
  doc: StateDoc;
  due: Due;
  width: number;
  height: number;
  scroll: number;
  theme: Theme;
  answers: boolean;
  links: boolean;
  timeZone: string | undefined;
  brief?: boolean;
}

/** Everything about one topic; beside the tree (wide screens) or as a scrollable overlay. */
export function Detail({ topic, roadmap, progress, doc, due, width, height, scroll, theme, answers, links, timeZone, brief = false }: DetailProps) {
  const lines = useMemo(
    () => (topic ? detailLines(topic, { roadmap, progress, doc, due, width, theme, answers, links, timeZone, brief }) : []),
    [topic, roadmap, progress, doc, due, width, theme, answers, links, timeZone, brief],
  );
  const top = Math.max(0, Math.min(scroll, lines.length - height));
  return <Lines lines={lines.slice(top, top + height)} width={width} height={height} ascii={theme.g.ascii} />;
}
