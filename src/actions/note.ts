// Adding a note: one locked read-modify-write, shared by `mlroad note` and the browser's `e`.
import { addNote, notesOf } from '../core/state/notes.js';
import type { StateDoc, TopicNote } from '../core/state/types.js';
import type { StateStore } from '../store/state-store.js';

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
