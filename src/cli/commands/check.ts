// `mlroad check`: the command's definition. Its work (src/cli/practice/, the
// Python runner) is imported when it runs, so it stays off the start-up path
// of `next` and `progress`.
import { Command, InvalidArgumentError } from 'commander';
import { action, examples } from '../context.js';
import type { CheckCommandOptions } from '../practice/check.js';

/** Seconds: a number above 0. */
function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return n;
}

export const checkCommand = () =>
  new Command('check')
    .description("run an exercise's checks against your file and record the attempt (a pass marks the topic done)")
    .argument('[TOPIC]', 'the exercise to check (default: the one you saved last)')
    .option('--dir <DIR>', 'the practice folder (default: practice.dir, else ~/mlroad-practice/<roadmap id>)')
    .option('--timeout <SECONDS>', 'stop the checks after this long (default: practice.timeout, else 30)', seconds)
    .option('-w, --watch', 're-run the checks on every save of the file, like rustlings (q quits)')
    .addHelpText(
      'after',
      examples(
        ['mlroad check', 'the exercise you saved last'],
        ['mlroad check 6.4.2.1', 'a given exercise'],
        ['mlroad check knn --watch', 're-run on every save until it passes'],
        ['mlroad check --json | jq .status', 'passed, failed, error or timeout'],
      ) + '\nExit status: 0 when every check passes, 1 when not, 2 for a topic without an exercise.\n',
    )
    .action(action<CheckCommandOptions>(async (ctx, opts, [ref]) => (await import('../practice/check.js')).runCheck(ctx, opts, ref as string | undefined)));
