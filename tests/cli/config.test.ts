// `mlroad config` (contract §10): list, get, set, unset, edit, path; values
// checked against the schema (exit 2 naming the key and what is allowed);
// written through conf, mode 0600; precedence flag > environment > file > default.
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
let roadmap: string;
const run = (args: string[], env: Record<string, string> = {}) =>
  mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: '2026-03-01T09:00:00Z', ...env } });
const file = () => join(dir, 'config.json');
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8'));

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('config set / get / unset', () => {
  it('set writes the nested file, private; get prints the value in use; unset goes back to the default', async () => {
    const set = await run(['config', 'set', 'review.daily-limit', '20']);
    expect(set).toEqual({ code: 0, stdout: '✓ review.daily-limit = 20 (was the default, 0)\n', stderr: '' });
    expect(onDisk()).toEqual({ review: { 'daily-limit': 20 } });
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect((await run(['config', 'get', 'review.daily-limit'])).stdout).toBe('20\n');
    await run(['config', 'set', 'review.enabled', 'off']);
    expect(onDisk()).toEqual({ review: { 'daily-limit': 20, enabled: false } });
    expect(JSON.parse((await run(['config', 'get', 'review.enabled', '--json'])).stdout)).toEqual({
      key: 'review.enabled',
      value: false,
      source: 'file',
      default: true,
      env: 'MLROAD_REVIEW',
    });
    const unset = await run(['config', 'unset', 'review.daily-limit']);
    expect(unset.stdout).toBe('✓ review.daily-limit unset (was 20; now the default, 0)\n');
    expect(onDisk()).toEqual({ review: { enabled: false } });
    await run(['config', 'unset', 'review.enabled']);
    expect(onDisk()).toEqual({});
    expect((await run(['config', 'unset', 'review.enabled'])).stdout).toBe('review.enabled was not set: it has the default, true\n');
    expect((await run(['config', 'get', 'review.enabled'])).stdout).toBe('true\n');
  });

  it('--json for set and unset; a relative practice.dir is made absolute; plan.by must be a real date', async () => {
    expect(JSON.parse((await run(['config', 'set', 'next.count', '3', '--json'])).stdout)).toEqual({ key: 'next.count', value: 3, previous: null });
    expect(JSON.parse((await run(['config', 'set', 'next.count', '4', '--json'])).stdout)).toEqual({ key: 'next.count', value: 4, previous: 3 });
    expect(JSON.parse((await run(['config', 'unset', 'next.count', '--json'])).stdout)).toEqual({ key: 'next.count', value: 1, previous: 4 });
    const cwd = tempDir();
    await mlroad(['config', 'set', 'practice.dir', 'exercises'], { configDir: dir, cwd });
    expect(onDisk().practice.dir).toBe(join(cwd, 'exercises'));
    const bad = await run(['config', 'set', 'plan.by', '2027-02-30']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('mlroad: plan.by must be a date such as 2027-06-01, not "2027-02-30"\n');
    expect((await run(['config', 'set', 'plan.by', '2027-06-01'])).code).toBe(0);
  });

  it('a value that is not allowed, or an unknown key: exit 2 naming the key and what is allowed; nothing written', async () => {
    const cases: [string[], string][] = [
      [['review.daily-limit', '-1'], 'mlroad: review.daily-limit must be a whole number, 0 or more, not "-1"'],
      [['review.daily-limit', '2.5'], 'mlroad: review.daily-limit must be a whole number, 0 or more, not "2.5"'],
      [['review.enabled', 'maybe'], 'mlroad: review.enabled must be true or false, not "maybe"'],
      [['review.refresh-below', '1.5'], 'mlroad: review.refresh-below must be a number from 0 to 1, not "1.5"'],
      [['next.count', '0'], 'mlroad: next.count must be a whole number, 1 or more, not "0"'],
      [['practice.timeout', '0'], 'mlroad: practice.timeout must be a number of seconds above 0, not "0"'],
    ];
    for (const [args, message] of cases) {
      const r = await run(['config', 'set', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${message}\n`);
    }
    const unknown = await run(['config', 'set', 'review.dailylimit', '3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^mlroad: unknown setting "review\.dailylimit" \(did you mean review\.daily-limit\?\); the settings are review\.enabled, /);
    expect((await run(['config', 'get', 'colour'])).code).toBe(2);
    expect(existsSync(file())).toBe(false);
  });

  it('a note when the environment variable overrides what was just set', async () => {
    const r = await run(['config', 'set', 'next.count', '3'], { MLROAD_NEXT_COUNT: '2' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('mlroad: note: MLROAD_NEXT_COUNT=2 is set in the environment and takes precedence over config.json\n');
    expect((await run(['config', 'get', 'next.count'], { MLROAD_NEXT_COUNT: '2' })).stdout).toBe('2\n');
  });
});

describe('a hand-edited file with a bad value', () => {
  it('is reported by every command that reads it (exit 2, file and key); config set fixes it; another bad key blocks the write', async () => {
    writeFileSync(file(), '{"review": {"daily-limit": -4, "enabled": true}, "next": {"count": "many"}}\n');
    const next = await run(['next']);
    expect(next.code).toBe(2);
    expect(next.stderr).toBe(`mlroad: ${file()}: next.count must be a whole number, 1 or more (fix it: mlroad config set next.count VALUE)\n`);
    const blocked = await run(['config', 'set', 'review.daily-limit', '5']);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toBe(`mlroad: ${file()}: next.count must be a whole number, 1 or more (fix it: mlroad config set next.count VALUE)\n`);
    expect(onDisk().review['daily-limit']).toBe(-4);
    expect((await run(['config', 'set', 'next.count', '2'])).code).toBe(2); // daily-limit is still bad
    expect((await run(['config', 'unset', 'review.daily-limit'])).stderr).toContain('next.count must be');
    // One at a time does not work while both are bad: config edit does (below); fix the file by hand here.
    writeFileSync(file(), '{"review": {"daily-limit": -4, "enabled": true}}\n');
    const fixed = await run(['config', 'set', 'review.daily-limit', '5']);
    expect(fixed).toMatchObject({ code: 0, stdout: '✓ review.daily-limit = 5 (was -4)\n' });
    expect(onDisk()).toEqual({ review: { 'daily-limit': 5, enabled: true } });
  });

  it('config list shows the rest, warns about the bad one and uses the default meanwhile', async () => {
    writeFileSync(file(), '{"review": {"enabled": "nope"}, "future": {"key": 1}}');
    const r = await run(['config', 'list', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `mlroad: ${file()}: review.enabled must be true or false (fix it: mlroad config set review.enabled VALUE); using the default meanwhile\n`,
    );
    const list = JSON.parse(r.stdout);
    expect(list.find((e: { key: string }) => e.key === 'review.enabled')).toMatchObject({ value: true, source: 'default' });
  });

  it('a file that is not JSON names the file (exit 1) and is never overwritten', async () => {
    writeFileSync(file(), '{"review": ');
    for (const args of [['next'], ['config', 'set', 'next.count', '2']]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`the settings file ${file()} is not valid JSON`);
    }
    expect(readFileSync(file(), 'utf8')).toBe('{"review": ');
  });
});

describe('config list and path', () => {
  it('lists every key with its value and where it comes from', async () => {
    await run(['config', 'set', 'review.daily-limit', '20']);
    const r = await run(['config', 'list'], { MLROAD_NEXT_COUNT: '2' });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`Settings: ${file()}`);
    // 80 columns: each description under its key.
    expect(lines.slice(2, 6)).toEqual([
      '  review.enabled        true     default',
      '      offer spaced reviews of done topics',
      '  review.daily-limit    20       config.json',
      '      at most this many reviews a day (0: no limit)',
    ]);
    expect(lines).toContain('  next.count            2        $MLROAD_NEXT_COUNT');
    expect(lines).toContain('  plan.by               none     default');
    // Wide enough: beside the values.
    const wide = await mlroad(['config'], { configDir: dir, tty: { columns: 140, rows: 40 }, env: { NO_COLOR: '1' } });
    expect(wide.stdout.split('\n')).toContain('  review.daily-limit    20       config.json  at most this many reviews a day (0: no limit)');
    const json = JSON.parse((await run(['config', '--json'])).stdout);
    expect(json.map((e: { key: string }) => e.key)).toEqual([
      'review.enabled',
      'review.daily-limit',
      'review.refresh-below',
      'practice.dir',
      'practice.python',
      'practice.timeout',
      'display.ascii',
      'next.count',
      'plan.by',
    ]);
    expect(json[1]).toEqual({
      key: 'review.daily-limit',
      value: 20,
      source: 'file',
      default: 0,
      env: 'MLROAD_REVIEW_DAILY_LIMIT',
      description: 'at most this many reviews a day (0: no limit)',
      allowed: 'a whole number, 0 or more',
    });
  });

  it('path prints where the file is (created or not)', async () => {
    expect((await run(['config', 'path'])).stdout).toBe(`${file()}\n`);
    expect(JSON.parse((await run(['config', 'path', '--json'])).stdout)).toEqual({ path: file(), exists: false });
  });
});

describe('config edit', () => {
  /** An "editor": a script that keeps what it was given in `seen`, then replaces the file with `text`. */
  const seen = () => join(dir, 'seen.json');
  function editor(text: string): string {
    const script = join(tempDir(), 'editor.sh');
    const content = join(tempDir(), 'content.json');
    writeFileSync(content, text);
    writeFileSync(script, `#!/bin/sh\ncp "$1" '${seen()}'\ncat '${content}' > "$1"\n`);
    chmodSync(script, 0o755);
    return script;
  }

  it('saves a valid edit through the schema; a bad one is not saved, kept as a draft, and resumed next time', async () => {
    await run(['config', 'set', 'next.count', '2']);
    const ok = await run(['config', 'edit'], { EDITOR: editor('{"review": {"daily-limit": 10}, "next": {"count": 3}}') });
    expect(ok).toMatchObject({ code: 0, stdout: `✓ Saved ${file()}\n` });
    expect(JSON.parse(readFileSync(seen(), 'utf8'))).toEqual({ next: { count: 2 } });
    expect(onDisk()).toEqual({ review: { 'daily-limit': 10 }, next: { count: 3 } });
    expect(statSync(file()).mode & 0o777).toBe(0o600);

    const bad = await run(['config', 'edit'], { EDITOR: editor('{"review": {"daily_limit": 10, "enabled": "no"}}') });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('mlroad: not saved: unknown setting "review.daily_limit" (did you mean review.daily-limit?)');
    expect(bad.stderr).toContain('review.enabled must be true or false, not "no"');
    expect(bad.stderr).toContain(`Your edit is kept in ${file()}.draft`);
    expect(onDisk()).toEqual({ review: { 'daily-limit': 10 }, next: { count: 3 } });
    expect(readFileSync(`${file()}.draft`, 'utf8')).toBe('{"review": {"daily_limit": 10, "enabled": "no"}}');

    // The next edit starts from the draft.
    const resumed = await run(['config', 'edit'], { EDITOR: editor('{"review": {"daily-limit": 12}}') });
    expect(readFileSync(seen(), 'utf8')).toBe('{"review": {"daily_limit": 10, "enabled": "no"}}');
    expect(resumed.stderr).toBe(`mlroad: resuming the edit that was not saved (${file()}.draft)\n`);
    expect(onDisk()).toEqual({ review: { 'daily-limit': 12 } });
    expect(existsSync(`${file()}.draft`)).toBe(false);

    const same = await run(['config', 'edit', '--json'], { EDITOR: editor(readFileSync(file(), 'utf8')) });
    expect(JSON.parse(same.stdout)).toEqual({ path: file(), saved: false });
    const saved = await run(['config', 'edit', '--json'], { EDITOR: editor('{"next": {"count": 2}}') });
    expect(JSON.parse(saved.stdout)).toEqual({ path: file(), saved: true });
    const json = await run(['config', 'edit'], { EDITOR: editor('[1, 2]') });
    expect(json.stderr).toContain('it must be a JSON object such as {"review": {"daily-limit": 20}}');
  });

  it('without an editor outside a terminal: exit 2 saying what to do', async () => {
    const r = await run(['config', 'edit'], { EDITOR: '', VISUAL: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mlroad: no editor to edit the settings in: set $VISUAL or $EDITOR, or change one at a time: mlroad config set KEY VALUE\n');
  });
});
