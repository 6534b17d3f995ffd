// `mlroad check`: one run of the checks (or a watch session), its report and its record.
import { existsSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import type { ExitSignal } from '../../core/io.js';
import { clean } from '../../render/sanitize.js';
import { checkAndRecord, checkSettings, type CheckOutcome } from '../../actions/practice.js';
import { nowFrom } from '../../core/clock.js';
import type { Context } from '../context.js';
import { checkJson } from './view.js';
import { shownPath } from '../../practice/workspace.js';
import { exerciseTarget, onSignals, practiceSetup, reportLines, SIGNAL_EXIT, viewOptions } from './shared.js';
import { watchCheck } from './watch.js';

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
