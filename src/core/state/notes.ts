// Notes on topics: append-only like the history, so merging two machines'
// notes is a plain union and nothing a learner wrote is ever overwritten.
import { roadmapState } from './ops.js';
import type { StateDoc, TopicNote, TopicRecord } from './types.js';

/** Trailing spaces and surrounding blank lines removed; line breaks kept. */
export function normalizeNote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The notes of a topic record, oldest first. */
export const notesOf = (record: TopicRecord | undefined): TopicNote[] => [...(record?.notes ?? [])].sort((a, b) => a.at.localeCompare(b.at));

/** Appends a note to a topic (any topic: a section can have notes too). */
export function addNote(doc: StateDoc, roadmapId: string, topicId: string, text: string, at: Date): TopicNote {
  const state = roadmapState(doc, roadmapId);
  const record = (state.topics[topicId] ??= { status: 'pending', history: [] });
  const note = { at: at.toISOString(), text };
  (record.notes ??= []).push(note);
  return note;
}

/** The line below which the editor's draft is ignored (as in git's commit messages). */
export const SCISSORS = '# ------------------------ >8 ------------------------';

/** The text before the scissors line (all of it when the line was deleted). */
export function noteFromEditor(content: string): string {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const cut = lines.findIndex((l) => l.trimEnd() === SCISSORS);
  return (cut === -1 ? lines : lines.slice(0, cut)).join('\n');
}
