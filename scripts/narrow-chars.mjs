// Characters one column wide whatever the terminal (ambiguous ones counted
// narrow, string-width's default): printable ASCII, Latin, Greek, general
// punctuation, arrows, mathematical operators, box drawing, blocks, geometric
// shapes (not U+25FD/U+25FE, which are emoji) and the check mark. A regular
// expression source for one character NOT in the set. scripts/build.mjs gives
// string-width a fast path for text without such a character;
// tests/unit/ink-output.test.ts checks every character of the set against
// string-width itself.
export const NOT_NARROW = String.raw`[^\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u03ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2200-\u22ff\u2500-\u25fc\u2713]`;
