// The mlroad program: global options and the command registry.
import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { UsageError } from '../core/errors.js';
import { editDistance } from '../core/edit-distance.js';
import { browseCommand, runBrowse } from './commands/browse.js';
import { action, attachIo, examples } from './context.js';
import { isInteractive, type Io } from '../core/io.js';
import { columns } from '../render/text.js';
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
import { validateCommand } from './commands/validate.js';
import { doctorCommand } from './commands/doctor.js';
import { configCommand } from './commands/config.js';
import { placementCommand } from './commands/placement.js';
import { planCommand } from './commands/plan.js';
import { practiceCommand } from './commands/practice.js';
import { checkCommand } from './commands/check.js';

/** The program for one run: `argv` are the arguments after `mlroad` (they pick the commands to build). */
export function buildProgram(argv: readonly string[], io: Io): Command {
  const program = new Command('mlroad')
    .description('Your terminal study companion for the Machine Learning roadmap: what to study next, progress, and a browsable tree.')
    .version(pkg.version, '-V, --version', 'print the version')
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
        if (isInteractive(ctx.io) && ctx.io.env.TERM !== 'dumb' && !ctx.json) return runBrowse(ctx);
        runNext(ctx, {});
      }),
    );
  // The command registry, in the order --help lists them (one per line: easy to add to).
  const commands = promptCommand(argv) ?? [
    nextCommand(),
    ...markCommands(),
    reviewCommand(),
    focusCommand(),
    placementCommand(),
    practiceCommand(),
    checkCommand(),
    progressCommand(),
    treeCommand(),
    showCommand(),
    noteCommand(),
    openCommand(),
    undoCommand(),
    logCommand(),
    statsCommand(),
    planCommand(),
    exportCommand(),
    importCommand(),
    validateCommand(),
    doctorCommand(),
    configCommand(),
    browseCommand(),
    completionCommand(),
  ];
  for (const command of commands) program.addCommand(command.copyInheritedSettings(program));
  if (commands.length > 1) program.addCommand(completeHelperCommand().copyInheritedSettings(program), { hidden: true });
  // `mlroad dne 2.1.1` is a mistyped command with its argument, not "too many
  // arguments": say which command was meant, whatever follows it.
  const word = firstWord(argv);
  if (commands.length > 1 && word !== undefined && word !== 'help' && !program.commands.some((c) => c.name() === word || c.aliases().includes(word)))
    throw unknownCommand(program, word);
  // Every command (and the program) reports usage errors through our handler.
  const configure = (cmd: Command) => {
    cmd.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => columns(io.stdout),
      getErrHelpWidth: () => columns(io.stderr),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => write(text.replace(/^error: /, 'mlroad: ')),
    });
    cmd.commands.forEach(configure);
  };
  configure(program);
  attachIo(program, io);
  return program;
}

/**
 * `next` and `progress` run in shell prompts and status lines, hundreds of
 * times a day: when one of them is what runs (and no help or version is asked
 * for), it is built alone. Building the ~20 others costs ~1.5 ms of a ~90 ms run.
 */
function promptCommand(args: readonly string[]): Command[] | undefined {
  if (args.some((a) => a === '-h' || a === '--help' || a === 'help' || a === '-V' || a === '--version')) return undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return undefined;
    if (arg === '--roadmap' || arg === '--config-dir') i++;
    else if (!arg.startsWith('-')) return arg === 'next' ? [nextCommand()] : arg === 'progress' ? [progressCommand()] : undefined;
  }
  return undefined;
}

/** The first argument that is not an option (nor a global option's value): the command's name. */
function firstWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args[i + 1];
    if (arg === '--roadmap' || arg === '--config-dir') i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

function unknownCommand(program: Command, name: string): UsageError {
  const names = program.commands.map((c) => c.name());
  const close = names.filter((n) => !n.startsWith('_') && (n.startsWith(name.slice(0, 2)) || editDistance(n, name, 2) <= 2));
  return new UsageError(`unknown command '${name}'${close.length ? ` (did you mean ${close.map((n) => `'${n}'`).join(' or ')}?)` : ''}; see \`mlroad --help\``);
}
