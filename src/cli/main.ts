// One run of mlroad: arguments and io in, an exit code out. The one place where
// errors become messages and exit codes (0 ok, 1 operational, 2 usage). The
// real process is handed in by bin/mlroad.js; tests hand in their own.
import { CommanderError } from 'commander';
import { formatProblem, OperationalError, RoadmapError, UsageError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import { cleanBlock } from '../render/sanitize.js';
import { exitCodeOf } from './context.js';
import { displayPath } from './display-path.js';
import { buildProgram } from './program.js';

/** Runs `mlroad ...args` and returns the exit code; never throws. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  try {
    const program = buildProgram(args, io);
    await program.parseAsync([...args], { from: 'user' });
    return exitCodeOf(program);
  } catch (error) {
    return report(error, io);
  }
}

/** Prints an error the way a user should see it and returns the exit code. */
export function report(error: unknown, io: Io): number {
  const say = (text: string) => io.stderr.write(`${cleanBlock(text)}\n`);
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof RoadmapError) {
    const shown = displayPath(error.file, io.cwd);
    for (const p of error.problems) if (p.severity === 'error') say(formatProblem(shown, p));
    say(`mlroad: ${shown} is not a valid roadmap (check it with \`mlroad validate ${shown}\`)`);
    return 2;
  }
  if (error instanceof UsageError || error instanceof OperationalError) {
    say(`mlroad: ${error.message}`);
    return error.exitCode;
  }
  say(`mlroad: internal error: ${(error as Error)?.message ?? String(error)}`);
  if (io.env.MLROAD_DEBUG) say(String((error as Error)?.stack));
  return 1;
}
