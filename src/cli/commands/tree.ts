import { Command } from 'commander';
import type { Topic } from '../../core/roadmap/types.js';
import { treeJson } from '../../render/json.js';
import { clean } from '../../render/sanitize.js';
import { glyph, paintStatus } from '../../render/style.js';
import { truncate } from '../../render/text.js';
import { action, examples, type Context } from '../context.js';
import { positiveInt } from '../options.js';

interface TreeOptions {
  depth?: number;
}

function runTree(ctx: Context, opts: TreeOptions, ref?: string): void {
  const scope = ref ? ctx.topic(ref) : null;
  const { progress, c } = ctx;
  const depth = opts.depth ?? Infinity;
  if (ctx.json) {
    ctx.printJson(scope ? treeJson([scope], progress, depth) : treeJson(ctx.roadmap.topics, progress, depth));
    return;
  }
  const total = progress.counts(scope ?? undefined);
  const lines = [
    `${c.bold(clean(scope ? `${scope.number} ${scope.title}` : ctx.roadmap.title))}  ${c.dim(`${total.done}/${total.total} done (${Math.floor(total.percent)}%)`)}`,
  ];
  const room = ctx.stdout.isTTY ? ctx.cols : Infinity;
  const walk = (list: readonly Topic[], d: number, indent: string) => {
    for (const t of list) {
      const status = progress.status(t);
      const k = t.children.length ? progress.counts(t) : null;
      const count = k ? `${k.done}/${k.total}` : '';
      const tail = k ? `  ${c.dim(count)}` : '';
      // On a terminal a long title is cut to keep the row on one line; in a pipe it is whole.
      const fixed = indent.length + 2 + t.number.length + 1 + (count ? count.length + 2 : 0);
      const title = truncate(clean(t.title), Math.max(8, room - fixed), ctx.glyphs.ellipsis);
      lines.push(`${indent}${glyph(c, status, ctx.glyphs)} ${c.bold(t.number)} ${paintStatus(c, status, title)}${tail}`);
      if (d > 1) walk(t.children, d - 1, `${indent}  `);
    }
  };
  walk(scope ? [scope] : ctx.roadmap.topics, depth, '');
  ctx.printText(lines.join('\n'), 2);
}

export const treeCommand = () =>
  new Command('tree')
    .description('the outline with numbers and status marks (✓ done, ◐ in progress, ⊘ skipped, ○ pending)')
    .argument('[TOPIC]', 'show only this branch')
    .option('-d, --depth <N>', 'how many levels to show', positiveInt)
    .addHelpText(
      'after',
      examples(
        ['mlroad tree', 'the whole roadmap'],
        ['mlroad tree --depth 1', 'sections only'],
        ['mlroad tree 6.4', 'one branch'],
        ['mlroad tree --json', 'the nested outline as JSON'],
      ),
    )
    .action(action<TreeOptions>((ctx, opts, [ref]) => runTree(ctx, opts, ref as string | undefined)));
