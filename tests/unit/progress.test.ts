import { describe, expect, it } from 'vitest';
import { nextTopics } from '../../src/core/next.js';
import { percentOf, Progress, type Status } from '../../src/core/progress.js';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { setStatus } from '../../src/core/state/ops.js';
import { emptyState } from '../../src/core/state/types.js';
import { SHIPPED_ROADMAP, SMALL_ROADMAP, writeRoadmap } from '../helpers.js';

const small = loadRoadmap(writeRoadmap(SMALL_ROADMAP)).roadmap;
const ml = loadRoadmap(SHIPPED_ROADMAP).roadmap;
const progressOf = (roadmap: typeof small, statuses: Record<string, Status>) => new Progress(roadmap, (id) => statuses[id]);

describe('derived statuses and counts', () => {
  it('a parent is pending, in progress, done or skipped from its leaves', () => {
    const basics = small.byId.get('basics')!;
    expect(progressOf(small, {}).status(basics)).toBe('pending');
    expect(progressOf(small, { alpha: 'in-progress' }).status(basics)).toBe('in-progress');
    expect(progressOf(small, { alpha: 'done' }).status(basics)).toBe('in-progress');
    expect(progressOf(small, { alpha: 'done', beta: 'skipped', gamma: 'done' }).status(basics)).toBe('done');
    expect(progressOf(small, { alpha: 'skipped', beta: 'skipped', gamma: 'skipped' }).status(basics)).toBe('skipped');
    expect(progressOf(small, { alpha: 'skipped', beta: 'skipped' }).status(basics)).toBe('pending');
  });

  it('counts leaves only, and percent ignores skipped leaves', () => {
    const p = progressOf(small, { alpha: 'done', beta: 'skipped', delta: 'in-progress' });
    expect(p.counts()).toEqual({ done: 1, in_progress: 1, skipped: 1, pending: 3, total: 6, percent: 20 });
    expect(p.counts(small.byId.get('basics')!)).toEqual({ done: 1, in_progress: 0, skipped: 1, pending: 1, total: 3, percent: 50 });
  });

  it('percent rounds down to one decimal and never shows 100 early', () => {
    expect(percentOf(9999, 10000, 0)).toBe(99.9);
    expect(percentOf(1, 3, 0)).toBe(33.3);
    expect(percentOf(29, 100, 0)).toBe(29);
    expect(percentOf(0, 5, 5)).toBe(100);
    expect(percentOf(2, 2, 0)).toBe(100);
  });

  it('time left sums the estimates of unfinished leaves', () => {
    expect(progressOf(small, {}).hoursLeft()).toBe(3.5);
    expect(progressOf(small, { alpha: 'done' }).hoursLeft()).toBe(1.5);
    expect(progressOf(small, { alpha: 'done', beta: 'skipped' }).hoursLeft(small.byId.get('basics')!)).toBe(0);
  });
});

describe('next', () => {
  const next = (statuses: Record<string, Status>, limit = 10, state = emptyState().roadmaps.x) =>
    nextTopics(progressOf(small, statuses), state, { limit }).map((p) => p.topic.id);

  it('starts with the first leaf in outline order, with a reason', () => {
    const [pick] = nextTopics(progressOf(ml, {}), undefined, { limit: 1 });
    expect(pick!.topic.number).toBe('1.1');
    expect(pick!.reason).toBe('first pending topic of 1 Introduction in outline order');
  });

  it('moves on when a topic is done, and skips skipped ones', () => {
    expect(next({ alpha: 'done' }, 1)).toEqual(['beta']);
    expect(next({ alpha: 'done', beta: 'skipped' }, 1)).toEqual(['gamma']);
  });

  it('lists in-progress topics first, oldest start first', () => {
    const doc = emptyState();
    setStatus(doc, 'small', ['epsilon'], 'in-progress', new Date('2026-01-01T00:00:00Z'));
    setStatus(doc, 'small', ['beta'], 'in-progress', new Date('2026-02-01T00:00:00Z'));
    const state = doc.roadmaps.small!;
    const statuses = Object.fromEntries(Object.entries(state.topics).map(([k, v]) => [k, v.status]));
    const picks = nextTopics(progressOf(small, statuses), state, { limit: 3 });
    expect(picks.map((p) => p.topic.id)).toEqual(['epsilon', 'beta', 'alpha']);
    expect(picks[0]!.reason).toBe('in progress since 2026-01-01');
  });

  it('puts unmet prerequisites before the topic that needs them', () => {
    // delta requires gamma: with gamma pending, studying section 2 first must yield gamma, then delta.
    const picks = nextTopics(progressOf(small, {}), undefined, { limit: 2, within: small.byId.get('advanced')! });
    expect(picks.map((p) => p.topic.id)).toEqual(['gamma', 'delta']);
    expect(picks[0]!.reason).toBe('prerequisite of 2.1 Delta');
    expect(picks[1]!.reason).toContain('still waiting on 1.3 Gamma Rays');
  });

  it('a topic whose prerequisites are finished says so', () => {
    const picks = nextTopics(progressOf(small, { alpha: 'done', beta: 'done', gamma: 'done' }), undefined, { limit: 1 });
    expect(picks[0]!.topic.id).toBe('delta');
    expect(picks[0]!.reason).toBe('first pending topic of 2 Advanced in outline order; its prerequisites are finished (1.3)');
  });

  it('returns nothing when every leaf is done or skipped', () => {
    expect(next(Object.fromEntries(small.leaves.map((l) => [l.id, 'done' as Status])))).toEqual([]);
  });

  it('respects the shipped prerequisites: no topic is recommended before what it requires', () => {
    // Walk the whole roadmap by always finishing what `next` recommends.
    const statuses: Record<string, Status> = {};
    const order: string[] = [];
    for (;;) {
      const [pick] = nextTopics(progressOf(ml, statuses), undefined, { limit: 1 });
      if (!pick) break;
      order.push(pick.topic.id);
      statuses[pick.topic.id] = 'done';
    }
    expect(order).toHaveLength(121);
    const position = new Map(order.map((id, i) => [id, i]));
    for (const leaf of ml.leaves) {
      for (let t: typeof leaf | null = leaf; t; t = t.parent) {
        for (const req of t.requires) {
          const target = ml.byId.get(req)!;
          for (let i = target.leafStart; i < target.leafEnd; i++) {
            expect(position.get(ml.leaves[i]!.id)!, `${leaf.id} after ${ml.leaves[i]!.id}`).toBeLessThan(position.get(leaf.id)!);
          }
        }
      }
    }
  });
});

describe('state changes', () => {
  it('setStatus records history with the previous status and reports only real changes', () => {
    const doc = emptyState();
    const at = new Date('2026-03-01T09:00:00Z');
    expect(setStatus(doc, 'r', ['a', 'b'], 'done', at)).toEqual(['a', 'b']);
    expect(setStatus(doc, 'r', ['a', 'c'], 'done', at)).toEqual(['c']);
    expect(setStatus(doc, 'r', ['a'], 'pending', at)).toEqual(['a']);
    expect(doc.roadmaps.r!.topics.a!.history).toEqual([
      { status: 'done', at: '2026-03-01T09:00:00.000Z', previous: 'pending', change: 1 },
      { status: 'pending', at: '2026-03-01T09:00:00.000Z', previous: 'done', change: 3 },
    ]);
  });
});
