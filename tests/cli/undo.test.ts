// Undo reverts whole changes (one command = one change), newest first,
// recording new history entries, and never undoes itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
let roadmap: string;
const run = (args: string[], now = '2026-03-01T09:00:00Z') => mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { TZ: 'UTC', MLROAD_NOW: now } });
const json = async (args: string[], now?: string) => {
  const r = await run([...args, '--json'], now);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const statuses = async () => {
  const tree = await json(['tree']);
  return Object.fromEntries(tree.flatMap((s: { children: { id: string; status: string }[] }) => s.children.map((t) => [t.id, t.status])));
};
const ids = (r: { changed: { id: string }[] }) => r.changed.map((t) => t.id);

beforeEach(() => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

describe('mlroad undo', () => {
  it('reverts a whole command at once: done on a section comes back in one undo', async () => {
    await run(['start', 'delta']);
    await run(['done', 'basics'], '2026-03-01T10:00:00Z');
    const undo = await json(['undo'], '2026-03-01T11:00:00Z');
    expect(ids(undo)).toEqual(['alpha', 'beta', 'gamma']);
    expect(undo.changed.map((t: { status: string }) => t.status)).toEqual(['pending', 'pending', 'pending']);
    expect(undo.changed[0]).toEqual({ id: 'alpha', number: '1.1', title: 'Alpha', path: ['Basics'], status: 'pending', estimate_hours: 2 });
    expect(await statuses()).toMatchObject({ alpha: 'pending', beta: 'pending', gamma: 'pending', delta: 'in-progress' });
  });

  it('repeated undo walks back through history, change by change, then says there is nothing left', async () => {
    await run(['start', 'alpha'], '2026-03-01T09:00:00Z');
    await run(['done', 'beta', 'gamma'], '2026-03-02T09:00:00Z');
    await run(['skip', 'zeta'], '2026-03-03T09:00:00Z');
    await run(['done', 'alpha'], '2026-03-04T09:00:00Z');
    const later = '2026-03-05T09:00:00Z';
    expect(ids(await json(['undo'], later))).toEqual(['alpha']);
    expect((await statuses()).alpha).toBe('in-progress');
    expect(ids(await json(['undo'], later))).toEqual(['zeta']);
    expect(ids(await json(['undo'], later))).toEqual(['beta', 'gamma']);
    expect(ids(await json(['undo'], later))).toEqual(['alpha']);
    expect(Object.values(await statuses()).every((s) => s === 'pending')).toBe(true);
    const none = await run(['undo'], later);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('Nothing to undo');
    expect(await json(['undo'], later)).toEqual({ changed: [], undone: null });
  });

  it('never undoes an undo: after undo, undo goes further back instead of redoing', async () => {
    await run(['done', 'alpha']);
    await run(['done', 'beta']);
    await run(['undo']);
    await run(['undo']);
    expect(await statuses()).toMatchObject({ alpha: 'pending', beta: 'pending' });
    // A new change after undos is the next one undone; then the walk goes on where it was.
    await run(['start', 'gamma']);
    await run(['done', 'delta']);
    expect(ids(await json(['undo']))).toEqual(['delta']);
    expect(ids(await json(['undo']))).toEqual(['gamma']);
    expect((await json(['undo'])).changed).toEqual([]);
  });

  it('undo of a reset restores the previous statuses, and history stays append-only', async () => {
    await run(['done', 'alpha'], '2026-03-01T09:00:00Z');
    await run(['start', 'beta'], '2026-03-01T09:30:00Z');
    await run(['reset', 'basics'], '2026-03-02T09:00:00Z');
    const undo = await run(['undo'], '2026-03-02T10:00:00Z');
    expect(undo.stdout).toContain('↶ Undid the change of 2026-03-02 09:00 (2 topics):');
    expect(undo.stdout).toMatch(/1\.1 Alpha {2}pending → ✓ done/);
    expect(undo.stdout).toMatch(/1\.2 Beta {2}pending → ◐ in progress/);
    expect(await statuses()).toMatchObject({ alpha: 'done', beta: 'in-progress' });
    const history = (await json(['show', 'alpha'])).history;
    expect(history).toEqual([
      { status: 'done', at: '2026-03-01T09:00:00.000Z', previous: 'pending' },
      { status: 'pending', at: '2026-03-02T09:00:00.000Z', previous: 'done' },
      { status: 'done', at: '2026-03-02T10:00:00.000Z', previous: 'pending' },
    ]);
    const log = await json(['log']);
    expect(log.at(-1)).toMatchObject({ id: 'beta', status: 'in-progress', previous: 'pending', undoes: expect.any(Number) });
  });

  it('a command that changed nothing is not a change: undo reverts the one before it', async () => {
    await run(['done', 'alpha']);
    await run(['done', 'alpha']);
    expect(ids(await json(['undo']))).toEqual(['alpha']);
    expect((await json(['undo'])).changed).toEqual([]);
  });

  it('with nothing recorded yet, undo says so and exits 0', async () => {
    const r = await run(['undo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Nothing to undo: no status change is left to revert.\n');
  });

  it('--help has examples', async () => {
    const r = await run(['undo', '--help']);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('$ mlroad undo');
  });
});
