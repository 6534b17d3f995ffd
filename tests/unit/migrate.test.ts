// State layout upgrades: an older file is read through the migrations, and the
// first write keeps a backup of the old file. (mlroad has one layout so far;
// these tests run the machinery with a test migration to version 2.)
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/migrate.js';
import { setStatus } from '../../src/core/state/ops.js';
import { StateStore } from '../../src/store/state-store.js';
import { tempDir, testHost } from '../helpers.js';

const V1 = JSON.stringify({
  version: 1,
  roadmaps: {
    r: { topics: { a: { status: 'done', history: [{ status: 'done', at: '2026-01-01T00:00:00.000Z', previous: 'pending', change: 1 }] } }, changes: 1 },
  },
});
// A pretend v1 → v2 step: records gain a "since" copied from their last history entry.
const toV2 = {
  1: (d: Record<string, unknown>) => {
    const roadmaps = structuredClone(d.roadmaps) as Record<string, { topics: Record<string, { history: { at: string }[]; since?: string }> }>;
    for (const r of Object.values(roadmaps)) for (const t of Object.values(r.topics)) t.since = t.history.at(-1)?.at;
    return { ...d, roadmaps };
  },
};

describe('state migrations', () => {
  it('migrate applies each step in order and stamps the version', () => {
    const { data, from } = migrate(JSON.parse(V1), 2, toV2);
    expect(from).toBe(1);
    expect(data.version).toBe(2);
    expect((data as { roadmaps: { r: { topics: { a: { since: string } } } } }).roadmaps.r.topics.a.since).toBe('2026-01-01T00:00:00.000Z');
    expect(() => migrate(JSON.parse(V1), 3, toV2)).toThrow('no migration from state version 2');
  });

  it('reading an older file upgrades it in memory only; the first write keeps a backup', async () => {
    const dir = tempDir();
    const file = join(dir, 'state.json');
    writeFileSync(file, V1, { mode: 0o600 });
    const store = new StateStore(dir, testHost(), { version: 2, migrations: toV2 });
    expect(store.read().version).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(V1);
    await store.update((doc) => setStatus(doc, 'r', ['b'], 'done', new Date('2026-02-01T00:00:00Z')));
    const backup = join(dir, 'state.json.v1.bak');
    expect(readFileSync(backup, 'utf8')).toBe(V1);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.version).toBe(2);
    expect(written.roadmaps.r.topics.a).toMatchObject({ status: 'done', since: '2026-01-01T00:00:00.000Z' });
    expect(written.roadmaps.r.topics.b.status).toBe('done');
    // Later writes leave the backup alone.
    await store.update((doc) => setStatus(doc, 'r', ['c'], 'done', new Date('2026-02-02T00:00:00Z')));
    expect(readFileSync(backup, 'utf8')).toBe(V1);
  });

  it('a write that changes nothing still upgrades (with the backup) only when asked to write', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'state.json'), V1);
    const store = new StateStore(dir, testHost(), { version: 2, migrations: toV2 });
    await store.update(() => undefined);
    expect(existsSync(join(dir, 'state.json.v1.bak'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).version).toBe(2);
  });

  it('a file from a newer layout is refused by an older reader and left alone', async () => {
    const dir = tempDir();
    const v2 = V1.replace('"version":1', '"version":2');
    writeFileSync(join(dir, 'state.json'), v2);
    const store = new StateStore(dir, testHost());
    expect(() => store.read()).toThrow('was written by a newer mlroad (state version 2, this one reads 1)');
    await expect(store.update(() => undefined)).rejects.toThrow('newer mlroad');
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(v2);
  });

  it('an older file that no migration can upgrade is treated as corrupt, not overwritten', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'state.json'), V1);
    const store = new StateStore(dir, testHost(), { version: 3, migrations: toV2 });
    expect(() => store.read()).toThrow('cannot be upgraded from state version 1 (no migration from state version 2)');
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(V1);
  });
});
