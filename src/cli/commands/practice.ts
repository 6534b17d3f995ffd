// `mlroad practice` and its subcommands: the definitions. Their work
// (src/cli/practice/) is imported when one runs, off the start-up path.
import { Command } from 'commander';
import { action, examples } from '../context.js';
import type { DirOptions } from '../practice/commands.js';

const run = () => import('../practice/commands.js');
const dirOption = '--dir <DIR>';
const dirHelp = 'the practice folder (default: practice.dir, else ~/mlroad-practice/<roadmap id>)';

export const practiceCommand = () =>
  new Command('practice')
    .description("runnable exercises: write the next one (or TOPIC's) to your practice folder and print the task; then `mlroad check`")
    .argument('[TOPIC]', 'an exercise, or a section to take the next exercise from (default: the next unsolved one in `next` order)')
    .option(dirOption, dirHelp)
    .addHelpText(
      'after',
      examples(
        ['mlroad practice', 'the next unsolved exercise'],
        ['mlroad practice 6.4.2.1', "a given topic's exercise"],
        ['mlroad check --watch', 'check your file on every save'],
        ['mlroad practice list', 'every exercise and its status'],
        ['mlroad practice hint', 'a hint for the exercise you saved last'],
      ) + '\nYour files are never overwritten; `practice reset` keeps a backup.\n',
    )
    .action(action<DirOptions>(async (ctx, opts, [ref]) => (await run()).runPractice(ctx, opts, ref as string | undefined)))
    .addCommand(
      new Command('list')
        .description('the exercises (under TOPIC) with their status: new, attempted, solved')
        .argument('[TOPIC]', 'only exercises under this topic')
        .option(dirOption, dirHelp)
        .action(action<DirOptions>(async (ctx, opts, [ref]) => (await run()).runList(ctx, opts, ref as string | undefined))),
    )
    .addCommand(
      new Command('hint')
        .description("the exercise's hints")
        .argument('[TOPIC]', 'the exercise (default: the one you saved last)')
        .option(dirOption, dirHelp)
        .action(action<DirOptions>(async (ctx, opts, [ref]) => (await run()).runHint(ctx, opts, ref as string | undefined))),
    )
    .addCommand(
      new Command('solution')
        .description('the reference solution, once you have solved the exercise (before that only with --reveal)')
        .argument('[TOPIC]', 'the exercise (default: the one you saved last)')
        .option('--reveal', 'show it although you have not solved the exercise yet')
        .option(dirOption, dirHelp)
        .action(action<DirOptions & { reveal?: boolean }>(async (ctx, opts, [ref]) => (await run()).runSolution(ctx, opts, ref as string | undefined))),
    )
    .addCommand(
      new Command('reset')
        .description('restore the starter file; your version is kept beside it as a dated backup')
        .argument('[TOPIC]', 'the exercise (default: the one you saved last)')
        .option(dirOption, dirHelp)
        .action(action<DirOptions>(async (ctx, opts, [ref]) => (await run()).runReset(ctx, opts, ref as string | undefined))),
    );
