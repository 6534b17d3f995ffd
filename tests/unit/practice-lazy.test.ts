// The practice engine (src/practice/, src/cli/practice/: Python runs, the
// workspace, the watcher) is reached from the CLI by dynamic import only, so
// the bundle evaluates it when `practice` or `check` runs, never on the
// start-up path of `next` and `progress`. Checked on the sources' static
// import graph (type-only imports are erased and do not count).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SRC = join(ROOT, 'src');

/** The modules `file` imports statically (not `import type`, not `import()`), as paths under src/. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'(\.[^']+)';?$/gm)) {
    const target = resolve(dirname(file), m[1]!).replace(/\.js$/, '');
    for (const ext of ['.ts', '.tsx']) {
      try {
        readFileSync(target + ext);
        out.push(target + ext);
        break;
      } catch {
        // try the next extension
      }
    }
  }
  return out;
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [join(SRC, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

it('the CLI reaches the practice engine by dynamic import only', () => {
  const loaded = closure('cli/main.ts');
  // The graph is real: it holds the commands, and the engine's own modules import the runner.
  expect(loaded).toContain('src/cli/commands/next.ts');
  expect(loaded).toContain('src/cli/commands/check.ts');
  expect(closure('cli/practice/check.ts')).toContain('src/practice/runner.ts');
  expect([...loaded].filter((f) => f.startsWith('src/practice/') || f.startsWith('src/cli/practice/'))).toEqual([]);
});
