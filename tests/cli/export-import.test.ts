// Export (JSON, Markdown, CSV) and import: an export imported into an empty
// config dir reproduces the same progress; merging keeps the newer change per
// topic, unites history and notes, and a bad file changes nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let home: string; // "this machine"
let other: string; // "the other machine"
let roadmap: string;
const runIn = (configDir: string, args: string[], now = '2026-03-01T09:00:00Z') =>
  mlroad(['--roadmap', roadmap, ...args], { configDir, env: { TZ: 'UTC', MLROAD_NOW: now } });
const run = (args: string[], now?: string) => runIn(home, args, now);
const jsonIn = async (configDir: string, args: string[], now?: string) => {
  const r = await runIn(configDir, [...args, '--json'], now);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const exportTo = async (configDir: string, now?: string) => {
  const file = join(tempDir('mlroad-export-'), 'progress.json');
  const r = await runIn(configDir, ['export', '-o', file], now);
  expect(r.code).toBe(0);
  return file;
};

beforeEach(() => {
  home = tempDir();
  other = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('export --format json', () => {
  it('is the default, carries a format marker and version, and every topic record', async () => {
    await run(['done', 'alpha']);
    await run(['note', 'beta', 'a note']);
    const r = await run(['export']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      format: 'mlroad-export',
      version: 1,
      exported_at: '2026-03-01T09:00:00.000Z',
      roadmap: { id: 'small', title: 'Small Roadmap' },
    });
    expect(Object.keys(doc.topics)).toEqual(['alpha', 'beta']);
    expect(doc.topics.alpha).toMatchObject({ status: 'done', history: [{ status: 'done', previous: 'pending', at: '2026-03-01T09:00:00.000Z', change: 1 }] });
    expect(doc.topics.beta.notes).toEqual([{ at: '2026-03-01T09:00:00.000Z', text: 'a note' }]);
  });

  it('-o writes the file and says where; --json then reports it', async () => {
    const file = join(tempDir(), 'out.json');
    const r = await run(['export', '-o', file]);
    expect(r.stdout).toContain(`as json to ${file}`);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('mlroad-export');
    const j = await jsonIn(home, ['export', '-o', file]);
    expect(j).toMatchObject({ file, format: 'json' });
  });
});

describe('import', () => {
  it('an export imported into an empty config dir reproduces progress, history and notes', async () => {
    await run(['start', 'delta'], '2026-03-01T09:00:00Z');
    await run(['done', 'basics'], '2026-03-02T09:00:00Z');
    await run(['skip', 'zeta'], '2026-03-03T09:00:00Z');
    await run(['reset', 'beta'], '2026-03-04T09:00:00Z');
    await run(['note', 'gamma', 'remember this'], '2026-03-04T10:00:00Z');
    const file = await exportTo(home);
    const r = await runIn(other, ['import', file], '2026-03-05T09:00:00Z');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 topics changed status:\n {4}1\.1 Alpha {2}pending → ✓ done\n {4}1\.3 Gamma Rays/);
    expect(await jsonIn(other, ['progress'])).toEqual(await jsonIn(home, ['progress']));
    expect(await jsonIn(other, ['log'])).toEqual(await jsonIn(home, ['log']));
    expect((await jsonIn(other, ['show', 'gamma'])).notes).toEqual([{ at: '2026-03-04T10:00:00.000Z', text: 'remember this' }]);
    // And back: the other machine's export is this machine's state.
    expect(JSON.parse(readFileSync(await exportTo(other), 'utf8')).topics).toEqual(JSON.parse(readFileSync(file, 'utf8')).topics);
  });

  it('importing the same file again adds nothing and leaves the state file as it is', async () => {
    await run(['done', 'alpha']);
    const file = await exportTo(home);
    await runIn(other, ['import', file]);
    const before = readFileSync(join(other, 'state.json'), 'utf8');
    const again = await runIn(other, ['import', file]);
    expect(again.stdout).toContain('Nothing new: everything in it is already here.');
    expect(readFileSync(join(other, 'state.json'), 'utf8')).toBe(before);
  });

  it('merges two machines: per topic the newer change wins, history and notes are united without duplicates', async () => {
    // Common past, then both machines go on separately.
    await run(['done', 'alpha'], '2026-03-01T09:00:00Z');
    await run(['note', 'alpha', 'common note'], '2026-03-01T09:05:00Z');
    await runIn(other, ['import', await exportTo(home)]);
    await run(['done', 'beta'], '2026-03-02T09:00:00Z'); // home only
    await run(['start', 'delta'], '2026-03-05T09:00:00Z'); // home, newer than other's
    await runIn(other, ['done', 'delta'], '2026-03-03T09:00:00Z'); // other, older
    await runIn(other, ['reset', 'alpha'], '2026-03-04T09:00:00Z'); // other, newer than home's done
    await runIn(other, ['note', 'alpha', 'note from the laptop'], '2026-03-04T09:01:00Z');
    const file = await exportTo(other, '2026-03-06T09:00:00Z');

    const dry = await jsonIn(home, ['import', file, '--dry-run'], '2026-03-06T10:00:00Z');
    expect(dry).toMatchObject({ dry_run: true, history_added: 2, notes_added: 1 });
    expect(dry.changed).toEqual([expect.objectContaining({ id: 'alpha', status: 'pending', previous: 'done' })]);
    expect(dry.kept).toEqual([{ id: 'delta', status: 'in-progress', file_status: 'done' }]);
    expect((await jsonIn(home, ['show', 'alpha'])).status).toBe('done'); // the dry run wrote nothing

    const r = await run(['import', file], '2026-03-06T10:00:00Z');
    expect(r.stdout).toMatch(/1 topic changed status:\n {4}1\.1 Alpha {2}done → ○ pending/);
    expect(r.stdout).toContain('2 history entries, 1 note added');
    expect(r.stdout).toContain('1 topic kept as here (changed more recently here): 2.1');
    const alpha = await jsonIn(home, ['show', 'alpha']);
    expect(alpha.status).toBe('pending');
    expect(alpha.history.map((h: { status: string }) => h.status)).toEqual(['done', 'pending']);
    expect(alpha.notes.map((n: { text: string }) => n.text)).toEqual(['common note', 'note from the laptop']);
    const delta = await jsonIn(home, ['show', 'delta']);
    expect(delta.status).toBe('in-progress');
    expect(delta.history.map((h: { status: string; at: string }) => `${h.at.slice(5, 10)} ${h.status}`)).toEqual(['03-03 done', '03-05 in-progress']);
    expect((await jsonIn(home, ['show', 'beta'])).status).toBe('done');
    // Undo walks back through what the import brought in: the reset of alpha.
    const undo = await jsonIn(home, ['undo'], '2026-03-06T11:00:00Z');
    expect(undo.changed.map((t: { id: string; status: string }) => `${t.id}:${t.status}`)).toEqual(['alpha:done']);
  });

  it('--dry-run into an empty dir creates no state file', async () => {
    await run(['done', 'alpha']);
    const r = await runIn(other, ['import', await exportTo(home), '--dry-run']);
    expect(r.stdout).toContain('Would import');
    expect(r.stdout).toContain('Dry run: nothing was written.');
    expect(existsSync(join(other, 'state.json'))).toBe(false);
  });

  it.each([
    ['not JSON', '{"format": "mlroad-export", ', 'not valid JSON'],
    ['no format marker', '{"version": 1, "topics": {}}', '"format" is not "mlroad-export"'],
    ['a bad status', doc({ alpha: { status: 'finished', history: [] } }), 'topics["alpha"].status is not one of'],
    [
      'a bad time',
      doc({ alpha: { status: 'done', history: [{ status: 'done', previous: 'pending', at: 'yesterday', change: 1 }] } }),
      'topics["alpha"].history[0].at is not an ISO time',
    ],
    ['a bad note', doc({ alpha: { status: 'done', history: [], notes: [{ text: 1 }] } }), 'topics["alpha"].notes[0] must be'],
    ['a bad topic id', doc({ __proto__x: { status: 'done', history: [] } }), 'a topic id must be a slug'],
    ['a bad review card', doc({ alpha: { status: 'done', history: [], card: { due: 'soon' } } }), 'topics["alpha"].card has no valid "due" time'],
  ])('a malformed file (%s) exits 2 naming the file, and changes nothing', async (_name, content, message) => {
    await run(['done', 'beta']);
    const before = readFileSync(join(home, 'state.json'), 'utf8');
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, content);
    const r = await run(['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`mlroad: ${file} is not a valid mlroad export: `);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('nothing was imported');
    expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(before);
  });

  it('a missing file, a newer export version, or another roadmap exits 2 and changes nothing', async () => {
    const missing = await run(['import', '/nonexistent/progress.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the import file /nonexistent/progress.json: no such file');
    const newer = join(tempDir(), 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(doc({})), version: 7 }));
    const r = await run(['import', newer]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('was written by a newer mlroad (export version 7');
    const foreign = join(tempDir(), 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ ...JSON.parse(doc({})), roadmap: { id: 'machine-learning', title: 'ML' } }));
    const f = await run(['import', foreign]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('is progress on the roadmap "machine-learning"');
    expect(existsSync(join(home, 'state.json'))).toBe(false);
  });
});

function doc(topics: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'mlroad-export',
    version: 1,
    exported_at: '2026-03-01T09:00:00.000Z',
    roadmap: { id: 'small', title: 'Small Roadmap' },
    topics,
  });
}

describe('export --format markdown', () => {
  it('is a nested GitHub task list, one line per topic; a parent is checked when its derived status is done', async () => {
    await run(['done', 'alpha', 'beta']);
    await run(['skip', 'gamma']);
    await run(['start', 'delta']);
    const r = await run(['export', '--format', 'markdown']);
    expect(r.code).toBe(0);
    const tasks = r.stdout.split('\n').filter((l) => /^\s*- \[[ x]\] /.test(l));
    expect(tasks).toEqual([
      '- [x] 1 Basics',
      '  - [x] 1.1 Alpha',
      '  - [x] 1.2 Beta',
      '  - [ ] ~~1.3 Gamma Rays~~ (skipped)',
      '- [ ] 2 Advanced',
      '  - [ ] 2.1 Delta (in progress)',
      '  - [ ] 2.2 Epsilon',
      '  - [ ] 2.3 Zeta Alpha',
    ]);
    expect(r.stdout.startsWith('# Small Roadmap\n\n2/6 topics done (40%)')).toBe(true);
  });

  it('escapes Markdown and strips terminal escapes in titles', async () => {
    const odd = writeRoadmap('id: odd\ntitle: Odd\ntopics:\n  - title: "Use *stars* and [links](x) \\e[31mred"\n    id: one\n');
    const r = await mlroad(['--roadmap', odd, 'export', '--format', 'markdown'], { configDir: home });
    expect(r.stdout).toContain('- [ ] 1 Use \\*stars\\* and \\[links\\]\\(x\\) red');
    expect(r.stdout).not.toContain('\x1b');
  });

  it('-o FILE.md picks Markdown from the extension', async () => {
    const file = join(tempDir(), 'PROGRESS.md');
    await run(['export', '-o', file]);
    expect(readFileSync(file, 'utf8')).toContain('- [ ] 1.1 Alpha');
  });
});

describe('export --format csv', () => {
  it('has a header row, one row per topic, and quotes commas, quotes and newlines', async () => {
    await run(['done', 'alpha'], '2026-03-02T09:00:00Z');
    await run(['note', 'alpha', 'a, b and "c"\nsecond line'], '2026-03-02T10:00:00Z');
    const r = await run(['export', '--format', 'csv']);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['number', 'id', 'title', 'path', 'depth', 'leaf', 'status', 'estimate_hours', 'changed_at', 'notes']);
    expect(rows).toHaveLength(1 + 8);
    expect(rows[1]).toEqual(['1', 'basics', 'Basics', '', '1', 'no', 'in-progress', '3.5', '2026-03-02T09:00:00.000Z', '']);
    expect(rows[2]).toEqual([
      '1.1',
      'alpha',
      'Alpha',
      'Basics',
      '2',
      'yes',
      'done',
      '2',
      '2026-03-02T09:00:00.000Z',
      '2026-03-02 10:00 a, b and "c"\nsecond line',
    ]);
    expect(r.stdout).toContain('"2026-03-02 10:00 a, b and ""c""\nsecond line"');
  });

  it('a cell that a spreadsheet would run as a formula is defused', async () => {
    const odd = writeRoadmap('id: odd\ntitle: Odd\ntopics:\n  - title: "=HYPERLINK(\\"http://x\\")"\n    id: one\n');
    const r = await mlroad(['--roadmap', odd, 'export', '--format', 'csv'], { configDir: home });
    expect(parseCsv(r.stdout)[1]![2]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('--json with a non-JSON format on stdout is a usage error', async () => {
    const r = await run(['export', '--format', 'csv', '--json']);
    expect(r.code).toBe(2);
    const bad = await run(['export', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are json, markdown, csv');
  });
});

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

describe('progress for shell prompts and badges', () => {
  it('--short is one line: label, percent, ten cells', async () => {
    await run(['done', 'alpha', 'beta', 'gamma']);
    const r = await run(['progress', '--short']);
    expect(r.stdout).toBe('Small 50% ▰▰▰▰▰▱▱▱▱▱\n');
    expect((await run(['progress', 'advanced', '--short'])).stdout).toBe('Advanced 0% ▱▱▱▱▱▱▱▱▱▱\n');
    expect((await run(['progress', '--short', '--label', 'ML'])).stdout).toBe('ML 50% ▰▰▰▰▰▱▱▱▱▱\n');
    const shipped = await mlroad(['progress', '--short'], { configDir: tempDir() });
    expect(shipped.stdout).toBe('ML 0% ▱▱▱▱▱▱▱▱▱▱\n');
  });

  it('--format shields prints a shields.io endpoint object', async () => {
    await run(['done', 'basics']);
    await run(['done', 'delta']);
    const badge = await run(['progress', '--format', 'shields']);
    expect(badge.code).toBe(0);
    expect(JSON.parse(badge.stdout)).toEqual({ schemaVersion: 1, label: 'Small', message: '66% (4/6)', color: 'yellowgreen' });
    await run(['done', 'advanced']);
    expect(JSON.parse((await run(['progress', '--format', 'shields', '--label', 'ML roadmap'])).stdout)).toEqual({
      schemaVersion: 1,
      label: 'ML roadmap',
      message: '100% (6/6)',
      color: 'brightgreen',
    });
    const bad = await run(['progress', '--format', 'svg']);
    expect(bad.code).toBe(2);
  });
});
