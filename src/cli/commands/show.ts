import { Command } from 'commander';
import { prerequisiteLeaves, requiredTopics } from '../../core/next.js';
import { formatHours } from '../../core/roadmap/estimate.js';
import { topicJson } from '../../render/json.js';
import { clean, cleanBlock } from '../../render/sanitize.js';
import { glyph } from '../../render/style.js';
import { wrap } from '../../render/text.js';
import { statusLine, topicPath } from '../../render/topic.js';
import { topicHistory } from '../../core/state/history.js';
import { action, examples, type Context } from '../context.js';
import { noteLines } from '../../render/notes.js';
import { notesOf } from '../../core/state/notes.js';

export function runShow(ctx: Context, ref: string): void {
  const topic = ctx.topic(ref);
  const { progress, c, roadmap } = ctx;
  const history = topicHistory(roadmap, ctx.state, topic);
  if (ctx.json) {
    ctx.printJson({
      ...topicJson(topic, progress),
      description: topic.description,
      resources: topic.resources.map((r) => ({ title: r.title, url: r.url, kind: r.kind })),
      requires: [...topic.requires],
      questions: [...topic.questions],
      self_check: topic.questions.map((question, i) => ({ question, answer: topic.answers[i] ?? null })),
      children: topic.children.map((t) => topicJson(t, progress)),
      history: history.map((h) => ({ status: h.status, at: h.at, previous: h.previous, ...(topic.children.length ? { id: h.topic.id } : {}) })),
      notes: notesOf(ctx.state?.topics[topic.id]),
    });
    return;
  }
  const width = Math.min(ctx.cols, 100);
  const status = progress.status(topic);
  const lines: string[] = [];
  lines.push(`${c.cyan.bold(topic.number)}  ${c.bold(clean(topic.title))}`);
  const path = topicPath(topic, true);
  if (topic.parent) lines.push(c.dim(path));
  const facts = [`${glyph(c, status)} ${status}`, `id ${topic.id}`];
  const k = progress.counts(topic);
  if (topic.children.length) facts.push(`${k.done}/${k.total} done`);
  if (topic.estimateHours !== null) {
    const left = progress.hoursLeft(topic);
    facts.push(
      topic.children.length && left !== null
        ? `~${formatHours(topic.estimateHours)} in all, ~${formatHours(left)} left`
        : `~${formatHours(topic.estimateHours)} of study`,
    );
  }
  lines.push(facts.join(c.dim(' · ')));
  if (topic.description) lines.push('', wrap(cleanBlock(topic.description), width));

  const section = (title: string, body: string[]) => {
    if (body.length) lines.push('', c.bold(title), ...body);
  };
  const required = requiredTopics(roadmap, topic);
  section(
    'Prerequisites',
    required.map(
      (r) => `  ${statusLine(c, progress.status(r), r)}${r.children.length ? c.dim(` (${progress.counts(r).done}/${progress.counts(r).total})`) : ''}`,
    ),
  );
  section(
    'Resources',
    topic.resources.flatMap((r, i) => [
      `  ${i + 1}. ${r.kind ? c.magenta(`[${clean(r.kind)}] `) : ''}${clean(r.title)}`,
      `     ${c.underline.blue(clean(r.url))}`,
    ]),
  );
  section(
    'Check yourself',
    topic.questions.map((q) => wrap(cleanBlock(q), width, '    ').replace(/^ {4}/, '  • ')),
  );
  section(
    'Topics',
    topic.children.map(
      (t) => `  ${statusLine(c, progress.status(t), t)}${t.children.length ? c.dim(` (${progress.counts(t).done}/${progress.counts(t).total})`) : ''}`,
    ),
  );
  section('Notes', noteLines(notesOf(ctx.state?.topics[topic.id])));
  section(
    'History',
    history.map(
      (h) => `  ${h.at.slice(0, 16).replace('T', ' ')}  ${topic.children.length ? `${h.topic.number} ` : ''}${h.previous} → ${glyph(c, h.status)} ${h.status}`,
    ),
  );
  if (!topic.children.length && status === 'pending') {
    const waiting = prerequisiteLeaves(roadmap, topic).filter((l) => progress.status(l) === 'pending' || progress.status(l) === 'in-progress');
    if (waiting.length)
      lines.push(
        '',
        c.yellow(
          `Study first: ${waiting
            .slice(0, 5)
            .map((l) => l.number)
            .join(', ')}${waiting.length > 5 ? ', …' : ''}`,
        ),
      );
  }
  ctx.print(lines.join('\n'));
}

export const showCommand = () =>
  new Command('show')
    .description('everything about one topic: path, status, description, estimate, prerequisites, resources, questions, history')
    .argument('<TOPIC>', 'an id, outline number or title words')
    .addHelpText(
      'after',
      examples(['mlroad show 2.1.2', 'by outline number'], ['mlroad show "back propagation"', 'by title words'], ['mlroad show 8.3 --json', 'as JSON']),
    )
    .action(action((ctx, _opts, [ref]) => runShow(ctx, ref as string)));
