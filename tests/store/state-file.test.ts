// Reading the state file refuses what is not a state (wrong types, absurd
// nesting) without touching it, accepts a byte-order mark, and keeps ids
// that are Object.prototype's names as plain keys. A damaged file is
// repaired only on request, keeping every complete record before the damage.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { OperationalError } from '../../src/core/errors.js';
import { readState } from '../../src/store/state-file.js';
import { parsePrefix, salvageText } from '../../src/store/salvage.js';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
let roadmap: string;
const file = () => join(dir, 'state.json');
const run = (...args: string[]) => mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { MLROAD_NOW: '2026-03-01T09:00:00Z' } });
const state = (topics: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, roadmaps: { small: { topics, changes: 1, ...extra } } });
const done = { status: 'done', history: [{ status: 'done', at: '2026-03-01T09:00:00.000Z', previous: 'pending', change: 1 }] };

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('wrong types are refused as corrupt: exit 1, the file untouched, a copy kept', () => {
  it.each([
    ['"changes": {} (undo would revert the oldest change)', state({ alpha: done }, { changes: {} }), '"changes" of roadmap "small" is not a whole number'],
    ['a focus that is not an id', state({ alpha: done }, { focus: 3 }), 'the focus of roadmap "small" is not a topic id'],
    ['topics as a list', JSON.stringify({ version: 1, roadmaps: { small: { topics: [], changes: 0 } } }), 'roadmap "small" has no "topics" object'],
    ['a history that is not a list', state({ alpha: { status: 'done', history: {} } }), 'topic "alpha" of "small" is not a status record'],
    ['an unknown status', state({ alpha: { ...done, status: 'finished' } }), 'topic "alpha" of "small" is not a status record'],
    [
      'a history entry with a bad time',
      state({ alpha: { ...done, history: [{ ...done.history[0], at: 'yesterday' }] } }),
      'topic "alpha" of "small" has a malformed history entry',
    ],
    ['a card of the wrong type', state({ alpha: { ...done, card: 'soon' } }), 'the review card of topic "alpha" of "small" is not an object'],
    ['notes that are not a list', state({ alpha: { ...done, notes: 'hi' } }), 'topic "alpha" of "small" has malformed notes'],
    ['a version that is a string', JSON.stringify({ version: '1', roadmaps: {} }), '"version" is missing or not a whole number'],
    ['nesting 10,000 levels deep', `{"version":1,"roadmaps":{},"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'it is nested more than 32 levels deep'],
  ])('%s', async (_name, text, why) => {
    writeFileSync(file(), text);
    const r = await run('next');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the state file ${file()} is corrupt: ${why}`);
    expect(r.stderr).toContain('mlroad doctor --repair');
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    const w = await run('done', 'beta');
    expect(w.code).toBe(1);
    expect(readFileSync(file(), 'utf8')).toBe(text);
    const copies = readdirSync(dir).filter((n) => n.startsWith('state.json.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, copies[0]!), 'utf8')).toBe(text);
  });
});

describe('accepted', () => {
  it('a byte-order mark (some editors add one), as import accepts it', async () => {
    writeFileSync(file(), `\uFEFF${state({ alpha: done })}`);
    const r = await run('progress', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).done).toBe(1);
    expect((await run('done', 'beta')).code).toBe(0);
    expect(JSON.parse(readFileSync(file(), 'utf8')).roadmaps.small.topics.beta.status).toBe('done');
  });

  it('fields it does not know (from a newer mlroad) are kept', async () => {
    writeFileSync(file(), state({ alpha: { ...done, later_feature: { x: 1 } } }));
    expect((await run('done', 'beta')).code).toBe(0);
    expect(JSON.parse(readFileSync(file(), 'utf8')).roadmaps.small.topics.alpha.later_feature).toEqual({ x: 1 });
  });

  it('ids that are Object.prototype names, "__proto__" included, are plain keys', () => {
    const names = ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__', 'toString', 'hasOwnProperty'];
    const topics: Record<string, unknown> = {};
    for (const n of names) Object.defineProperty(topics, n, { value: done, enumerable: true });
    writeFileSync(file(), JSON.stringify({ version: 1, roadmaps: { constructor: { topics, changes: 1 }, small: { topics: {}, changes: 0 } } }));
    const { doc } = readState(file());
    expect(Object.getPrototypeOf(doc.roadmaps)).toBeNull();
    const t = doc.roadmaps['constructor' as string]!.topics;
    expect(Object.getPrototypeOf(t)).toBeNull();
    expect(Object.keys(t).sort()).toEqual([...names].sort());
    expect(t['__proto__']).toEqual(done);
    expect(doc.roadmaps.small!.topics.constructor).toBeUndefined();
    expect(doc.roadmaps.small!.topics.toString).toBeUndefined();
  });
});

describe('repair of a truncated file (a full disk, a crash)', () => {
  const ids = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
  const full = async () => {
    await run('done', ...ids.slice(0, 3));
    await run('note', 'alpha', 'a note');
    await run('skip', ...ids.slice(3));
    return readFileSync(file(), 'utf8');
  };

  it('cut at every byte: what is kept is exactly the complete records before the cut, each as it was', async () => {
    const text = await full();
    const whole = JSON.parse(text).roadmaps.small.topics;
    let previous = 0;
    for (let cut = 0; cut < text.length; cut++) {
      const result = salvageText(text.slice(0, cut));
      const kept = result.doc.roadmaps.small?.topics ?? {};
      for (const [id, record] of Object.entries(kept)) expect(record, `cut at ${cut}: ${id}`).toEqual(whole[id]);
      // Records appear in file order and are never lost again as the cut moves on.
      expect(Object.keys(kept)).toEqual(ids.slice(0, Object.keys(kept).length));
      expect(Object.keys(kept).length).toBeGreaterThanOrEqual(previous);
      previous = Object.keys(kept).length;
    }
    expect(previous).toBe(6); // every record, once the cut is past the last one
    expect(salvageText(text).kept).toBe(6);
  });

  it('doctor --repair on a file cut mid-way keeps the records before the cut and the backup; the damaged record is named', async () => {
    const text = await full();
    const cut = text.indexOf('"delta"') + 40; // inside delta's record
    writeFileSync(file(), text.slice(0, cut));
    const r = await run('doctor', '--repair');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ state {4}.*repaired; the damaged file is at .*state\.json\.bak-20260301T090000Z/);
    expect(r.stdout).toContain('! dropped  topic "delta" of "small": the file ends inside it');
    expect(readFileSync(join(dir, 'state.json.bak-20260301T090000Z'), 'utf8')).toBe(text.slice(0, cut));
    const topics = JSON.parse(readFileSync(file(), 'utf8')).roadmaps.small.topics;
    expect(Object.keys(topics)).toEqual(['alpha', 'beta', 'gamma']);
    expect(topics.alpha.notes[0].text).toBe('a note');
    // Later changes go on from the highest change number kept (the skip that made change 2 was lost with its records).
    await run('done', 'zeta');
    expect(JSON.parse(readFileSync(file(), 'utf8')).roadmaps.small.topics.zeta.history[0].change).toBe(2);
  });

  it('a file cut before any record: nothing to keep, exit 1, the file left as it was', async () => {
    const text = await full();
    writeFileSync(file(), text.slice(0, 12));
    const r = await run('doctor', '--repair');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing in the state file .* could be kept/);
    expect(r.stdout).not.toContain('repaired');
    expect(readFileSync(file(), 'utf8')).toBe(text.slice(0, 12));
  });

  it('parsePrefix is iterative (any depth) and never reads past what is complete', () => {
    const deep = `${'['.repeat(100_000)}`;
    expect(() => parsePrefix(deep)).not.toThrow();
    const { value, open } = parsePrefix('{"a": [1, 2, {"b": "c"}], "d": "unfinished');
    expect(value).toEqual({ a: [1, 2, { b: 'c' }] });
    expect(open.size).toBe(1);
  });

  it('an unreadable state file is an operational error naming it', () => {
    writeFileSync(file(), '{');
    expect(() => readState(file())).toThrow(OperationalError);
  });
});
