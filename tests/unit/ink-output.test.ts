// The browser's bundle draws frames with scripts/ink-output.js instead of
// Ink's Output, and gives string-width a fast path (scripts/build.mjs, plugin
// ink-output-fast). Both must draw what Ink would: checked here against Ink's
// own Output and string-width itself, cell by cell (character and styles).
import { styledCharsFromTokens, tokenize } from '@alcalzone/ansi-tokenize';
import { Chalk } from 'chalk';
import InkOutput from '../../node_modules/ink/build/output.js';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript of the build, no types
import { notNarrow } from '../../scripts/narrow-chars.mjs';
// @ts-expect-error: plain JavaScript of the build, no types
import FastOutput from '../../scripts/ink-output.js';

type Op =
  | { write: [number, number, string, ((line: string, index: number) => string)[]] }
  | { clip: { x1?: number; x2?: number; y1?: number; y2?: number } }
  | 'unclip';

interface AnyOutput {
  write(x: number, y: number, text: string, options: { transformers: ((line: string, index: number) => string)[] }): void;
  clip(clip: object): void;
  unclip(): void;
  get(): { output: string; height: number };
}

function draw(Output: new (o: { width: number; height: number }) => AnyOutput, ops: Op[], width = 40, height = 8) {
  const output = new Output({ width, height });
  for (const op of ops) {
    if (op === 'unclip') output.unclip();
    else if ('clip' in op) output.clip(op.clip);
    else output.write(op.write[0], op.write[1], op.write[2], { transformers: op.write[3] });
  }
  return output.get();
}

/** What a terminal shows: each row as cells of (character, styles in effect, in any order). */
const cells = (frame: string) =>
  frame.split('\n').map((row) =>
    styledCharsFromTokens(tokenize(row))
      .filter((c) => c.value !== '' || c.styles.length)
      .map(
        (c) =>
          `${c.value}|${c.styles
            .map((s) => s.code)
            .sort()
            .join(',')}`,
      )
      .join(' ')
      .replace(/( \|)+$/, ''),
  );

const c = new Chalk({ level: 3 });
const same = (ops: Op[], width?: number, height?: number) => {
  const ink = draw(InkOutput as unknown as new (o: { width: number; height: number }) => AnyOutput, ops, width, height);
  const fast = draw(FastOutput as unknown as new (o: { width: number; height: number }) => AnyOutput, ops, width, height);
  expect(fast.height).toBe(ink.height);
  expect(cells(fast.output)).toEqual(cells(ink.output));
};

describe("the browser's Output draws what Ink's does", () => {
  it('lines, styles, gaps and several lines in one write', () => {
    same([
      { write: [0, 0, `${c.bold.cyan('2.1')}  ${c.green('✓')} Derivatives ${c.dim('~5h')}`, []] },
      { write: [3, 1, 'plain text', []] },
      { write: [0, 2, `a\n${c.red('b')}\nccc`, []] },
      { write: [10, 5, c.inverse(' cursor row '), []] },
    ]);
  });

  it('later writes over earlier ones, in the middle, at the ends, over styled text', () => {
    same([
      { write: [0, 0, c.yellow('0123456789abcdefghij'), []] },
      { write: [5, 0, c.blue('XYZ'), []] },
      { write: [0, 1, 'the first line', []] },
      { write: [10, 1, c.bgRed('wide overlay that runs past'), []] },
      { write: [2, 2, 'short', []] },
      { write: [0, 2, c.underline('covering all of it'), []] },
      { write: [0, 3, `a${c.bold('bc')}d`, []] },
      { write: [2, 3, '│', []] },
    ]);
  });

  it('clipping (overflow hidden), transformers, and writes outside the frame', () => {
    same([
      { clip: { x1: 2, x2: 12, y1: 1, y2: 4 } },
      { write: [0, 0, 'above the clip', []] },
      { write: [0, 1, c.green('clipped on both sides of this'), []] },
      { write: [5, 2, 'xy\nzw\nuv\nst', [(line: string, i: number) => `${i}:${c.magenta(line)}`]] },
      'unclip',
      { clip: { x1: 0, x2: 30 } },
      { write: [-3, 6, 'starts left of the frame', []] },
      'unclip',
      { write: [0, 9, 'below the frame', []] },
      { write: [38, 7, 'past the right edge', []] },
    ]);
  });

  it('random frames: writes, overlaps, styles and clips', () => {
    let seed = 11;
    const random = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const words = ['topic', '✓', '◐', '○', 'λ', '…', '▸ Section', '──', 'Ünïcödé', ' '];
    const styles = [(s: string) => s, c.bold, c.dim, c.cyan, c.bgBlue, c.inverse, (s: string) => c.red(c.bold(s))];
    for (let frame = 0; frame < 60; frame++) {
      const ops: Op[] = [];
      for (let k = 0; k < 12; k++) {
        if (random(8) === 0) ops.push({ clip: { x1: random(10), x2: 10 + random(30), y1: random(3), y2: 3 + random(6) } });
        const text = Array.from({ length: 1 + random(5) }, () => styles[random(styles.length)]!(words[random(words.length)]!)).join(random(2) ? ' ' : '');
        ops.push({ write: [random(40) - 2, random(9), text, []] });
        if (random(8) === 0) ops.push('unclip');
      }
      same(ops);
    }
  });
});

describe("string-width's fast path", () => {
  it('text made only of the characters it takes as narrow is as wide as it is long, for each installed string-width', async () => {
    const versions = [stringWidth, (await import('../../node_modules/wrap-ansi/node_modules/string-width/index.js')).default as typeof stringWidth];
    let seed = 5;
    const random = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    for (const width of versions) {
      const notNarrowOne = new RegExp(notNarrow(width));
      const set: string[] = [];
      for (let cp = 0x20; cp <= 0xffff; cp++) if (!notNarrowOne.test(String.fromCharCode(cp))) set.push(String.fromCharCode(cp));
      expect(set.length).toBeGreaterThan(4000);
      for (let k = 0; k < 5000; k++) {
        const text = Array.from({ length: 1 + random(12) }, () => set[random(set.length)]!).join('');
        expect(width(text), JSON.stringify(text)).toBe(text.length);
      }
      // And the set holds what the browser draws with.
      expect(notNarrowOne.test('  2.1.1 ✓ ✗ ✎ ❯ ◐ ⊘ ○ ▸ ▾ λ ↻ ↶ ⏎ ␣ … · — ─ │ ▰▱ █ ░ Ünïcödé')).toBe(false);
    }
  });
});
