// focus: restrict `next` to one branch of the roadmap until cleared. Stored
// per roadmap in the state (RoadmapState.focus), as a topic id.
import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { focusOf } from '../../core/next.js';
import { topicJson } from '../../render/json.js';
import { clean } from '../../render/sanitize.js';
import { wrap } from '../../render/text.js';
import { topicLabel } from '../../render/topic.js';
import { roadmapState } from '../../core/state/ops.js';
import { action, examples, type Context } from '../context.js';

interface FocusOptions {
  clear?: boolean;
}

/** Writes (or clears, with undefined) the focus in one locked write. */
async function setFocus(ctx: Context, topicId: string | undefined): Promise<void> {
  const roadmapId = ctx.roadmap.id;
  let written = ctx.doc;
  await ctx.store.update((doc) => {
    written = doc;
    if (topicId !== undefined) roadmapState(doc, roadmapId).focus = topicId;
    else if (doc.roadmaps[roadmapId]) delete doc.roadmaps[roadmapId].focus;
  });
  ctx.refresh(written);
}

async function runFocus(ctx: Context, ref: string | undefined, opts: FocusOptions): Promise<void> {
  if (ref !== undefined && opts.clear) throw new UsageError('give a TOPIC to focus on, or --clear, not both');
  if (ref !== undefined) await setFocus(ctx, ctx.topic(ref).id);
  else if (opts.clear) await setFocus(ctx, undefined);
  const { topic, stale } = focusOf(ctx.roadmap, ctx.state);
  if (ctx.json) {
    ctx.printJson({ focus: topic ? topicJson(topic, ctx.progress) : null, ...(stale ? { stale } : {}) });
    return;
  }
  const { c } = ctx;
  if (topic) {
    const k = ctx.progress.counts(topic);
    ctx.print(
      `${ref !== undefined ? 'Focus set on' : 'Focus:'} ${topicLabel(c, topic)} ${c.dim(`(${k.done}/${k.total} done)`)}\n` +
        c.dim(
          wrap(
            '`mlroad next` suggests topics from this branch only (their prerequisites elsewhere still come first). Lift it: mlroad focus --clear',
            Math.min(ctx.cols, 100),
          ),
        ),
    );
  } else if (stale) {
    ctx.print(`The focus "${clean(stale)}" is no longer a topic of this roadmap, so it is ignored. Clear it: mlroad focus --clear`);
  } else {
    ctx.print(
      opts.clear ? 'Focus cleared: `mlroad next` covers the whole roadmap.' : `No focus: \`mlroad next\` covers the whole roadmap. Set one: mlroad focus TOPIC`,
    );
  }
}

export const focusCommand = () =>
  new Command('focus')
    .description('restrict `next` to one branch of the roadmap (stored per roadmap); no TOPIC: show the focus')
    .argument('[TOPIC]', 'the branch to focus on (an id, outline number or title words)')
    .option('--clear', 'lift the focus')
    .addHelpText(
      'after',
      examples(
        ['mlroad focus "deep learning"', 'only suggest topics of section 8'],
        ['mlroad focus', 'show the current focus'],
        ['mlroad focus --clear', 'back to the whole roadmap'],
        ['mlroad next --in 2', 'a one-off look at another branch (the focus stays)'],
      ),
    )
    .action(action<FocusOptions>((ctx, opts, [ref]) => runFocus(ctx, ref as string | undefined, opts)));
