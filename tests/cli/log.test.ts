// mlroad log: the timeline of status changes, oldest first, with --since,
// a topic filter and --json in the contract's shape.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mlroad, SMALL_ROADMAP, tempDir, writeRoadmap } from '../helpers.js';

let dir: string;
let roadmap: string;
const run = (args: string[], now = '2026-03-10T12:00:00Z') => mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: { TZ: 'UTC', MLROAD_NOW: now } });
const json = async (args: string[], now?: string) => {
  const r = await run([...args, '--json'], now);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

beforeEach(async () => {
  dir = tempDir();
  roadmap = writeRoadmap(SMALL_ROADMAP);
});

async function someDays() {
  await run(['start', 'alpha'], '2026-03-01T09:00:00Z');
  await run(['done', 'alpha'], '2026-03-02T20:15:00Z');
  await run(['done', 'advanced'], '2026-03-05T08:00:00Z');
  await run(['reset', 'zeta'], '2026-03-09T07:00:00Z');
}

describe('mlroad log', () => {
  it('--json lists every change oldest first as {at,id,number,title,status,previous}', async () => {
    await someDays();
    const log = await json(['log']);
    expect(log.map((e: { id: string; status: string }) => `${e.id}:${e.status}`)).toEqual([
      'alpha:in-progress',
      'alpha:done',
      'delta:done',
      'epsilon:done',
      'zeta:done',
      'zeta:pending',
    ]);
    expect(log[1]).toMatchObject({ at: '2026-03-02T20:15:00.000Z', id: 'alpha', number: '1.1', title: 'Alpha', status: 'done', previous: 'in-progress' });
    for (const e of log) expect(Object.keys(e)).toEqual(expect.arrayContaining(['at', 'id', 'number', 'title', 'status', 'previous']));
    // One command on a section is one change number.
    expect(new Set(log.slice(2, 5).map((e: { change: number }) => e.change)).size).toBe(1);
  });

  it('--since takes a date, an ISO time or a span back from now', async () => {
    await someDays();
    expect((await json(['log', '--since', '2026-03-05'])).map((e: { id: string }) => e.id)).toEqual(['delta', 'epsilon', 'zeta', 'zeta']);
    expect((await json(['log', '--since', '2026-03-02T20:15:00Z'])).length).toBe(5);
    expect((await json(['log', '--since', '3d'], '2026-03-10T12:00:00Z')).map((e: { id: string }) => e.id)).toEqual(['zeta']);
    expect(await json(['log', '--since', '2026-03-10'])).toEqual([]);
    const bad = await run(['log', '--since', 'last tuesday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since "last tuesday": expected a date');
    const invalidDay = await run(['log', '--since', '2026-02-30']);
    expect(invalidDay.code).toBe(2);
  });

  it('TOPIC limits the log to a topic and its leaves; -n keeps the last N', async () => {
    await someDays();
    expect((await json(['log', 'basics'])).map((e: { status: string }) => e.status)).toEqual(['in-progress', 'done']);
    expect((await json(['log', 'zeta'])).map((e: { status: string }) => e.status)).toEqual(['done', 'pending']);
    expect((await json(['log', '-n', '2'])).map((e: { id: string }) => e.id)).toEqual(['zeta', 'zeta']);
  });

  it('text groups the changes by day with times, statuses and what they were before', async () => {
    await someDays();
    await run(['undo'], '2026-03-09T07:30:00Z');
    const r = await run(['log']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^2026-03-01 Sun\n {2}09:00 {2}◐ in progress 1\.1 Alpha {2}\(was pending\)\n\n2026-03-02 Mon\n {2}20:15 {2}✓ done {8}1\.1 Alpha {2}\(was in progress\)/,
    );
    expect(r.stdout).toContain('2026-03-09 Mon');
    expect(r.stdout).toMatch(/07:30 {2}✓ done {8}2\.3 Zeta Alpha {2}\(undo; was pending\)/);
  });

  it('a topic no longer in the roadmap file is listed by id with null number and title', async () => {
    writeFileSync(
      join(dir, 'state.json'),
      JSON.stringify({
        version: 1,
        roadmaps: {
          small: {
            changes: 1,
            topics: { gone: { status: 'done', history: [{ status: 'done', at: '2026-03-01T10:00:00.000Z', previous: 'pending', change: 1 }] } },
          },
        },
      }),
    );
    expect(await json(['log'])).toEqual([
      { at: '2026-03-01T10:00:00.000Z', id: 'gone', number: null, title: null, status: 'done', previous: 'pending', change: 1, undoes: null, via: null },
    ]);
    expect((await run(['log'])).stdout).toContain('gone (not in this roadmap)');
  });

  it('with no history it says how to start, and --json is []', async () => {
    expect((await run(['log'])).stdout).toContain('No history yet');
    expect(await json(['log'])).toEqual([]);
  });
});
