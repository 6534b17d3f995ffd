// Roadmap text is untrusted: escape sequences and control
// characters must never reach the terminal raw. Whole sequences are dropped
// (so "\x1b]0;pwned\x07" leaves no residue), stray controls become U+FFFD.

// ESC-introduced sequences: CSI, OSC/DCS/SOS/PM/APC strings, two-byte escapes; and 8-bit CSI/OSC.
const SEQUENCES =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][\s\S]*?(?:\x07|\x1b\\|\x9c|$)|\x1b[ -/]*[0-~]|\x9b[0-?]*[ -/]*[@-~]|[\x90\x9d\x98\x9e\x9f][\s\S]*?(?:\x07|\x9c|$)/g;
// C0 (except tab/newline), DEL, C1, and bidi overrides that can disguise text.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Safe for one line: newlines and tabs become spaces. */
export function clean(text: string): string {
  return text
    .replace(SEQUENCES, '')
    .replace(/[\t\n\r]+/g, ' ')
    .replace(CONTROLS, '\uFFFD');
}

/** Safe for a block of text: keeps newlines and tabs. */
export function cleanBlock(text: string): string {
  return text.replace(SEQUENCES, '').replace(/\r\n?/g, '\n').replace(CONTROLS, '\uFFFD');
}

/** JSON for stdout: JSON.stringify escapes C0 but not DEL/C1, so escape those too. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
