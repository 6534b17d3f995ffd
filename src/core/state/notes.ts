// Notes on topics: append-only like the history, so merging two machines'
// notes is a plain union and nothing a learner wrote is ever overwritten.
import type { StateStore } from '../../store/state-store.js';
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
export const notesOf = (record: TopicRecord | undefined): TopicNote[] =>
  [...(record?.notes ?? [])].sort((a, b) => a.at.localeCompare(b.at));

/** Appends a note to a topic (any topic: a section can have notes too). */
export function addNote(doc: StateDoc, roadmapId: string, topicId: string, text: string, at: Date): TopicNote {
  const state = roadmapState(doc, roadmapId);
  const record = (state.topics[topicId] ??= { status: 'pending', history: [] });
  const note = { at: at.toISOString(), text };
  (record.notes ??= []).push(note);
  return note;
}

export interface NoteResult {
  note: TopicNote;
  /** Every note of the topic after the write, oldest first. */
  notes: TopicNote[];
  doc: StateDoc;
}

/** Appends a note in one locked read-modify-write. */
export async function appendNote(store: StateStore, roadmapId: string, topicId: string, text: string, at: Date): Promise<NoteResult> {
  let written: StateDoc | undefined;
  const note = await store.update((doc) => {
    written = doc;
    return addNote(doc, roadmapId, topicId, text, at);
  });
  return { note, notes: notesOf(written!.roadmaps[roadmapId]?.topics[topicId]), doc: written! };
}
