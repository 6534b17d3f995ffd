import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { isInteractive } from '../../core/io.js';
import { nowFrom } from '../../core/clock.js';
import { action, examples, type Context } from '../context.js';

/** Opens the Ink TUI. Ink and React are imported here only, never on the start-up path. */
export async function runBrowse(ctx: Context): Promise<void> {
  if (!isInteractive(ctx.io)) {
    throw new UsageError('the browser needs a terminal (stdin and stdout must be a TTY); use `mlroad tree` or `mlroad next` in scripts and pipes');
  }
  // Load and read everything that can fail before the screen is switched, so
  // an invalid roadmap or a corrupt state file is reported on the normal screen.
  const { roadmap, doc, store, c: chalk, io, glyphs, settings } = ctx;
  const learning = {
    dailyLimit: settings.get('review.daily-limit') ?? 0,
    refreshBelow: settings.get('review.refresh-below') ?? 0,
  };
  const { runTui } = await import('../../tui/index.js');
  ctx.exitCode = await runTui({ io, roadmap, doc, store, chalk, glyphs, clock: () => nowFrom(io.env, io.clock), learning });
}

export const browseCommand = () =>
  new Command('browse')
    .description('open the interactive roadmap browser (also what `mlroad` does on a terminal)')
    .addHelpText('after', examples(['mlroad browse', 'browse, read and mark topics'], ['mlroad', 'the same, when run on a terminal']))
    .action(action((ctx) => runBrowse(ctx)));
