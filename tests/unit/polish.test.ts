// Small wrongs (issue 17) in the pure parts: calendar days, wrapping, glyphs, time zones.
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { relativeDay } from '../../src/core/review/card.js';
import { ASCII, glyphsFor, localeIsUtf8, UNICODE } from '../../src/render/glyphs.js';
import { seg, wrapSegs } from '../../src/render/segments.js';
import { bar, truncate, width, wrapStyled } from '../../src/render/text.js';
import { localDate, localTime, timeZoneOf } from '../../src/render/time.js';

describe('relativeDay', () => {
  it('counts calendar days: due at 19:33 the day before yesterday is "2 days ago", not "1 day ago"', () => {
    // Local times, so that the calendar is the same in any time zone the tests run in.
    const now = new Date(2026, 2, 3, 9, 0);
    expect(relativeDay(new Date(2026, 2, 1, 19, 33).toISOString(), now)).toBe('2 days ago');
    expect(relativeDay(new Date(2026, 2, 2, 23, 59).toISOString(), now)).toBe('1 day ago');
    expect(relativeDay(new Date(2026, 2, 3, 0, 1).toISOString(), now)).toBe('today');
    expect(relativeDay(new Date(2026, 2, 3, 23, 0).toISOString(), now)).toBe('today');
    expect(relativeDay(new Date(2026, 2, 4, 0, 30).toISOString(), now)).toBe('in 1 day');
  });
});

describe('wrapStyled', () => {
  const c = new Chalk({ level: 1 });
  const plain = (lines: string[]) => lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, ''));

  it('breaks at spaces, keeps tokens whole, indents continuations and never exceeds the width', () => {
    const text = `At your pace of the last 4 weeks you finish ${c.bold('Machine Learning Roadmap')} around ${c.bold('2027-08-28')} ${c.dim('(in 271 days)')}.`;
    const lines = wrapStyled(text, 40, '  ');
    expect(plain(lines)).toEqual(['At your pace of the last 4 weeks you', '  finish Machine Learning Roadmap around', '  2027-08-28 (in 271 days).']);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(40);
    // The bold date is still bold on its line (codes replayed), and every broken line is reset.
    expect(lines[2]).toContain('\x1b[1m2027-08-28\x1b[22m');
    expect(lines[0]!.endsWith('\x1b[0m') || !lines[0]!.includes('\x1b')).toBe(true);
  });

  it('splits a word only when it is longer than a line; short text is returned as it is', () => {
    expect(wrapStyled('see https://example.com/a/very/long/path/indeed', 20, '    ')).toEqual([
      'see',
      '    https://example.',
      '    com/a/very/long/',
      '    path/indeed',
    ]);
    expect(wrapStyled('short', 80)).toEqual(['short']);
    expect(wrapStyled('no limit in a pipe', Infinity)).toEqual(['no limit in a pipe']);
  });

  it('wrapSegs does the same for styled pieces', () => {
    const lines = wrapSegs([seg('  1. '), seg('[docs] ', (x) => `<${x}>`), seg('A resource with a long title')], 20, '     ');
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual(['  1. [docs] A', '     resource with a', '     long title']);
  });
});

describe('ASCII mode', () => {
  it('is automatic from the locale: the first of LC_ALL, LC_CTYPE, LANG decides', () => {
    expect(localeIsUtf8({ LANG: 'en_US.UTF-8' })).toBe(true);
    expect(localeIsUtf8({ LANG: 'C' })).toBe(false);
    expect(localeIsUtf8({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe(false);
    expect(localeIsUtf8({ LC_CTYPE: 'de_DE.utf8', LANG: 'C' })).toBe(true);
    expect(localeIsUtf8({})).toBe(false);
    expect(localeIsUtf8({}, 'win32')).toBe(true);
    expect(glyphsFor(null, { LANG: 'C' })).toBe(ASCII);
    expect(glyphsFor(false, { LANG: 'C' })).toBe(UNICODE); // the setting wins
    expect(glyphsFor(true, { LANG: 'C.UTF-8' })).toBe(ASCII);
  });

  it('draws only printable ASCII, with distinct status marks', () => {
    const all = JSON.stringify(ASCII);
    expect(all).toMatch(/^[\x20-\x7e]*$/);
    expect(new Set(Object.values(ASCII.status)).size).toBe(4);
    expect(bar(0.5, 10, ASCII)).toBe('#####.....');
    expect(bar(0.99, 10, ASCII)).toBe('#########.');
    expect(truncate('Perceptron, Multi-layer Perceptrons', 12, ASCII.ellipsis)).toBe('Perceptro...');
  });
});

describe('local time', () => {
  it('comes from TZ through Intl, whatever the process zone', () => {
    expect(timeZoneOf({ TZ: 'Asia/Tokyo' })).toBe('Asia/Tokyo');
    expect(timeZoneOf({ TZ: ':Europe/Paris' })).toBe('Europe/Paris');
    expect(timeZoneOf({ TZ: 'JST-9' })).toBeUndefined();
    expect(timeZoneOf({})).toBeUndefined();
    expect(localTime('2026-03-01T23:30:00Z', 'Asia/Tokyo')).toBe('2026-03-02 08:30');
    expect(localTime('2026-03-01T23:30:00Z', 'UTC')).toBe('2026-03-01 23:30');
    expect(localTime('2026-03-01T00:00:00Z', 'UTC')).toBe('2026-03-01 00:00');
    expect(localDate('2026-03-01T23:30:00Z', 'America/New_York')).toBe('2026-03-01');
    expect(localTime('not a time', 'UTC')).toBe('not a time');
  });
});
