// The characters a string-width measures one column wide on their own:
// scripts/build.mjs gives that string-width a fast path for text made only of
// them (its width is then its length), computed from that very string-width
// at build time. Marks, format and control characters are left out, so that
// no two characters of the set can join into a wider cluster (what would join
// them, such as a variation selector or a zero-width joiner, is not in the set).
// tests/unit/ink-output.test.ts checks random strings of the set against the
// installed string-widths.

/**
 * The ranges scanned: Latin, Greek and Cyrillic (alphabets whose letters never
 * join into a wider cluster: not Thai, Indic or Hangul, whose spacing marks
 * do), then punctuation, symbols, arrows, box drawing, shapes and dingbats.
 */
const SCANNED = [
  [0x20, 0x52f],
  [0x1e00, 0x1fff],
  [0x2010, 0x2bff],
];

/** A regular expression source matching one character NOT in the set of `stringWidth`. */
export function notNarrow(stringWidth) {
  const excluded = /[\p{M}\p{Cf}\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/u;
  const hex = (cp) => `\\u${cp.toString(16).padStart(4, '0')}`;
  const ranges = [];
  for (const [lo, hi] of SCANNED) {
    let start = -1;
    for (let cp = lo; cp <= hi + 1; cp++) {
      const c = String.fromCharCode(cp);
      const narrow = cp <= hi && !excluded.test(c) && stringWidth(c) === 1;
      if (narrow && start < 0) start = cp;
      if (!narrow && start >= 0) {
        ranges.push(start === cp - 1 ? hex(start) : `${hex(start)}-${hex(cp - 1)}`);
        start = -1;
      }
    }
  }
  return `[^${ranges.join('')}]`;
}
