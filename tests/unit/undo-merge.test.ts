// The pure state changes behind `undo` and `import`: which change undo picks,
// and how an export is merged (change numbers, duplicates, the newer status).
import { describe, expect, it } from 'vitest';
import { setStatus } from '../../src/core/state/ops.js';
import { applyUndo, undoPlan } from '../../src/core/state/undo.js';
import { mergeExport } from '../../src/core/state/merge.js';
import type { ExportDoc } from '../../src/core/state/export-doc.js';
import { emptyState, type StateDoc } from '../../src/core/state/types.js';

const R = 'small';
const t = (day: number, hour = 9) => new Date(Date.UTC(2026, 2, day, hour));
const status = (doc: StateDoc, id: string) => doc.roadmaps[R]?.topics[id]?.status ?? 'pending';
const undo = (doc: StateDoc, at: Date) => {
  const plan = undoPlan(doc.roadmaps[R]);
  return plan ? applyUndo(doc, R, plan, at) : [];
};
const exportOf = (doc: StateDoc): ExportDoc => ({
  format: 'mlroad-export',
  version: 1,
  exported_at: t(28).toISOString(),
  roadmap: { id: R, title: 'Small' },
  topics: structuredClone(doc.roadmaps[R]?.topics ?? {}),
});

describe('undoPlan / applyUndo', () => {
  it('an undo is one change marked with what it undoes, and is never itself undone', () => {
    const doc = emptyState();
    setStatus(doc, R, ['a', 'b'], 'done', t(1));
    setStatus(doc, R, ['a'], 'pending', t(2));
    expect(undo(doc, t(3))).toEqual(['a']);
    const last = doc.roadmaps[R]!.topics.a!.history.at(-1)!;
    expect(last).toMatchObject({ status: 'done', previous: 'pending', change: 3, undoes: 2 });
    expect(doc.roadmaps[R]!.changes).toBe(3);
    expect(undoPlan(doc.roadmaps[R])).toMatchObject({
      change: 1,
      reverts: [
        { id: 'a', from: 'done', to: 'pending' },
        { id: 'b', from: 'done', to: 'pending' },
      ],
    });
    expect(undo(doc, t(4)).sort()).toEqual(['a', 'b']);
    expect(undoPlan(doc.roadmaps[R])).toBeNull();
  });

  it('a change no topic still shows (a newer status replaced it) is skipped', () => {
    const doc = emptyState();
    setStatus(doc, R, ['a'], 'done', t(1));
    setStatus(doc, R, ['b'], 'in-progress', t(2));
    // As after an import: b's status changed without a local change.
    doc.roadmaps[R]!.topics.b!.status = 'skipped';
    expect(undoPlan(doc.roadmaps[R])).toMatchObject({ change: 1, reverts: [{ id: 'a' }] });
  });
});

describe('mergeExport', () => {
  it('into an empty state: the same statuses, history and notes; change numbers kept in order', () => {
    const there = emptyState();
    setStatus(there, R, ['a', 'b'], 'done', t(1));
    setStatus(there, R, ['b'], 'pending', t(2));
    there.roadmaps[R]!.topics.a!.notes = [{ at: t(1, 10).toISOString(), text: 'n' }];
    const here = emptyState();
    const summary = mergeExport(here, R, exportOf(there), t(3));
    expect(here.roadmaps[R]!.topics).toEqual(there.roadmaps[R]!.topics);
    expect(here.roadmaps[R]!.changes).toBe(2);
    expect(summary).toMatchObject({ historyAdded: 3, notesAdded: 1, changed: [{ id: 'a', from: 'pending', to: 'done' }] });
  });

  it('a second merge of the same export changes nothing at all', () => {
    const there = emptyState();
    setStatus(there, R, ['a'], 'done', t(1));
    const here = emptyState();
    mergeExport(here, R, exportOf(there), t(3));
    const before = JSON.stringify(here);
    expect(mergeExport(here, R, exportOf(there), t(4))).toEqual({ changed: [], keptLocal: [], historyAdded: 0, notesAdded: 0, reviewsAdded: 0 });
    expect(JSON.stringify(here)).toBe(before);
  });

  it('imported changes get new local numbers above the local ones, so undo walks back through them in their order', () => {
    const here = emptyState();
    setStatus(here, R, ['x'], 'done', t(1)); // local change 1
    const there = emptyState();
    setStatus(there, R, ['a', 'b'], 'done', t(2)); // their 1 -> local 2
    setStatus(there, R, ['a'], 'in-progress', t(3)); // their 2 -> local 3
    mergeExport(here, R, exportOf(there), t(4));
    expect(here.roadmaps[R]!.topics.a!.history.map((h) => h.change)).toEqual([2, 3]);
    expect(undo(here, t(5))).toEqual(['a']);
    expect(status(here, 'a')).toBe('done');
    expect(undo(here, t(5)).sort()).toEqual(['a', 'b']);
    expect(undo(here, t(5))).toEqual(['x']);
  });

  it('imported undos keep pointing at the change they undid, so it is not undone twice', () => {
    const there = emptyState();
    setStatus(there, R, ['a'], 'done', t(1));
    setStatus(there, R, ['b'], 'done', t(2));
    undo(there, t(3)); // undoes b
    const here = emptyState();
    setStatus(here, R, ['z'], 'skipped', t(1, 8));
    mergeExport(here, R, exportOf(there), t(4));
    expect(status(here, 'b')).toBe('pending');
    expect(undo(here, t(5))).toEqual(['a']); // not b: its done was already undone
    expect(undo(here, t(5))).toEqual(['z']);
  });

  it('per topic the side with the newer latest change wins; a tie keeps what is here', () => {
    const here = emptyState();
    setStatus(here, R, ['a'], 'done', t(5));
    setStatus(here, R, ['b'], 'done', t(1));
    setStatus(here, R, ['c'], 'done', t(2));
    const there = emptyState();
    setStatus(there, R, ['a'], 'in-progress', t(3)); // older than here: kept
    setStatus(there, R, ['b'], 'skipped', t(4)); // newer: wins
    setStatus(there, R, ['c'], 'skipped', t(2)); // same time: here wins
    const s = mergeExport(here, R, exportOf(there), t(6));
    expect([status(here, 'a'), status(here, 'b'), status(here, 'c')]).toEqual(['done', 'skipped', 'done']);
    expect(s.changed).toEqual([{ id: 'b', from: 'done', to: 'skipped' }]);
    expect(s.keptLocal.map((k) => k.id)).toEqual(['a', 'c']);
    // History holds both sides, oldest first.
    expect(here.roadmaps[R]!.topics.a!.history.map((h) => h.status)).toEqual(['in-progress', 'done']);
  });
});
