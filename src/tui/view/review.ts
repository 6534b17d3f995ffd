// The review overlay (`r` on a done leaf), as screen lines (pure): the same
// steps as `mlroad review` on a terminal — title, path, the question; on
// space/enter its model answer (else the description) and notes; then 1–4 with the wait
// each rating would give. The ratings are pinned to the bottom of the overlay
// so they stay in view however long the answer key is.
import { intervalShort, RATINGS, type RatingName } from '../../core/review/card.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { width as textWidth, wrap } from '../../render/text.js';
import { topicPath } from '../../render/topic.js';
import type { Roadmap } from '../../core/roadmap/types.js';
import { notesOf } from '../../core/state/notes.js';
import type { StateDoc } from '../../core/state/types.js';
import type { Due } from '../due.js';
import type { ReviewOverlay } from '../model.js';
import { fit, seg, type Seg, type Theme } from './segments.js';

const RATING_LABEL: Record<RatingName, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

export interface ReviewInput {
  roadmap: Roadmap;
  doc: StateDoc;
  due: Due;
  width: number;
  theme: Theme;
}

export interface ReviewView {
  /** The scrollable part. */
  lines: string[];
  /** Index of the "Answer key" heading (-1 before it is revealed). */
  answerAt: number;
}

export function reviewLines(o: ReviewOverlay, { roadmap, doc, due, width, theme: t }: ReviewInput): ReviewView {
  const { topic } = o;
  const lines: string[] = [];
  const line = (...segs: Seg[]) => lines.push(fit(segs, width));
  const block = (text: string, indent = '  ') => {
    for (const l of wrap(text, width, indent).split('\n')) line(seg(l || ' '));
  };
  const record = doc.roadmaps[roadmap.id]?.topics[topic.id];
  const card = record?.card;
  const reviews = record?.reviews?.length ?? 0;

  line(seg('Review  ', t.accent), seg(topic.number, t.number), seg('  '), seg(clean(topic.title), t.bold));
  if (topic.parent) line(seg(topicPath(topic), t.dim));
  const when = !card
    ? 'not scheduled yet (done before reviews existed)'
    : due.ids.has(topic.id)
      ? `${t.g.due} due since ${card.due.slice(0, 10)}`
      : `next review ${card.due.slice(0, 10)}: reviewing early`;
  line(seg(when, due.ids.has(topic.id) ? t.accent : t.dim), seg(` ${t.g.sep} ${reviews} review${reviews === 1 ? '' : 's'} so far`, t.dim));
  lines.push(' ');
  block(`Q: ${cleanBlock(o.question)}`);
  lines.push(' ');
  if (!o.revealed) {
    line(seg('Recall your answer, then space or enter shows the answer key.', t.dim));
    return { lines, answerAt: -1 };
  }
  const answerAt = lines.length;
  // The model answer; without one, the topic's description, labelled as such.
  if (o.answer) {
    line(seg('Answer', t.bold));
    block(cleanBlock(o.answer));
  } else if (topic.description) {
    line(seg('No model answer: the topic in brief', t.bold));
    block(cleanBlock(topic.description));
  } else line(seg(`  (no answer or description in the roadmap: check yourself against your notes and the resources)`, t.dim));
  const notes = notesOf(record);
  if (notes.length) {
    lines.push(' ');
    line(seg('Your notes', t.bold));
    for (const n of notes) block(`${n.at.slice(0, 10)}: ${cleanBlock(n.text)}`);
  }
  return { lines, answerAt };
}

/**
 * The lines pinned under the answer key: "How well did you recall it?" (when
 * there is room) and the four ratings with their waits, wrapped to the width.
 * Nothing before the answer is revealed (the footer says what to press).
 */
export function ratingLines(o: ReviewOverlay, width: number, height: number, t: Theme): string[] {
  if (!o.revealed) return [];
  const items = RATINGS.map((r, i) => {
    const wait = o.preview ? intervalShort(o.preview[r].interval) : t.g.ellipsis;
    return [seg(String(i + 1), t.key), seg(` ${RATING_LABEL[r]} `), seg(wait, t.dim)];
  });
  const rows: Seg[][] = [];
  let row: Seg[] = [];
  let used = 0;
  for (const item of items) {
    const w = item.reduce((n, s) => n + textWidth(s.text), 0);
    if (row.length && used + 3 + w > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    const lead = row.length ? '   ' : ' ';
    row.push(seg(lead), ...item);
    used += lead.length + w;
  }
  rows.push(row);
  const out = rows.map((r) => fit(r, width));
  // The question above needs the room more than the heading on a short screen.
  return height >= 10 ? [fit([seg('How well did you recall it?', t.bold), seg(' (the wait until the next review)', t.dim)], width), ...out] : out;
}
