// Everything about one topic, as lines of styled pieces: what `mlroad show`
// prints and what the browser's details show, from this one function (so the
// two never disagree: same sections, same local times, same words).
// Sections: title, path, status and estimate, review, description,
// prerequisites, resources, self-check questions (answers on request),
// sub-topics, notes, the exercise, history, and what to study first.
import { prerequisiteLeaves, requiredTopics } from '../core/next.js';
import type { Progress, Status } from '../core/progress.js';
import { formatHours } from '../core/roadmap/estimate.js';
import { pathOf, type Roadmap, type Topic } from '../core/roadmap/types.js';
import { topicHistory } from '../core/state/history.js';
import { notesOf } from '../core/state/notes.js';
import type { RoadmapState } from '../core/state/types.js';
import { plural } from '../core/words.js';
import { osc8 } from './hyperlink.js';
import { clean, cleanBlock } from './sanitize.js';
import { paint, seg, wrapSegs, type Seg, type Theme } from './segments.js';
import { STATUS_TEXT } from './style.js';
import { localDate, localTime } from './time.js';

export interface TopicDetailInput {
  roadmap: Roadmap;
  progress: Progress;
  state: RoadmapState | undefined;
  theme: Theme;
  /** The learner's time zone (render/time.ts: timeZoneOf(io.env)); undefined: the system's. */
  timeZone: string | undefined;
  /** Reviews due now: is a leaf due, and how many are due at or below a topic. */
  due: { has(id: string): boolean; below(topic: Topic): number };
  /** Show the model answers of the self-check questions. */
  answers: boolean;
  /** Resources as clickable links (OSC 8). */
  links: boolean;
  /** Where the learner is: the browser names its keys, the CLI its commands. */
  place: 'browser' | 'cli';
  /** A parent lists its leaves' history: at most this many latest entries (default all). */
  historyLimit?: number;
  /** Only the head: title, path, status, review, description (the browser's preview under a short tree). */
  brief?: boolean;
}

/** One logical line: its pieces, and the indent of its continuation lines when it wraps. */
export interface DetailLine {
  readonly segs: readonly Seg[];
  readonly indent: string;
}

const line = (segs: Seg[], indent = ''): DetailLine => ({ segs, indent });
const BLANK: DetailLine = line([]);

/** Text lines of a block (a description, a note): paragraphs and line breaks kept, each line wrapped later. */
const blockLines = (text: string, indent: string, style?: (t: string) => string): DetailLine[] =>
  cleanBlock(text)
    .replace(/\t/g, '  ')
    .split('\n')
    .map((l) => (l.trim() ? line([seg(indent + l.trimEnd(), style)], indent) : BLANK));

export function topicDetail(topic: Topic, input: TopicDetailInput): DetailLine[] {
  const { roadmap, progress, state, theme: t, timeZone } = input;
  const g = t.g;
  const out: DetailLine[] = [];
  /** A section's heading, with a hint after it (how to open a resource, to see the answers). */
  const heading = (text: string, hint = '') => out.push(BLANK, line([seg(text, t.bold), seg(hint && `  (${hint})`, t.dim)], '  '));
  const status = progress.status(topic);
  const parent = topic.children.length > 0;
  const mark = (s: Status) => seg(g.status[s], t.status(s));
  const counted = (x: Topic) => {
    if (!x.children.length) return [];
    const k = progress.counts(x);
    return [seg(` (${k.done}/${k.total})`, t.dim)];
  };
  const sep = () => seg(` ${g.sep} `, t.dim);
  const browser = input.place === 'browser';

  out.push(line([seg(topic.number, t.number), seg('  '), seg(clean(topic.title), t.bold)], ' '.repeat(topic.number.length + 2)));
  if (topic.parent) out.push(line([seg(pathOf(topic).map(clean).join(` ${g.crumb} `), t.dim)], '  '));

  const facts: Seg[] = [mark(status), seg(` ${STATUS_TEXT[status]}`)];
  if (parent) {
    const k = progress.counts(topic);
    facts.push(sep(), seg(`${k.done}/${k.total} done`));
  }
  if (topic.estimateHours !== null) {
    const left = progress.hoursLeft(topic);
    facts.push(
      sep(),
      seg(parent && left !== null ? `~${formatHours(topic.estimateHours)} in all, ${leftText(left)}` : `~${formatHours(topic.estimateHours)} of study`),
    );
  }
  out.push(line(facts, '  '));
  const review = reviewSegs(topic, input);
  if (review) out.push(line(review, '  '));
  out.push(line([seg(`id ${topic.id}`, t.dim)], '   '));

  if (topic.description) out.push(BLANK, ...blockLines(topic.description, ''));
  if (input.brief) return out;

  const required = requiredTopics(roadmap, topic);
  if (required.length) {
    heading('Prerequisites');
    for (const r of required)
      out.push(line([seg('  '), mark(progress.status(r)), seg(' '), seg(r.number, t.number), seg(` ${clean(r.title)}`), ...counted(r)], '      '));
  }

  if (topic.resources.length) {
    const several = topic.resources.length > 1;
    heading('Resources', !several ? '' : browser ? 'o then a number opens one' : `mlroad open ${topic.number} N opens one`);
    topic.resources.forEach((r, i) => {
      const href = clean(r.url);
      const link = (style: (x: string) => string) => (input.links ? (x: string) => osc8(href, style(x)) : style);
      out.push(
        line(
          [
            seg(`  ${i + 1}. `),
            seg(r.kind ? `[${clean(r.kind)}] ` : '', t.kind),
            seg(
              clean(r.title),
              link((x) => x),
            ),
          ],
          '     ',
        ),
      );
      // The whole URL, never cut: wrapped inside it when it is longer than a line.
      out.push(line([seg(`     ${href}`, link(t.link))], '     '));
    });
  }

  if (topic.questions.length) {
    const answered = topic.answers.some(Boolean);
    heading(
      'Check yourself',
      !answered ? '' : input.answers ? (browser ? 'a hides the answers' : '') : browser ? 'a shows the answers' : '--answers shows the answers',
    );
    topic.questions.forEach((q, i) => {
      const [first = BLANK, ...rest] = blockLines(q, '');
      out.push(line([seg(`  ${g.bullet} `), ...first.segs], '    '));
      for (const l of rest) out.push(line([seg('    '), ...l.segs], '    '));
      const answer = topic.answers[i];
      if (input.answers && answer) {
        const [a = BLANK, ...more] = blockLines(answer, '', t.dim);
        out.push(line([seg('    '), seg(`Answer: `, t.accent), ...a.segs], '    '));
        for (const l of more) out.push(line([seg('    '), ...l.segs], '    '));
      }
    });
  }

  if (parent) {
    heading('Topics');
    for (const c of topic.children)
      out.push(line([seg('  '), mark(progress.status(c)), seg(' '), seg(c.number, t.number), seg(` ${clean(c.title)}`), ...counted(c)], '      '));
  }

  const notes = notesOf(state?.topics[topic.id]);
  if (notes.length) {
    heading('Notes');
    for (const n of notes) {
      out.push(line([seg(`  ${localTime(n.at, timeZone)}`, t.dim)]));
      out.push(...blockLines(n.text, '    '));
    }
  }

  if (topic.exercise !== null) {
    // Its practice state (contract §11) and how to practise it.
    const record = state?.topics[topic.id]?.practice;
    heading('Exercise', browser ? 'p writes it to your practice folder' : '');
    const tries = record ? plural(record.attempts, 'attempt') : '';
    const last = record?.last_status === 'timeout' ? 'timed out' : record?.last_status;
    out.push(
      line(
        record?.solved_at
          ? [seg('  '), mark('done'), seg(` solved ${localDate(record.solved_at, timeZone)}`), seg(` (${tries})`, t.dim)]
          : record
            ? [seg('  '), mark('in-progress'), seg(' not solved yet'), seg(` (${tries}, the last ${last})`, t.dim)]
            : [seg('  '), mark('pending'), seg(' not tried yet')],
        '    ',
      ),
    );
    if (!browser) out.push(line([seg(`  mlroad practice ${topic.number} writes it · mlroad check ${topic.number} checks it`, t.dim)], '    '));
  }

  const history = topicHistory(roadmap, state, topic);
  if (history.length) {
    heading('History');
    const shown = parent && input.historyLimit !== undefined ? history.slice(-input.historyLimit) : history;
    if (shown.length < history.length) out.push(line([seg(`  ${g.ellipsis} ${history.length - shown.length} earlier`, t.dim)]));
    for (const h of shown) {
      out.push(
        line(
          [
            seg(`  ${localTime(h.at, timeZone)}  `, t.dim),
            seg(parent ? `${h.topic.number} ` : '', t.number),
            seg(`${STATUS_TEXT[h.previous]} ${g.arrow} `),
            mark(h.status),
            seg(` ${STATUS_TEXT[h.status]}`),
            seg(h.via ? ` (${clean(h.via)})` : '', t.dim),
          ],
          '      ',
        ),
      );
    }
  }

  if (!parent && status === 'pending') {
    const waiting = prerequisiteLeaves(roadmap, topic).filter((l) => progress.status(l) === 'pending' || progress.status(l) === 'in-progress');
    if (waiting.length) {
      const listed = waiting.slice(0, 5).map((l) => l.number);
      out.push(BLANK, line([seg(`Study first: ${listed.join(', ')}${waiting.length > 5 ? `, ${g.ellipsis}` : ''}`, t.warn)], '  '));
    }
  }
  return out;
}

/** "~2h left", and "nothing left" rather than a rounded-up minute. */
export const leftText = (hours: number) => (hours * 60 >= 0.5 ? `~${formatHours(hours)} left` : 'nothing left');

/** "↻ review due since 2026-03-04 (r reviews it) · 2 reviews so far", "next review 2026-03-16 · …", or for a section its due count. */
function reviewSegs(topic: Topic, { state, due, theme: t, timeZone, place }: TopicDetailInput): Seg[] | null {
  const g = t.g;
  if (topic.children.length) {
    const n = due.below(topic);
    return n ? [seg(`${g.due} ${plural(n, 'review')} due below`, t.accent)] : null;
  }
  const record = state?.topics[topic.id];
  const card = record?.card;
  if (!card || card.suspended || record.status !== 'done') return null;
  const n = record.reviews?.length ?? 0;
  const count = seg(` ${g.sep} ${plural(n, 'review')} so far`, t.dim);
  const when = localDate(card.due, timeZone);
  if (due.has(topic.id))
    return [
      seg(`${g.due} review due since ${when}`, t.accent),
      seg(place === 'browser' ? ' (r reviews it)' : ` (mlroad review ${topic.number})`, t.dim),
      count,
    ];
  return [seg(`next review ${when}`), count];
}

/** The lines wrapped to `width` at word boundaries (a URL inside itself), styled: nothing is cut. */
export function layoutDetail(lines: readonly DetailLine[], width: number): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (!l.segs.length) {
      out.push('');
      continue;
    }
    for (const piece of wrapSegs(l.segs, width, l.indent)) out.push(paint(piece));
  }
  return out;
}
