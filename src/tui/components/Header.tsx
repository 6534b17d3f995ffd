import { Text } from 'ink';
import type { Progress } from '../../core/progress.js';
import type { Roadmap } from '../../core/roadmap/types.js';
import type { Filter } from '../model.js';
import { headerLine } from '../view/chrome.js';
import type { Theme } from '../view/segments.js';

/** Roadmap title, overall progress bar, done/total, percent, due reviews, and the filter when one is on. */
export function Header(props: { roadmap: Roadmap; progress: Progress; filter: Filter; due: number; width: number; theme: Theme }) {
  return <Text wrap="truncate-end">{headerLine(props.roadmap, props.progress, props.filter, props.width, props.theme, props.due) || ' '}</Text>;
}
