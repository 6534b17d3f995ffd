// Shell completion: the generated scripts are loaded into real bash, zsh and
// fish, and asked to complete command lines.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
let binDir: string;
let env: NodeJS.ProcessEnv;
let small: string;

beforeAll(() => {
  // `mlroad` on the PATH, as the scripts call it.
  binDir = tempDir('mlroad-bin-');
  writeFileSync(join(binDir, 'mlroad'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(binDir, 'mlroad'), 0o755);
  small = writeRoadmap(SMALL_ROADMAP);
  env = { PATH: `${binDir}:${process.env.PATH}`, HOME: tempDir(), XDG_CONFIG_HOME: tempDir(), MLROAD_CONFIG_DIR: tempDir(), TERM: 'dumb' };
});

function shell(command: string, args: string[]): string[] {
  const r = spawnSync(command, args, { env, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
}

/** Completions bash offers for `line` (a trailing space starts a new, empty word). */
const bash = (line: string) => {
  const words = line.split(' ');
  const script = `source <(mlroad completion bash)
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_mlroad; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return shell('bash', ['-c', script]);
};

/** What zsh's _mlroad asks the completion system to offer (compadd/_describe/_files stubbed to print). */
const zsh = (line: string) => {
  const words = line.split(' ');
  const script = `compdef() { : }
compadd() { local a; for a in "$@"; do [[ $a == -- ]] || print -r -- "$a"; done }
_describe() { local e; for e in "\${(@P)4}"; do print -r -- "\${e%%:*}"; done }
_files() { print -r -- "<files>" }
source <(mlroad completion zsh)
words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}
_mlroad`;
  return shell('zsh', ['-f', '-c', script]);
};

/** Completions fish offers for `line`, without their descriptions. */
const fish = (line: string) => shell('fish', ['--no-config', '-c', `mlroad completion fish | source; complete -C '${line}'`]).map((l) => l.split('\t')[0]!);

describe('mlroad completion', () => {
  it('prints a script for bash, zsh and fish; another shell exits 2', async () => {
    for (const sh of ['bash', 'zsh', 'fish']) {
      const r = await mlroad(['completion', sh]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`mlroad completion for ${sh}`);
    }
    const bad = await mlroad(['completion', 'powershell']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are bash, zsh, fish');
  });

  it('the hidden __complete topics lists outline numbers and ids with titles, and is not in --help', async () => {
    const r = await mlroad(['--roadmap', small, '__complete', 'topics']);
    expect(r.stdout.split('\n')).toEqual(expect.arrayContaining(['1.1\tAlpha', '2.3\tZeta Alpha', 'alpha\t1.1 Alpha', 'basics\t1 Basics']));
    expect((await mlroad(['--help'])).stdout).not.toContain('__complete');
  });
});

describe('bash', () => {
  it('completes commands, their options, option values and topics', () => {
    expect(bash('mlroad ')).toEqual(expect.arrayContaining(['next', 'done', 'note', 'undo', 'log', 'stats', 'export', 'import', 'open', 'completion']));
    expect(bash('mlroad st')).toEqual(['start', 'stats']);
    expect(bash('mlroad next --')).toEqual(expect.arrayContaining(['--number', '--in', '--json', '--roadmap']));
    expect(bash('mlroad export --format ')).toEqual(['json', 'markdown', 'csv']);
    expect(bash('mlroad completion ')).toEqual(['bash', 'zsh', 'fish']);
    expect(bash('mlroad done 2.1.')).toEqual(['2.1.1', '2.1.2', '2.1.3']);
    expect(bash('mlroad show chain-r')).toEqual(['chain-rule-of-derivation']);
    expect(bash('mlroad next --in 9.')).toEqual(expect.arrayContaining(['9.1', '9.2']));
  });

  it('uses the roadmap named with --roadmap, and knows which positional it is at', () => {
    expect(bash(`mlroad --roadmap ${small} show al`)).toEqual(['alpha']);
    expect(bash(`mlroad --roadmap ${small} done alpha ga`)).toEqual(['gamma']); // variadic: every position
    expect(bash(`mlroad --roadmap ${small} open alpha a`)).toEqual([]); // the second argument is N, not a topic
    expect(bash('mlroad -n 3 next --in 1.')).toEqual(['1.1', '1.2', '1.3']);
  });
});

describe.runIf(has('zsh'))('zsh', () => {
  it('completes commands, options, option values and topics', () => {
    expect(zsh('mlroad ')).toEqual(expect.arrayContaining(['done', 'undo', 'stats', 'completion']));
    expect(zsh('mlroad export --format ')).toEqual(['json', 'markdown', 'csv']);
    expect(zsh('mlroad log --')).toEqual(expect.arrayContaining(['--since', '--last', '--json']));
    expect(zsh(`mlroad --roadmap ${small} done `)).toEqual(expect.arrayContaining(['1.1', 'alpha', 'zeta']));
    expect(zsh('mlroad import ')).toEqual(['<files>']);
    expect(zsh(`mlroad --roadmap ${small} open alpha `)).toEqual([]);
  });
});

describe.runIf(has('fish'))('fish', () => {
  it('completes commands, options, option values and topics', () => {
    expect(fish('mlroad st')).toEqual(expect.arrayContaining(['start', 'stats']));
    expect(fish('mlroad export --format ')).toEqual(['csv', 'json', 'markdown']); // fish sorts
    expect(fish('mlroad done 2.1.')).toEqual(['2.1.1', '2.1.2', '2.1.3']);
    expect(fish(`mlroad --roadmap ${small} show al`)).toEqual(['alpha']);
    expect(fish('mlroad stats --')).toEqual(expect.arrayContaining(['--json', '--help']));
  });
});

describe('topic words are never run as code', () => {
  // An `mlroad` whose topic list is hostile (as a damaged parse cache could make it): the scripts must not expand it.
  const HOSTILE = ['$(touch PWNED1)', '`touch PWNED2`', 'a;touch PWNED3', '$(($(touch PWNED4)))', '~root', '*', 'alpha'];
  let dir: string;
  let hostileEnv: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = tempDir('mlroad-hostile-');
    const bin = tempDir('mlroad-hostile-bin-');
    const lines = HOSTILE.map((w) => `${w}\tTitle $(touch PWNED5)`).join('\n');
    writeFileSync(
      join(bin, 'mlroad'),
      `#!/bin/sh\ncase "$*" in\n  *__complete*) cat <<'EOF'\n${lines}\nEOF\n  ;;\n  *) exec "${process.execPath}" "${BIN}" "$@" ;;\nesac\n`,
    );
    chmodSync(join(bin, 'mlroad'), 0o755);
    hostileEnv = { ...env, PATH: `${bin}:${process.env.PATH}` };
  });
  const run = (command: string, args: string[]) => {
    const r = spawnSync(command, args, { env: hostileEnv, cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    return r.stdout.split('\n').filter(Boolean);
  };

  it('bash offers only ids and numbers, compared as plain text', () => {
    const offered = run('bash', [
      '-c',
      `source <(mlroad completion bash)\nCOMP_WORDS=(mlroad done ''); COMP_CWORD=2\n_mlroad; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ]);
    expect(offered).toEqual(['alpha']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.runIf(has('zsh'))('zsh', () => {
    run('zsh', [
      '-f',
      '-c',
      `compdef() { : }\ncompadd() { : }\n_describe() { local e; for e in "\${(@P)4}"; do print -r -- "$e"; done }\nsource <(mlroad completion zsh)\nwords=(mlroad done ''); CURRENT=3\n_mlroad`,
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.runIf(has('fish'))('fish', () => {
    run('fish', ['--no-config', '-c', `mlroad completion fish | source; complete -C 'mlroad done '`]);
    expect(readdirSync(dir)).toEqual([]);
  });
});
