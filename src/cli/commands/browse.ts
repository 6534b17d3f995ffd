import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { action, examples, type Context } from '../context.js';

export const isInteractive = () => Boolean(process.stdin.isTTY && process.stdout.isTTY);

/** Opens the Ink TUI. Ink and React are imported here only, never on the start-up path. */
export async function runBrowse(ctx: Context): Promise<void> {
  if (!isInteractive()) {
    throw new UsageError('the browser needs a terminal (stdin and stdout must be a TTY); use `mlroad tree` or `mlroad next` in scripts and pipes');
  }
  void ctx.roadmap; // validate the roadmap before switching screens
  const { runTui } = await import('../../tui/index.js');
  await runTui(ctx);
}

export const browseCommand = () =>
  new Command('browse')
    .description('open the interactive roadmap browser (also what `mlroad` does on a terminal)')
    .addHelpText('after', examples(['mlroad browse', 'browse, read and mark topics'], ['mlroad', 'the same, when run on a terminal']))
    .action(action((ctx) => runBrowse(ctx)));
