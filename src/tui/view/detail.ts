// The detail view of one topic, as screen lines (pure): path, status,
// estimate, review, description, prerequisites, resources, questions, notes,
// children, history.
// The same lines feed the pane beside the tree and the scrollable overlay.
import { requiredTopics } from '../../core/next.js';
import type { Progress, Status } from '../../core/progress.js';
import { formatHours } from '../../core/roadmap/estimate.js';
import type { Roadmap, Topic } from '../../core/roadmap/types.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { GLYPH, paintStatus } from '../../render/style.js';
import { wrap } from '../../render/text.js';
import { topicPath } from '../../render/topic.js';
import { topicHistory } from '../../core/state/history.js';
import type { StateDoc } from '../../core/state/types.js';
import { dueBelow, NO_DUE, type Due } from '../due.js';
import { fit, seg, type Seg, type Theme } from './segments.js';

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
}

const statusSegs = (t: Theme, status: Status): Seg[] => [seg(GLYPH[status], (x) => paintStatus(t.c, status, x)), seg(` ${status}`)];

/** "↻ review due since 2026-03-04 (r reviews it)", "next review 2026-03-16", or for a section its due count; null when there is nothing to say. */
function reviewSegs(topic: Topic, doc: StateDoc, roadmap: Roadmap, due: Due, t: Theme): Seg[] | null {
  if (topic.children.length) {
    const n = dueBelow(due, topic);
    return n ? [seg(`↻ ${n} review${n === 1 ? '' : 's'} due below`, t.accent)] : null;
  }
  const record = doc.roadmaps[roadmap.id]?.topics[topic.id];
  const card = record?.card;
  if (!card || card.suspended || record.status !== 'done') return null;
  const n = record.reviews?.length ?? 0;
  const count = seg(` · ${n} review${n === 1 ? '' : 's'} so far`, t.dim);
  if (due.ids.has(topic.id)) return [seg(`↻ review due since ${card.due.slice(0, 10)}`, t.accent), seg(' (r reviews it)', t.dim), count];
  return [seg(`next review ${card.due.slice(0, 10)}`), count];
}

export function detailLines(topic: Topic, { roadmap, progress, doc, due = NO_DUE, width, theme: t }: DetailInput): string[] {
  const lines: string[] = [];
  const line = (...segs: Seg[]) => lines.push(fit(segs, width));
  const blank = () => lines.push(' ');
  const heading = (text: string) => {
    blank();
    line(seg(text, t.bold));
  };
  const status = progress.status(topic);
  const parent = topic.children.length > 0;

  line(seg(topic.number, t.number), seg('  '), seg(clean(topic.title), t.bold));
  if (topic.parent) line(seg(topicPath(topic), t.dim));
  const facts: Seg[] = statusSegs(t, status);
  if (parent) {
    const k = progress.counts(topic);
    facts.push(seg(' · ', t.dim), seg(`${k.done}/${k.total} done`));
  }
  if (topic.estimateHours !== null) {
    const left = progress.hoursLeft(topic);
    const text =
      parent && left !== null ? `~${formatHours(topic.estimateHours)} in all, ~${formatHours(left)} left` : `~${formatHours(topic.estimateHours)} of study`;
    facts.push(seg(' · ', t.dim), seg(text));
  }
  line(...facts);
  const review = reviewSegs(topic, doc, roadmap, due, t);
  if (review) line(...review);
  line(seg(`id ${topic.id}`, t.dim));

  if (topic.description) {
    blank();
    for (const l of wrap(cleanBlock(topic.description), width).split('\n')) line(seg(l || ' '));
  }

  const required = requiredTopics(roadmap, topic);
  if (required.length) {
    heading('Prerequisites');
    for (const r of required) {
      const s = progress.status(r);
      const k = r.children.length ? progress.counts(r) : null;
      line(
        seg('  '),
        ...statusSegs(t, s).slice(0, 1),
        seg(' '),
        seg(r.number, t.number),
        seg(` ${clean(r.title)}`),
        seg(k ? ` (${k.done}/${k.total})` : '', t.dim),
      );
    }
  }

  if (topic.resources.length) {
    heading('Resources');
    topic.resources.forEach((r, i) => {
      line(seg(`  ${i + 1}. `), seg(r.kind ? `[${clean(r.kind)}] ` : '', t.kind), seg(clean(r.title)));
      line(seg('     '), seg(clean(r.url), t.link));
    });
  }

  if (topic.questions.length) {
    heading('Check yourself');
    for (const q of topic.questions) {
      const wrapped = wrap(cleanBlock(q), width, '    ').split('\n');
      wrapped.forEach((l, i) => line(seg(i === 0 ? l.replace(/^ {4}/, '  • ') : l)));
    }
  }

  const notes = doc.roadmaps[roadmap.id]?.topics[topic.id]?.notes ?? [];
  if (notes.length) {
    heading('Notes');
    for (const n of notes) {
      line(seg(`  ${n.at.slice(0, 16).replace('T', ' ')}`, t.dim));
      for (const l of wrap(cleanBlock(n.text), width, '    ').split('\n')) line(seg(l || ' '));
    }
  }

  if (parent) {
    heading('Topics');
    for (const c of topic.children) {
      const s = progress.status(c);
      const k = c.children.length ? progress.counts(c) : null;
      line(
        seg('  '),
        seg(GLYPH[s], (x) => paintStatus(t.c, s, x)),
        seg(' '),
        seg(c.number, t.number),
        seg(` ${clean(c.title)}`),
        seg(k ? ` (${k.done}/${k.total})` : '', t.dim),
      );
    }
  }

  const history = topicHistory(roadmap, doc.roadmaps[roadmap.id], topic);
  if (history.length) {
    heading('History');
    const shown = parent ? history.slice(-PARENT_HISTORY) : history;
    if (shown.length < history.length) line(seg(`  … ${history.length - shown.length} earlier`, t.dim));
    for (const h of shown) {
      line(
        seg(`  ${h.at.slice(0, 16).replace('T', ' ')}  `, t.dim),
        seg(parent ? `${h.topic.number} ` : '', t.number),
        seg(`${h.previous} → `),
        seg(GLYPH[h.status], (x) => paintStatus(t.c, h.status, x)),
        seg(` ${h.status}`),
      );
    }
  }
  return lines;
}
