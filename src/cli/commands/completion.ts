// mlroad completion bash|zsh|fish: a completion script generated from the
// command registry itself (so new commands and options complete without
// touching this file). Topic ids and outline numbers come from the hidden
// `mlroad __complete topics`, which reads the roadmap in use at that moment.
import { Argument, Command, type Option } from 'commander';
import { clean } from '../../render/sanitize.js';
import { SLUG } from '../../core/roadmap/parse-yaml.js';
import type { Topic } from '../../core/roadmap/types.js';

const NUMBER = /^\d+(?:\.\d+)*$/;
import { action, Context, examples, ioOf } from '../context.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** What a value (an option's or a positional argument's) completes to. */
type Values = { kind: 'topic' } | { kind: 'file' } | { kind: 'dir' } | { kind: 'words'; words: string[] } | { kind: 'none' };

interface OptionSpec {
  flags: string[];
  description: string;
  /** null: a flag without a value. */
  value: Values | null;
}

interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Positional arguments in order; the last one may repeat. */
  args: Values[];
  variadic: boolean;
}

interface CompletionSpec {
  globals: OptionSpec[];
  commands: CommandSpec[];
}

const valuesOf = (placeholder: string, choices: readonly string[] | undefined): Values => {
  if (choices?.length) return { kind: 'words', words: [...choices] };
  if (/TOPIC/.test(placeholder)) return { kind: 'topic' };
  if (/FILE/.test(placeholder)) return { kind: 'file' };
  if (/DIR/.test(placeholder)) return { kind: 'dir' };
  return { kind: 'none' };
};

const firstSentence = (text: string) =>
  clean(text)
    .split(/[.;:(]/)[0]!
    .trim();

function optionSpec(o: Option): OptionSpec {
  const flags = [o.short, o.long].filter((f): f is string => Boolean(f));
  const takesValue = o.required || o.optional;
  return { flags, description: firstSentence(o.description), value: takesValue ? valuesOf(o.flags, o.argChoices) : null };
}

/** The commands and options of the program, as the help shows them. */
function completionSpec(program: Command): CompletionSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program).map((cmd): CommandSpec => {
    if (cmd.name() === 'help') {
      const names = help
        .visibleCommands(program)
        .map((c) => c.name())
        .filter((n) => n !== 'help');
      return { name: 'help', description: 'show help for a command', options: [], args: [{ kind: 'words', words: names }], variadic: false };
    }
    const args = cmd.registeredArguments as readonly Argument[];
    return {
      name: cmd.name(),
      description: firstSentence(cmd.description()),
      options: help.visibleOptions(cmd).map(optionSpec),
      args: args.map((a) => valuesOf(a.name(), a.argChoices)),
      variadic: Boolean(args.at(-1)?.variadic),
    };
  });
  return { globals: help.visibleOptions(program).map(optionSpec), commands };
}

const quoteSh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const quoteFish = (s: string) => `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`;
const flagsOf = (options: OptionSpec[]) => options.flatMap((o) => o.flags);
const valued = (spec: CompletionSpec) => [
  ...new Set([...spec.globals, ...spec.commands.flatMap((c) => c.options)].filter((o) => o.value).flatMap((o) => o.flags)),
];

/** A shell statement completing `values` (bash: into COMPREPLY). */
function bashValues(v: Values): string {
  switch (v.kind) {
    case 'topic':
      // Not compgen -W: it expands its word list ($(…), \`…\`, $x), and a topic id must never run as code.
      return '_mlroad_topic_words';
    case 'file':
      return 'compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur")';
    case 'dir':
      return 'compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur")';
    case 'words':
      return `mapfile -t COMPREPLY < <(compgen -W ${quoteSh(v.words.join(' '))} -- "$cur")`;
    default:
      return ':';
  }
}

function bashScript(spec: CompletionSpec): string {
  const optionValueCases: string[] = [];
  for (const o of spec.globals) if (o.value) optionValueCases.push(`      ${o.flags.map((f) => `*" ${f}"`).join('|')}) ${bashValues(o.value)}; return ;;`);
  for (const c of spec.commands) {
    for (const o of c.options)
      if (o.value && !spec.globals.includes(o))
        optionValueCases.push(`      ${o.flags.map((f) => `${quoteSh(`${c.name} ${f}`)}`).join('|')}) ${bashValues(o.value)}; return ;;`);
  }
  const globals = flagsOf(spec.globals).join(' ');
  const optionCases = spec.commands.map((c) => `      ${c.name}) words=${quoteSh(flagsOf(c.options).join(' '))} ;;`);
  const argCases = spec.commands
    .filter((c) => c.args.some((a) => a.kind !== 'none'))
    .map((c) => {
      const positions = c.args
        .map((a, i) => (a.kind === 'none' ? '' : `${c.variadic && i === c.args.length - 1 ? '*' : i}) ${bashValues(a)} ;;`))
        .filter(Boolean);
      return `      ${c.name}) case $npos in ${positions.join(' ')} esac ;;`;
    });
  return `# mlroad completion for bash: commands, options, topic ids and outline numbers.
# Load it now:  source <(mlroad completion bash)
# For good:     mlroad completion bash > ~/.local/share/bash-completion/completions/mlroad
_mlroad_topics() {
  local roadmap=() i
  for ((i = 1; i < \${#COMP_WORDS[@]} - 1; i++)); do
    [[ \${COMP_WORDS[i]} == --roadmap ]] && roadmap=(--roadmap "\${COMP_WORDS[i+1]}")
  done
  command mlroad "\${roadmap[@]}" __complete topics 2>/dev/null | cut -f1
}

# The topics that start with $cur, compared as plain text (never expanded);
# only ids and outline numbers, since bash inserts a completion unquoted.
_mlroad_topic_words() {
  local w
  COMPREPLY=()
  while IFS= read -r w; do
    [[ $w =~ ^[a-z0-9][a-z0-9.-]*$ && $w == "$cur"* ]] && COMPREPLY+=("$w")
  done < <(_mlroad_topics)
}

_mlroad() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  local cmd='' npos=0 i w words
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=\${COMP_WORDS[i]}
    case $w in
      ${valued(spec).join('|')}) ((i++)) ;;
      -*) ;;
      *) if [[ -z $cmd ]]; then cmd=$w; else ((npos++)); fi ;;
    esac
  done
  case "$cmd $prev" in
${optionValueCases.join('\n')}
  esac
  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then
      mapfile -t COMPREPLY < <(compgen -W ${quoteSh(globals)} -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W ${quoteSh(spec.commands.map((c) => c.name).join(' '))} -- "$cur")
    fi
    return
  fi
  if [[ $cur == -* ]]; then
    words=''
    case $cmd in
${optionCases.join('\n')}
    esac
    mapfile -t COMPREPLY < <(compgen -W "$words "${quoteSh(globals)} -- "$cur")
    return
  fi
  case $cmd in
${argCases.join('\n')}
  esac
}
complete -F _mlroad mlroad
`;
}

function zshValues(v: Values): string {
  switch (v.kind) {
    case 'topic':
      return '_mlroad_topics';
    case 'file':
      return '_files';
    case 'dir':
      return '_files -/';
    case 'words':
      return `compadd -- ${v.words.map(quoteSh).join(' ')}`;
    default:
      return ':';
  }
}

const zshDescribed = (name: string, description: string) => quoteSh(`${name.replace(/:/g, '\\:')}:${description}`);

function zshScript(spec: CompletionSpec): string {
  const optionValueCases: string[] = [];
  for (const o of spec.globals) if (o.value) optionValueCases.push(`    (${o.flags.map((f) => `*" ${f}"`).join('|')}) ${zshValues(o.value)}; return ;;`);
  for (const c of spec.commands) {
    for (const o of c.options)
      if (o.value && !spec.globals.includes(o))
        optionValueCases.push(`    (${o.flags.map((f) => quoteSh(`${c.name} ${f}`)).join('|')}) ${zshValues(o.value)}; return ;;`);
  }
  const describe = (options: OptionSpec[]) => options.flatMap((o) => o.flags.map((f) => zshDescribed(f, o.description))).join(' ');
  const optionCases = spec.commands.map((c) => `      (${c.name}) opts+=(${describe(c.options)}) ;;`);
  const argCases = spec.commands
    .filter((c) => c.args.some((a) => a.kind !== 'none'))
    .map((c) => {
      const positions = c.args
        .map((a, i) => (a.kind === 'none' ? '' : `(${c.variadic && i === c.args.length - 1 ? '*' : i}) ${zshValues(a)} ;;`))
        .filter(Boolean);
      return `    (${c.name}) case $npos in ${positions.join(' ')} esac ;;`;
    });
  return `#compdef mlroad
# mlroad completion for zsh: commands, options, topic ids and outline numbers.
# Load it now:  source <(mlroad completion zsh)        (after compinit)
# For good:     mlroad completion zsh > "\${fpath[1]}/_mlroad"
_mlroad_topics() {
  local -a roadmap lines topics
  local i=\${words[(i)--roadmap]}
  (( i < CURRENT - 1 )) && roadmap=(--roadmap "\${words[i+1]}")
  lines=(\${(f)"$(command mlroad "\${roadmap[@]}" __complete topics 2>/dev/null)"})
  topics=(\${lines//$'\\t'/:})
  _describe -t topics 'topic' topics
}

_mlroad() {
  local cmd='' npos=0 i w
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]}
  for ((i = 2; i < CURRENT; i++)); do
    w=\${words[i]}
    case $w in
      (${valued(spec).join('|')}) ((i++)) ;;
      (-*) ;;
      (*) if [[ -z $cmd ]]; then cmd=$w; else ((npos++)); fi ;;
    esac
  done
  case "$cmd $prev" in
${optionValueCases.join('\n')}
  esac
  local -a opts=(${describe(spec.globals)})
  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then
      _describe -t options 'option' opts
    else
      local -a cmds=(${spec.commands.map((c) => zshDescribed(c.name, c.description)).join(' ')})
      _describe -t commands 'command' cmds
    fi
    return
  fi
  if [[ $cur == -* ]]; then
    case $cmd in
${optionCases.join('\n')}
    esac
    _describe -t options 'option' opts
    return
  fi
  case $cmd in
${argCases.join('\n')}
  esac
}

if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  _mlroad "$@"
else
  compdef _mlroad mlroad
fi
`;
}

function fishValues(v: Values): string {
  switch (v.kind) {
    case 'topic':
      return `-x -a '(__mlroad_topics)'`;
    case 'file':
      return '-r -F';
    case 'dir':
      return `-x -a '(__fish_complete_directories)'`;
    case 'words':
      return `-x -a ${quoteFish(v.words.join(' '))}`;
    default:
      return '-x';
  }
}

function fishOption(o: OptionSpec, condition: string | null): string {
  const parts = ['complete -c mlroad'];
  if (condition) parts.push(`-n ${quoteFish(condition)}`);
  for (const f of o.flags) parts.push(f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`);
  if (o.value) parts.push(fishValues(o.value));
  parts.push(`-d ${quoteFish(o.description)}`);
  return parts.join(' ');
}

function fishScript(spec: CompletionSpec): string {
  const lines = [
    '# mlroad completion for fish: commands, options, topic ids and outline numbers.',
    '# Load it now:  mlroad completion fish | source',
    '# For good:     mlroad completion fish > ~/.config/fish/completions/mlroad.fish',
    'function __mlroad_topics',
    '    set -l tokens (commandline -opc)',
    '    set -l roadmap',
    '    if set -l i (contains -i -- --roadmap $tokens)',
    '        set roadmap --roadmap $tokens[(math $i + 1)]',
    '    end',
    '    command mlroad $roadmap __complete topics 2>/dev/null',
    'end',
    'complete -c mlroad -f',
    ...spec.globals.map((o) => fishOption(o, null)),
    ...spec.commands.map((c) => `complete -c mlroad -n __fish_use_subcommand -a ${c.name} -d ${quoteFish(c.description)}`),
  ];
  for (const c of spec.commands) {
    const when = `__fish_seen_subcommand_from ${c.name}`;
    for (const o of c.options) if (!spec.globals.includes(o)) lines.push(fishOption(o, when));
    const first = c.args.find((a) => a.kind !== 'none');
    if (first) lines.push(`complete -c mlroad -n ${quoteFish(when)} ${fishValues(first).replace(/^-x /, '')}`);
  }
  return `${lines.join('\n')}\n`;
}

function completionScript(program: Command, shell: Shell): string {
  const spec = completionSpec(program);
  // Global options are listed by the program, not repeated per command.
  const globalFlags = new Set(flagsOf(spec.globals));
  for (const c of spec.commands) c.options = c.options.filter((o) => !o.flags.some((f) => globalFlags.has(f)));
  return shell === 'bash' ? bashScript(spec) : shell === 'zsh' ? zshScript(spec) : fishScript(spec);
}

export const completionCommand = () =>
  new Command('completion')
    .description('print a shell completion script (commands, options, topic ids and numbers)')
    .addArgument(new Argument('<SHELL>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText(
      'after',
      examples(
        ['source <(mlroad completion bash)', 'bash, now (add the line to ~/.bashrc to keep it)'],
        ['source <(mlroad completion zsh)', 'zsh (after compinit; or save it as _mlroad in your $fpath)'],
        ['mlroad completion fish > ~/.config/fish/completions/mlroad.fish', 'fish'],
      ),
    )
    .action(function (this: Command, shell: Shell) {
      // Generated from the root program, so it always matches the commands that exist.
      const root = rootOf(this);
      new Context(this.optsWithGlobals(), ioOf(this)).stdout.write(completionScript(root, shell));
    });

const rootOf = (cmd: Command): Command => (cmd.parent ? rootOf(cmd.parent) : cmd);

/** The hidden helper the scripts call: topic numbers and ids with their titles, tab-separated. */
export const completeHelperCommand = () =>
  new Command('__complete')
    .description('list completion words (used by the completion scripts)')
    .argument('<WHAT>', 'topics')
    .action(
      action((ctx, _opts, [what]) => {
        if (what !== 'topics') return;
        // Only words that are plainly ids and numbers reach a shell (a damaged parse cache must not feed it others).
        const lines: string[] = [];
        const title = (t: Topic) => clean(t.title).replace(/\t/g, ' ');
        for (const t of ctx.roadmap.all) if (NUMBER.test(t.number)) lines.push(`${t.number}\t${title(t)}`);
        for (const t of ctx.roadmap.all) if (SLUG.test(t.id) && NUMBER.test(t.number)) lines.push(`${t.id}\t${t.number} ${title(t)}`);
        ctx.stdout.write(`${lines.join('\n')}\n`);
      }),
    );
