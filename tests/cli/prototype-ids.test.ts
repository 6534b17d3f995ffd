// Ids that are Object.prototype's names ("constructor", "tostring", "valueof",
// "hasownproperty"; a leaf titled "Constructor" gets the id "constructor"),
// in a roadmap whose own id is "constructor", through every command; and
// "__proto__" keys in a state or export file. Before, `note constructor hi`
// said it saved and did not, `done` failed with "internal error", the browser
// died on Space, and such a roadmap id broke every command.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateStore } from '../../src/store/state-store.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { mlroad, tempDir, testHost, writeRoadmap, type Run } from '../helpers.js';
import { KEY, persisted, start, type Harness } from '../tui/helpers.js';

const YAML = `id: constructor
title: Prototype Names
topics:
  - title: Constructor
    children:
      - title: toString
        questions: [What does it return?]
        resources:
          - title: MDN
            url: https://example.com/tostring
      - title: valueOf
      - title: hasOwnProperty
  - title: Proto
    id: proto
    children:
      - title: isPrototypeOf
        requires: [tostring]
      - title: Watch
`;
const IDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof'];

let dir: string;
let roadmap: string;
const at = (when: string) => ({ MLROAD_NOW: when });
const run = (args: string[], env: Record<string, string> = at('2026-03-01T09:00:00Z'), configDir = dir) =>
  mlroad(['--roadmap', roadmap, ...args], { configDir, env });
const ok = (r: Run) => {
  expect(r.stderr).not.toMatch(/internal error|Cannot read|is not a function|undefined/);
  expect(r.code, r.stderr).toBe(0);
  return r;
};
const topics = (d = dir) => JSON.parse(readFileSync(join(d, 'state.json'), 'utf8')).roadmaps.constructor.topics;

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(YAML);
});

describe('a roadmap with the id "constructor" and topics named after Object.prototype', () => {
  it('derives those ids and validates', async () => {
    const r = ok(await run(['validate']));
    expect(r.stdout).toContain('is valid: 7 topics');
    const ids = (JSON.parse(ok(await run(['tree', '--json'])).stdout) as { id: string; children: { id: string }[] }[]).flatMap((t) => [
      t.id,
      ...t.children.map((c) => c.id),
    ]);
    for (const id of IDS) expect(ids).toContain(id);
  });

  it('every command works on them', async () => {
    ok(await run(['next']));
    expect(JSON.parse(ok(await run(['next', '--json'])).stdout)[0].id).toBe('tostring');
    ok(await run(['note', 'constructor', 'a note on the section']));
    ok(await run(['note', 'tostring', 'hi']));
    expect(topics().constructor.notes[0].text).toBe('a note on the section'); // saved, not just said
    expect(topics().tostring.notes[0].text).toBe('hi');
    expect(JSON.parse(ok(await run(['done', 'constructor', '--json'])).stdout).changed.map((t: { id: string }) => t.id)).toEqual([
      'tostring',
      'valueof',
      'hasownproperty',
    ]);
    ok(await run(['start', 'isprototypeof']));
    ok(await run(['skip', 'watch']));
    ok(await run(['reset', 'valueof']));
    expect(topics().valueof.status).toBe('pending');
    const progress = JSON.parse(ok(await run(['progress', '--json'])).stdout);
    expect(progress.roadmap.id).toBe('constructor');
    expect(progress.done).toBe(2);
    ok(await run(['tree']));
    const show = JSON.parse(ok(await run(['show', 'tostring', '--json'])).stdout);
    expect(show.notes.map((n: { text: string }) => n.text)).toEqual(['hi']);
    ok(await run(['show', 'constructor']));
    ok(await run(['show', 'hasOwnProperty'])); // by title
    ok(await run(['focus', 'constructor']));
    ok(await run(['next']));
    ok(await run(['focus', '--clear']));
    const review = ok(await run(['review', 'tostring', '--rating', 'good'], at('2026-03-05T09:00:00Z')));
    expect(review.stdout).toContain('Reviewed 1.1 toString');
    expect(topics().tostring.reviews).toHaveLength(1);
    ok(await run(['review', '--json'], at('2026-06-01T09:00:00Z')));
    ok(await run(['log', '--json']));
    ok(await run(['stats', '--json']));
    ok(await run(['stats']));
    ok(await run(['undo']));
    ok(await run(['undo']));
    ok(await run(['undo', '--json']));
    ok(await run(['doctor']));
    ok(await run(['open', 'tostring'], { ...at('2026-03-01T09:00:00Z'), BROWSER: 'true' }));
    const complete = ok(await run(['__complete', 'topics']));
    for (const id of IDS) expect(complete.stdout).toContain(`${id}\t`);
    for (const format of ['json', 'markdown', 'csv']) ok(await run(['export', '--format', format]));
  });

  it('export, then import into an empty config dir, reproduces the same progress; --dry-run too', async () => {
    ok(await run(['done', 'constructor']));
    ok(await run(['note', 'constructor', 'kept']));
    ok(await run(['review', 'valueof', '--rating', 'easy'], at('2026-03-04T09:00:00Z')));
    const file = join(tempDir(), 'export.json');
    ok(await run(['export', '-o', file]));
    const fresh = tempDir();
    const dry = ok(await run(['import', file, '--dry-run'], at('2026-03-05T09:00:00Z'), fresh));
    expect(dry.stdout).toContain('Would import');
    ok(await run(['import', file], at('2026-03-05T09:00:00Z'), fresh));
    const a = JSON.parse(ok(await run(['progress', '--json'])).stdout);
    const b = JSON.parse(ok(await run(['progress', '--json'], at('2026-03-01T09:00:00Z'), fresh)).stdout);
    expect(b).toEqual(a);
    expect(topics(fresh).constructor.notes[0].text).toBe('kept');
    expect(topics(fresh).valueof.reviews).toHaveLength(1);
    // Into a state that has other records but none for these ids (their lookups must not find Object's members).
    const other = tempDir();
    ok(await run(['done', 'watch'], at('2026-03-01T09:00:00Z'), other));
    ok(await run(['import', file, '--dry-run'], at('2026-03-05T09:00:00Z'), other));
    ok(await run(['import', file], at('2026-03-05T09:00:00Z'), other));
    expect(topics(other).tostring.status).toBe('done');
  });
});

describe('"__proto__" in a state or export file', () => {
  const record = { status: 'done', history: [{ status: 'done', at: '2026-02-01T09:00:00.000Z', previous: 'pending', change: 1 }] };

  it('a state file with "__proto__" keys: commands work, and the records are kept through writes', async () => {
    writeFileSync(
      join(dir, 'state.json'),
      `{"version":1,"roadmaps":{"__proto__":{"topics":{},"changes":0},"constructor":{"changes":1,"topics":{"__proto__":${JSON.stringify(record)},"tostring":${JSON.stringify(record)}}}}}`,
    );
    expect(JSON.parse(ok(await run(['progress', '--json'])).stdout).done).toBe(1);
    ok(await run(['done', 'valueof']));
    ok(await run(['undo']));
    ok(await run(['doctor']));
    const text = readFileSync(join(dir, 'state.json'), 'utf8');
    expect(text).toContain('"__proto__": {');
    const parsed = JSON.parse(text);
    expect(Object.hasOwn(parsed.roadmaps, '__proto__')).toBe(true);
    expect(Object.hasOwn(parsed.roadmaps.constructor.topics, '__proto__')).toBe(true);
  });

  it('an export with a "__proto__" topic is refused (not an id): exit 2, nothing imported', async () => {
    ok(await run(['done', 'tostring']));
    const before = readFileSync(join(dir, 'state.json'), 'utf8');
    const file = join(tempDir(), 'evil.json');
    writeFileSync(
      file,
      `{"format":"mlroad-export","version":1,"exported_at":"2026-03-01T09:00:00Z","roadmap":{"id":"constructor","title":"x"},"topics":{"__proto__":${JSON.stringify(record)}}}`,
    );
    const r = await run(['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('topics["__proto__"]: a topic id must be a slug; nothing was imported');
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(before);
  });
});

describe('the browser', () => {
  let h: Harness | undefined;
  afterEach(() => h?.unmount());

  it('Space on "tostring", then on the "constructor" section (asked first), and z, all persist', async () => {
    const store = new StateStore(tempDir(), testHost());
    h = await start({ roadmap: loadRoadmap(roadmap).roadmap, store });
    await h.until(() => /1\.1 toString/.test(h!.cursorLine()));
    await h.press(KEY.space);
    await h.until((f) => f.includes('Marked 1.1 toString done'));
    expect(persisted(store, 'constructor', 'tostring')).toBe('done');
    await h.press('k'); // 1 Constructor
    await h.until(() => /1 Constructor/.test(h!.cursorLine()));
    await h.press(KEY.space);
    await h.until((f) => f.includes('Mark 2 topics of 1 Constructor done? y/n'));
    await h.press('y');
    await h.until((f) => f.includes('Marked 1 Constructor done (2 topics)'));
    for (const id of ['tostring', 'valueof', 'hasownproperty']) expect(persisted(store, 'constructor', id)).toBe('done');
    await h.press('z');
    await h.until((f) => f.includes('↶ Undid 2 topics'));
    expect(persisted(store, 'constructor', 'valueof')).toBe('pending');
    await h.press('j', 'e'); // a note on toString needs an editor: none here, and nothing breaks
    await h.press('j', 's');
    await h.until((f) => f.includes('Marked 1.2 valueOf in progress'));
    expect(persisted(store, 'constructor', 'valueof')).toBe('in-progress');
  });
});
