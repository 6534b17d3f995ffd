// Colours and glyphs. Colour only when stdout is a TTY, NO_COLOR is unset and
// --no-color was not given (FORCE_COLOR can force it, e.g. for screenshots).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Env } from '../core/io.js';
import type { Status } from '../core/progress.js';
import { UNICODE, type Glyphs } from './glyphs.js';

export function colorLevel(stream: { isTTY?: boolean }, wanted: boolean, env: Env): 0 | 1 | 2 | 3 {
  if (!wanted) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force === '0' || force === 'false' ? 0 : (Math.min(3, Number(force) || 1) as 1 | 2 | 3);
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : 2;
}

export const makeChalk = (level: 0 | 1 | 2 | 3): ChalkInstance => new Chalk({ level });

/** Statuses in words, for people ("in progress"); JSON keeps the contract's "in-progress". */
export const STATUS_TEXT: Readonly<Record<Status, string>> = { done: 'done', 'in-progress': 'in progress', skipped: 'skipped', pending: 'pending' };

export function paintStatus(c: ChalkInstance, status: Status, text: string): string {
  switch (status) {
    case 'done':
      return c.green(text);
    case 'in-progress':
      return c.yellow(text);
    case 'skipped':
      return c.dim(text);
    default:
      return text;
  }
}

export const glyph = (c: ChalkInstance, status: Status, g: Glyphs = UNICODE) => paintStatus(c, status, g.status[status]);
