// The mlroad program: global options, the command registry, and the one place
// where errors become messages and exit codes (0 ok, 1 operational, 2 usage).
import { Command, CommanderError } from 'commander';
import { formatProblem, OperationalError, RoadmapError, UsageError } from '../core/errors.js';
import { cleanBlock } from '../render/sanitize.js';
import { browseCommand, isInteractive, runBrowse } from './commands/browse.js';
import { action, examples } from './context.js';
import { markCommands } from './commands/mark.js';
import { nextCommand, runNext } from './commands/next.js';
import { focusCommand } from './commands/focus.js';
import { reviewCommand } from './commands/review.js';
import { progressCommand } from './commands/progress.js';
import { showCommand } from './commands/show.js';
import { treeCommand } from './commands/tree.js';
import { noteCommand } from './commands/note.js';
import { logCommand } from './commands/log.js';
import { statsCommand } from './commands/stats.js';
import { undoCommand } from './commands/undo.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { openCommand } from './commands/open.js';
import { completeHelperCommand, completionCommand } from './commands/completion.js';
import { displayPath, validateCommand } from './commands/validate.js';
import { doctorCommand } from './commands/doctor.js';

declare const MLROAD_VERSION: string;

export function buildProgram(argv: readonly string[] = []): Command {
  const program = new Command('mlroad')
    .description('Your terminal study companion for the Machine Learning roadmap: what to study next, progress, and a browsable tree.')
    .version(typeof MLROAD_VERSION === 'string' ? MLROAD_VERSION : 'dev', '-V, --version', 'print the version')
    .option('--roadmap <FILE>', 'roadmap file to use (default: $MLROAD_ROADMAP or the shipped ML roadmap)')
    .option('--config-dir <DIR>', 'where progress is stored (default: $MLROAD_CONFIG_DIR, $XDG_CONFIG_HOME/mlroad or ~/.config/mlroad)')
    .option('--json', 'print one JSON value on stdout, for scripts')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [COMMAND]', 'show help for a command')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .addHelpText(
      'after',
      examples(
        ['mlroad', 'browse the roadmap (on a terminal) or print the next topic'],
        ['mlroad next', 'what to study now, and why'],
        ['mlroad done 2.1.2', 'mark a topic done'],
        ['mlroad progress', 'progress bars per section'],
        ['mlroad show "chain rule"', 'read about a topic'],
      ) + '\nTopics can be named by id, outline number (2.1.2) or title words ("chain rule").\n',
    )
    .usage('[command] [options]')
    .argument('[COMMAND]')
    .action(
      action(async (ctx, _opts, [command]) => {
        if (command !== undefined) throw unknownCommand(program, command as string);
        if (isInteractive() && !ctx.json) return runBrowse(ctx);
        runNext(ctx, { number: 1 });
      }),
    );
  // The command registry, in the order --help lists them (one per line: easy to add to).
  const commands = promptCommand(argv) ?? [
    nextCommand(),
    ...markCommands(),
    reviewCommand(),
    focusCommand(),
    progressCommand(),
    treeCommand(),
    showCommand(),
    noteCommand(),
    openCommand(),
    undoCommand(),
    logCommand(),
    statsCommand(),
    exportCommand(),
    importCommand(),
    validateCommand(),
    doctorCommand(),
    browseCommand(),
    completionCommand(),
  ];
  for (const command of commands) program.addCommand(command.copyInheritedSettings(program));
  if (commands.length > 1) program.addCommand(completeHelperCommand().copyInheritedSettings(program), { hidden: true });
  // Every command (and the program) reports usage errors through our handler.
  const configure = (cmd: Command) => {
    cmd.exitOverride().configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'mlroad: ')),
    });
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/**
 * `next` and `progress` run in shell prompts and status lines, hundreds of
 * times a day: when one of them is what runs (and no help or version is asked
 * for), it is built alone. Building the ~20 others costs ~1.5 ms of a ~90 ms run.
 */
function promptCommand(argv: readonly string[]): Command[] | undefined {
  const args = argv.slice(2);
  if (args.some((a) => a === '-h' || a === '--help' || a === 'help' || a === '-V' || a === '--version')) return undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return undefined;
    if (arg === '--roadmap' || arg === '--config-dir') i++;
    else if (!arg.startsWith('-')) return arg === 'next' ? [nextCommand()] : arg === 'progress' ? [progressCommand()] : undefined;
  }
  return undefined;
}

function unknownCommand(program: Command, name: string): UsageError {
  const names = program.commands.map((c) => c.name());
  const close = names.filter((n) => n.startsWith(name.slice(0, 2)) || levenshtein(n, name) <= 2);
  return new UsageError(`unknown command '${name}'${close.length ? ` (did you mean ${close.map((n) => `'${n}'`).join(' or ')}?)` : ''}; see \`mlroad --help\``);
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Prints an error the way a user should see it and returns the exit code. */
export function report(error: unknown): number {
  const say = (text: string) => process.stderr.write(`${cleanBlock(text)}\n`);
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof RoadmapError) {
    const shown = displayPath(error.file);
    for (const p of error.problems) if (p.severity === 'error') say(formatProblem(shown, p));
    say(`mlroad: ${shown} is not a valid roadmap (check it with \`mlroad validate ${shown}\`)`);
    return 2;
  }
  if (error instanceof UsageError || error instanceof OperationalError) {
    say(`mlroad: ${error.message}`);
    return error.exitCode;
  }
  say(`mlroad: internal error: ${(error as Error)?.message ?? String(error)}`);
  if (process.env.MLROAD_DEBUG) say(String((error as Error)?.stack));
  return 1;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  // A closed pipe (`mlroad tree | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    await buildProgram(argv).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return report(error);
  }
}

if (!process.env.VITEST) {
  main().then((code) => {
    process.exitCode = code;
  });
}
