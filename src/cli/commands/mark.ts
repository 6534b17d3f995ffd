// done / start / skip / reset: set a status on topics (a parent's leaves).
// All references are resolved before anything is written, so a bad one
// changes nothing; the change is one locked read-modify-write.
import { Command } from 'commander';
import { nextTopics } from '../../core/next.js';
import type { Status } from '../../core/progress.js';
import type { Topic } from '../../core/roadmap/types.js';
import { topicJson } from '../../render/json.js';
import { clean } from '../../render/sanitize.js';
import { glyph } from '../../render/style.js';
import { topicLabel } from '../../render/topic.js';
import { markTopics } from '../../actions/mark.js';
import { action, examples } from '../context.js';
import type { Glyphs } from '../../render/glyphs.js';

const VERB: Record<Status, string> = { done: 'done', 'in-progress': 'in progress', skipped: 'skipped', pending: 'pending' };
const MAX_LISTED = 12;

function markCommand(name: string, status: Status, summary: string, example: [string, string][]) {
  return new Command(name)
    .description(summary)
    .argument('<TOPIC...>', 'ids, outline numbers or title words (a parent applies to all its leaves)')
    .addHelpText('after', examples(...example))
    .action(
      action(async (ctx, _opts, [refs]) => {
        const topics = (refs as string[]).map((ref) => ctx.topic(ref));
        const { changed, doc } = await markTopics(ctx.store, ctx.roadmap, topics, status, ctx.now);
        ctx.refresh(doc);
        if (ctx.json) {
          ctx.printJson({ changed: changed.map((t) => topicJson(t, ctx.progress)) });
          return;
        }
        ctx.print(confirmation(ctx.c, topics, changed, status, ctx.glyphs));
        if (changed.length && (status === 'done' || status === 'skipped')) {
          const [pick] = nextTopics(ctx.progress, ctx.state, { limit: 1 });
          const counts = ctx.progress.counts();
          ctx.print(
            ctx.c.dim(`${counts.done}/${counts.total} done (${Math.floor(counts.percent)}%). `) +
              (pick ? `${ctx.c.dim('Next:')} ${topicLabel(ctx.c, pick.topic)}` : ctx.c.green('Nothing left to study.')),
          );
        }
      }),
    );
}

function confirmation(c: import('chalk').ChalkInstance, topics: Topic[], changed: Topic[], status: Status, g: Glyphs): string {
  const verb = VERB[status];
  if (changed.length === 0) {
    const what = topics.length === 1 ? topicLabel(c, topics[0]!) : `all ${topics.length} topics`;
    return `${glyph(c, status, g)} ${what} ${topics.length === 1 && topics[0]!.children.length ? 'has every topic' : 'was already'} ${verb}; nothing changed.`;
  }
  if (topics.length === 1 && changed.length === 1 && changed[0] === topics[0]) {
    return `${glyph(c, status, g)} Marked ${topicLabel(c, changed[0]!)} ${verb}`;
  }
  const scope = topics.length === 1 ? ` of ${topicLabel(c, topics[0]!)}` : '';
  const lines = [`${glyph(c, status, g)} Marked ${changed.length} topic${changed.length === 1 ? '' : 's'}${scope} ${verb}:`];
  for (const t of changed.slice(0, MAX_LISTED)) lines.push(`    ${c.bold(t.number)} ${clean(t.title)}`);
  if (changed.length > MAX_LISTED) lines.push(c.dim(`    ${g.ellipsis} and ${changed.length - MAX_LISTED} more`));
  return lines.join('\n');
}

export const markCommands = () => [
  markCommand('done', 'done', 'mark topics done (a parent: all its leaves)', [
    ['mlroad done 2.1.2', 'by outline number'],
    ['mlroad done chain-rule-of-derivation', 'by id'],
    ['mlroad done "chain rule"', 'by title words'],
    ['mlroad done 1', 'a whole section'],
  ]),
  markCommand('start', 'in-progress', 'mark topics in progress (they come first in `next`)', [
    ['mlroad start 2.2.1', 'begin a topic'],
    ['mlroad start numpy pandas', 'several at once'],
  ]),
  markCommand('skip', 'skipped', 'skip topics you already know or do not need (they leave progress totals)', [
    ['mlroad skip 1', 'skip the introduction'],
    ['mlroad skip "discrete mathematics"', 'by title'],
  ]),
  markCommand('reset', 'pending', 'set topics back to pending (history is kept)', [
    ['mlroad reset 2.1.2', 'undo a mark'],
    ['mlroad reset 2', 'a whole section'],
  ]),
];
