import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import type { ExitSignal } from '../../core/io.js';
import { clean } from '../../render/sanitize.js';
import { checkAndRecord, checkSettings, type CheckOutcome } from '../../actions/practice.js';
import { nowFrom } from '../../core/clock.js';
import { action, examples, type Context } from '../context.js';
import { checkJson, shownPath } from '../practice-view.js';
import { exerciseTarget, onSignals, practiceSetup, reportLines, seconds, SIGNAL_EXIT, viewOptions } from '../practice-shared.js';
import { watchCheck } from '../check-watch.js';

export interface CheckCommandOptions {
  dir?: string;
  timeout?: number;
  watch?: boolean;
}

export async function runCheck(ctx: Context, opts: CheckCommandOptions, ref?: string): Promise<void> {
  if (opts.watch && ctx.json) throw new UsageError('--watch redraws its report on every save; it cannot be combined with --json');
  const setup = practiceSetup(ctx, opts.dir);
  const { topic, folder, file } = exerciseTarget(ctx, setup, ref);
  if (!existsSync(file)) {
    throw new UsageError(
      `nothing to check yet for ${topic.number} ${clean(topic.title)}: ${shownPath(file, ctx.io.cwd, ctx.io.system.homedir)} does not exist (write it: mlroad practice ${topic.number})`,
    );
  }
  const { python, timeoutMs } = checkSettings(ctx.settings, opts.timeout);
  if (opts.watch) {
    ctx.exitCode = await watchCheck(ctx, { topic, folder, file }, { setup, python, timeoutMs });
    return;
  }
  const abort = new AbortController();
  let stoppedBy: ExitSignal | null = null;
  const off = onSignals(ctx, (signal) => {
    stoppedBy ??= signal;
    abort.abort();
  });
  let outcome: CheckOutcome;
  try {
    outcome = await checkAndRecord(ctx.store, ctx.roadmap, folder, file, {
      python,
      timeoutMs,
      env: ctx.io.env,
      clock: ctx.io.clock,
      kill: (pid, signal) => ctx.io.system.kill(pid, signal),
      signal: abort.signal,
      now: () => nowFrom(ctx.io.env, ctx.io.clock),
    });
  } finally {
    off();
  }
  if (outcome.run.status === 'interrupted') {
    ctx.warn('mlroad: check stopped; nothing was recorded');
    ctx.exitCode = SIGNAL_EXIT[stoppedBy ?? 'SIGINT'];
    return;
  }
  if (outcome.doc) ctx.refresh(outcome.doc);
  ctx.exitCode = outcome.run.status === 'passed' ? 0 : 1;
  if (ctx.json) {
    ctx.printJson(checkJson(topic, ctx.progress, file, outcome));
    return;
  }
  ctx.print(reportLines(ctx, topic, file, outcome, viewOptions(ctx, topic.number), timeoutMs / 1000).join('\n'));
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
    .action(action<CheckCommandOptions>((ctx, opts, [ref]) => runCheck(ctx, opts, ref as string | undefined)));
