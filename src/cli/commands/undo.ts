// mlroad undo: revert the most recent status change still in effect (one
// whole command: `done 2.1` on three leaves comes back at once). Repeatable:
// each undo walks one change further back.
import { Command } from 'commander';
import { topicJson } from '../../render/json.js';
import { glyph, STATUS_TEXT } from '../../render/style.js';
import { topicLabel } from '../../render/topic.js';
import { undoLast } from '../../actions/undo.js';
import { action, examples, type Context } from '../context.js';
import { noteTime } from '../../render/notes.js';

const MAX_LISTED = 12;

async function runUndo(ctx: Context): Promise<void> {
  const { plan, changed, doc } = await undoLast(ctx.store, ctx.roadmap, ctx.now);
  ctx.refresh(doc);
  if (ctx.json) {
    ctx.printJson({ changed: changed.map((t) => topicJson(t, ctx.progress)), undone: plan ? { change: plan.change, at: plan.at } : null });
    return;
  }
  const { c } = ctx;
  if (!plan) {
    ctx.print('Nothing to undo: no status change is left to revert.');
    return;
  }
  const lines = [`${ctx.glyphs.undo} Undid the change of ${noteTime(plan.at)} (${plan.reverts.length} topic${plan.reverts.length === 1 ? '' : 's'}):`];
  const byId = new Map(plan.reverts.map((r) => [r.id, r]));
  for (const t of changed.slice(0, MAX_LISTED)) {
    const r = byId.get(t.id)!;
    lines.push(`    ${topicLabel(c, t)}  ${c.dim(STATUS_TEXT[r.from])} ${ctx.glyphs.arrow} ${glyph(c, r.to, ctx.glyphs)} ${STATUS_TEXT[r.to]}`);
  }
  if (changed.length > MAX_LISTED) lines.push(c.dim(`    ${ctx.glyphs.ellipsis} and ${changed.length - MAX_LISTED} more`));
  const gone = plan.reverts.filter((r) => !ctx.roadmap.byId.has(r.id));
  if (gone.length)
    lines.push(c.dim(`    and ${gone.length} topic${gone.length === 1 ? '' : 's'} no longer in this roadmap: ${gone.map((r) => r.id).join(', ')}`));
  lines.push(c.dim('Run mlroad undo again to go further back; mlroad log shows the history.'));
  ctx.print(lines.join('\n'));
}

export const undoCommand = () =>
  new Command('undo')
    .description('revert the most recent status change still in effect (repeat to go further back)')
    .addHelpText(
      'after',
      examples(
        ['mlroad undo', 'take back the last done/start/skip/reset'],
        ['mlroad undo && mlroad undo', 'the last two changes'],
        ['mlroad undo --json', '{"changed":[topic...]}'],
      ) + '\nUndo adds to the history (nothing is erased), and never undoes an undo.\n',
    )
    .action(action((ctx) => runUndo(ctx)));
