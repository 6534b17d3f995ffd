// Notes as text: their times, the lines `show` prints, the draft the editor opens.
import type { Topic } from '../core/roadmap/types.js';
import { SCISSORS } from '../core/state/notes.js';
import type { TopicNote } from '../core/state/types.js';
import { clean, cleanBlock } from './sanitize.js';
import { localTime } from './time.js';

/** "2026-03-01 09:00" in local time, for people (the zone: render/time.ts; default the system's). */
export const noteTime = (iso: string, timeZone?: string): string => localTime(iso, timeZone);

/** Notes as text lines for the editor template. */
function noteLines(notes: readonly TopicNote[], indent = '  '): string[] {
  return notes.flatMap((n) => [
    `${indent}${noteTime(n.at)}`,
    ...cleanBlock(n.text)
      .split('\n')
      .map((l) => `${indent}  ${l}`),
  ]);
}

/** The draft the editor opens: room for the note, then earlier notes below the scissors line. */
export function editorTemplate(topic: Topic, notes: readonly TopicNote[]): string {
  const lines = [
    '',
    '',
    SCISSORS,
    `# Write your note on ${topic.number} ${clean(topic.title)} above this line.`,
    '# Everything from the line above down is ignored; an empty note adds nothing.',
  ];
  if (notes.length) lines.push('#', '# Earlier notes:', ...noteLines(notes, '#   '));
  return `${lines.join('\n')}\n`;
}
