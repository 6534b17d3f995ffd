import { Command } from 'commander';
import { dueReviews } from '../../core/review/due.js';
import { isDue } from '../../core/review/card.js';
import { practiceJson, topicJson } from '../../render/json.js';
import { hyperlinksOn } from '../../render/hyperlink.js';
import { layoutDetail, topicDetail } from '../../render/topic-detail.js';
import { topicHistory } from '../../core/state/history.js';
import { action, examples, type Context } from '../context.js';
import { notesOf } from '../../core/state/notes.js';

interface ShowOptions {
  answers?: boolean;
}

async function runShow(ctx: Context, ref: string, opts: ShowOptions = {}): Promise<void> {
  const topic = ctx.topic(ref);
  const { progress, roadmap } = ctx;
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
      history: history.map((h) => ({
        status: h.status,
        at: h.at,
        previous: h.previous,
        ...(h.via ? { via: h.via } : {}),
        ...(topic.children.length ? { id: h.topic.id } : {}),
      })),
      notes: notesOf(ctx.state?.topics[topic.id]),
      practice: topic.exercise === null ? null : practiceJson(ctx.state?.topics[topic.id]?.practice),
    });
    return;
  }
  const state = ctx.state;
  const lines = topicDetail(topic, {
    roadmap,
    progress,
    state,
    theme: ctx.theme,
    timeZone: ctx.timeZone,
    due: {
      has: (id) => isDue(state?.topics[id]?.card, ctx.now) && state?.topics[id]?.status === 'done',
      below: (t) => dueReviews(progress, state, ctx.now, t).length,
    },
    answers: Boolean(opts.answers),
    links: await hyperlinksOn(ctx.stdout, ctx.io.env, ctx.c.level > 0),
    place: 'cli',
  });
  // Wrapped at word boundaries to the terminal (at most 100 columns, for reading); nothing is cut.
  ctx.print(layoutDetail(lines, Math.min(ctx.cols, 100)).join('\n'));
}

export const showCommand = () =>
  new Command('show')
    .description('everything about one topic: path, status, description, estimate, prerequisites, resources, questions, history')
    .argument('<TOPIC>', 'an id, outline number or title words')
    .option('-a, --answers', 'also print the model answers of the self-check questions')
    .addHelpText(
      'after',
      examples(
        ['mlroad show 2.1.2', 'by outline number'],
        ['mlroad show "back propagation"', 'by title words'],
        ['mlroad show 2.1.2 --answers', 'with the answers to its questions'],
        ['mlroad show 8.3 --json', 'as JSON'],
      ),
    )
    .action(action<ShowOptions>((ctx, opts, [ref]) => runShow(ctx, ref as string, opts)));
