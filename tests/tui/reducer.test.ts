// The browser's pure parts: flattening, search, the reducer, key interpretation, layout.
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { emptyState, type StateDoc } from '../../src/core/state/types.js';
import { setStatus } from '../../src/core/state/ops.js';
import type { Roadmap, Topic } from '../../src/core/roadmap/types.js';
import { width } from '../../src/render/text.js';
import { progressOf, selected, type Action, type TuiState } from '../../src/tui/model.js';
import { flatten } from '../../src/tui/reduce/tree.js';
import { initialState, reduce } from '../../src/tui/reducer.js';
import { interpret, NO_KEY, splitKeys, type KeyInfo } from '../../src/tui/keys.js';
import { layoutOf } from '../../src/tui/layout.js';
import { matchRanges, searchTopics } from '../../src/tui/search.js';
import { fit, seg, theme } from '../../src/tui/view/segments.js';
import { breakLines } from '../../src/tui/view/chrome.js';
import { treeRow } from '../../src/tui/view/rows.js';
import { dueBelow } from '../../src/tui/due.js';
import type { ReviewCard } from '../../src/core/review/card.js';
import { bigRoadmapYaml, fixtureRoadmap, roadmapFrom, shippedRoadmap } from './helpers.js';

const SIZE = { columns: 80, rows: 24 };
const roadmap = fixtureRoadmap();
const t = (id: string) => roadmap.byId.get(id)!;

function docWith(r: Roadmap, statuses: Record<string, 'done' | 'in-progress' | 'skipped' | 'pending'>): StateDoc {
  const doc = emptyState();
  let minute = 0;
  for (const [id, status] of Object.entries(statuses)) setStatus(doc, r.id, [id], status, new Date(Date.UTC(2026, 0, 1, 0, minute++)));
  return doc;
}

const stateOf = (statuses: Record<string, 'done' | 'in-progress' | 'skipped' | 'pending'> = {}, r: Roadmap = roadmap, size = SIZE) =>
  initialState({ roadmap: r, doc: docWith(r, statuses), size, now: new Date('2026-03-01T09:00:00Z') });
const run = (s: TuiState, ...actions: Action[]) => actions.reduce(reduce, s);
const ids = (rows: readonly Topic[]) => rows.map((x) => x.id);
const key = (k: Partial<KeyInfo>): KeyInfo => ({ ...NO_KEY, ...k });

describe('opening', () => {
  it('opens at the topic `next` picks, with its path expanded', () => {
    const s = stateOf({ alpha: 'done', beta: 'done', gamma: 'done' });
    // Next: 2.1.1 Delta One (Delta requires Basics, which is finished).
    expect(selected(s)?.id).toBe('delta-one');
    expect(s.expanded).toEqual(new Set(['advanced', 'delta']));
    expect(ids(s.rows)).toEqual(['basics', 'advanced', 'delta', 'delta-one', 'delta-two', 'epsilon', 'extras']);
  });

  it('puts a deep next topic of a 10,000-topic roadmap on screen', () => {
    const big = roadmapFrom(bigRoadmapYaml(10_000));
    const statuses: Record<string, 'done'> = {};
    for (let i = 1; i <= 7000; i++) statuses[`t${i}`] = 'done';
    const s = stateOf(statuses, big);
    expect(selected(s)?.id).toBe('t7001');
    const body = layoutOf(SIZE).body;
    expect(s.cursor).toBeGreaterThanOrEqual(s.scroll);
    expect(s.cursor).toBeLessThan(s.scroll + body);
  });

  it('says so when nothing is left, with the cursor at the top', () => {
    const s = stateOf(Object.fromEntries(roadmap.leaves.map((l) => [l.id, 'done'])));
    expect(s.cursor).toBe(0);
    expect(s.message?.text).toMatch(/Nothing left to study/);
  });
});

describe('flattening and filters', () => {
  it('lists children of expanded parents only, in outline order', () => {
    const p = progressOf(roadmap, emptyState());
    expect(ids(flatten(roadmap, new Set(), 'all', p))).toEqual(['basics', 'advanced', 'extras']);
    expect(ids(flatten(roadmap, new Set(['advanced']), 'all', p))).toEqual(['basics', 'advanced', 'delta', 'epsilon', 'extras']);
    // A collapsed parent hides its expanded children.
    expect(ids(flatten(roadmap, new Set(['delta']), 'all', p))).toEqual(['basics', 'advanced', 'extras']);
  });

  it('filters leaves by status and keeps the parents that contain a match', () => {
    const doc = docWith(roadmap, { alpha: 'done', 'delta-one': 'in-progress', gamma: 'skipped' });
    const p = progressOf(roadmap, doc);
    const all = new Set(['basics', 'advanced', 'delta', 'extras']);
    expect(ids(flatten(roadmap, all, 'done', p))).toEqual(['basics', 'alpha']);
    expect(ids(flatten(roadmap, all, 'in-progress', p))).toEqual(['advanced', 'delta', 'delta-one']);
    expect(ids(flatten(roadmap, all, 'pending', p))).toEqual(['basics', 'beta', 'advanced', 'delta', 'delta-two', 'epsilon', 'extras', 'evil']);
  });

  it('Tab cycles all → pending → in progress → done → due → all, and the cursor falls back to a visible ancestor', () => {
    let s = stateOf({ alpha: 'done' }); // cursor on beta
    expect(selected(s)?.id).toBe('beta');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      s = reduce(s, { type: 'filter', by: 1 });
      seen.push(s.filter);
      if (s.filter === 'done') expect(selected(s)?.id).toBe('basics');
    }
    expect(seen).toEqual(['pending', 'in-progress', 'done', 'due', 'all']);
    expect(reduce(s, { type: 'filter', by: -1 }).filter).toBe('due');
  });

  it('marking under a filter keeps the position, so the next row comes up', () => {
    let s = run(stateOf(), { type: 'filter', by: 1 }); // pending; cursor on alpha
    expect(selected(s)?.id).toBe('alpha');
    s = reduce(s, { type: 'markStart', mark: { id: 1, topics: [t('alpha')], status: 'done', at: new Date() } });
    expect(selected(s)?.id).toBe('beta'); // at once, before the write is confirmed
    const doc = docWith(roadmap, { alpha: 'done' });
    s = reduce(s, { type: 'marked', id: 1, doc, topic: t('alpha'), status: 'done', changed: [t('alpha')] });
    expect(selected(s)?.id).toBe('beta');
    expect(s.message?.text).toBe('Marked 1.1 Alpha Topic done');
  });
});

describe('status changes on screen', () => {
  const at = new Date('2026-03-01T09:00:00Z');
  it('show at once, stay on top of what the store returns until their own write returns, and are undone if it fails', () => {
    let s = stateOf();
    s = run(
      s,
      { type: 'markStart', mark: { id: 1, topics: [t('alpha')], status: 'done', at } },
      { type: 'markStart', mark: { id: 2, topics: [t('advanced')], status: 'skipped', at } },
    );
    expect(s.progress.status(t('alpha'))).toBe('done');
    expect(s.progress.counts()).toMatchObject({ done: 1, skipped: 3 });
    expect(s.saved.roadmaps).toEqual({}); // nothing confirmed yet
    // The first write returns: the second is still shown on top of it.
    s = reduce(s, { type: 'marked', id: 1, doc: docWith(roadmap, { alpha: 'done' }), topic: t('alpha'), status: 'done', changed: [t('alpha')] });
    expect(s.progress.counts()).toMatchObject({ done: 1, skipped: 3 });
    expect(s.pending.map((m) => m.id)).toEqual([2]);
    // The second fails: undone, with the reason in the status line.
    s = reduce(s, { type: 'markFailed', id: 2, text: 'Not saved: disk full' });
    expect(s.progress.counts()).toMatchObject({ done: 1, skipped: 0 });
    expect(s.message).toEqual({ text: 'Not saved: disk full', tone: 'error' });
  });

  it('take in changes another mlroad made to the state file', () => {
    const s = stateOf();
    const same = reduce(s, { type: 'reloaded', doc: emptyState() });
    expect(same).toBe(s);
    const changed = reduce(s, { type: 'reloaded', doc: docWith(roadmap, { gamma: 'done', epsilon: 'in-progress' }) });
    expect(changed.progress.counts()).toMatchObject({ done: 1, in_progress: 1 });
  });
});

describe('moving', () => {
  it('moves, clamps at both ends, and goes to top and bottom', () => {
    let s = stateOf(); // cursor on alpha (row 1)
    s = run(s, { type: 'move', by: -1 }, { type: 'move', by: -1 });
    expect(s.cursor).toBe(0);
    s = run(s, { type: 'bottom' });
    expect(selected(s)?.id).toBe('extras');
    s = run(s, { type: 'move', by: 5 });
    expect(selected(s)?.id).toBe('extras');
    expect(selected(run(s, { type: 'top' }))?.id).toBe('basics');
  });

  it('← collapses an open parent, then goes to the parent; → expands, then goes to the first child', () => {
    let s = stateOf(); // alpha, basics expanded
    s = reduce(s, { type: 'left' });
    expect(selected(s)?.id).toBe('basics');
    s = reduce(s, { type: 'left' });
    expect(s.expanded.has('basics')).toBe(false);
    expect(ids(s.rows)).toEqual(['basics', 'advanced', 'extras']);
    s = reduce(s, { type: 'right' });
    expect(s.expanded.has('basics')).toBe(true);
    expect(selected(s)?.id).toBe('basics');
    s = reduce(s, { type: 'right' });
    expect(selected(s)?.id).toBe('alpha');
    expect(reduce(s, { type: 'right' })).toBe(s); // a leaf: nothing to do
  });

  it('Enter toggles a parent and opens the details of a leaf', () => {
    let s = stateOf();
    s = reduce(s, { type: 'enter' });
    expect(s.overlay).toMatchObject({ kind: 'detail', topic: t('alpha') });
    s = run(s, { type: 'closeOverlay' }, { type: 'move', by: -1 }, { type: 'enter' });
    expect(s.expanded.has('basics')).toBe(false);
    expect(reduce(s, { type: 'enter' }).expanded.has('basics')).toBe(true);
  });

  it('pages by the body height and keeps the cursor on screen', () => {
    const big = roadmapFrom(bigRoadmapYaml(500));
    let s = stateOf({}, big);
    const body = layoutOf(SIZE).body;
    s = reduce(s, { type: 'page', by: 1 });
    expect(s.cursor).toBe(1 + body);
    expect(s.cursor).toBeGreaterThanOrEqual(s.scroll);
    expect(s.cursor).toBeLessThan(s.scroll + body);
    s = run(s, { type: 'page', by: -1 }, { type: 'page', by: -1 });
    expect(s.cursor).toBe(0);
    expect(s.scroll).toBe(0);
  });

  it('n jumps to the next topic, opening its path and lifting a filter that hides it', () => {
    let s = run(
      stateOf({ alpha: 'done', beta: 'done', gamma: 'done' }),
      { type: 'top' },
      { type: 'left' },
      { type: 'filter', by: -1 },
      { type: 'filter', by: -1 },
    ); // done filter
    expect(s.filter).toBe('done');
    s = reduce(s, { type: 'next', now: new Date('2026-03-01T09:00:00Z') });
    expect(selected(s)?.id).toBe('delta-one');
    expect(s.filter).toBe('all');
    expect(s.message?.text).toMatch(/Filter is now "all"/);
  });
});

describe('search', () => {
  it('matches every word in titles and ids, case-insensitively, in outline order', () => {
    expect(ids(searchTopics(roadmap, 'TOPIC'))).toEqual(['alpha', 'beta', 'gamma', 'delta', 'epsilon']);
    expect(ids(searchTopics(roadmap, 'delta one'))).toEqual(['delta-one']);
    expect(ids(searchTopics(roadmap, 'delta-t'))).toEqual(['delta-two']); // by id
    expect(ids(searchTopics(roadmap, '2.1'))).toEqual(['delta']); // an outline number
    expect(searchTopics(roadmap, '   ')).toEqual([]);
  });

  it('refining the previous matches gives what a fresh search gives', () => {
    const r = shippedRoadmap();
    let pool = searchTopics(r, 'l');
    for (const q of ['li', 'lin', 'line', 'linea', 'linear ', 'linear a', 'linear alg']) {
      const refined = searchTopics(r, q, pool);
      expect(ids(refined)).toEqual(ids(searchTopics(r, q)));
      pool = refined;
    }
    expect(ids(pool)).toEqual(['linear-algebra']);
  });

  it('highlights each occurrence of each word, merged', () => {
    expect(matchRanges('Chain Rule of Derivation', 'rule chain')).toEqual([
      [0, 5],
      [6, 10],
    ]);
    expect(matchRanges('aaaa', 'aa a')).toEqual([[0, 4]]);
  });

  it('typing, erasing, choosing and Enter jump to the match; Esc leaves everything as it was', () => {
    const s0 = stateOf();
    let s = run(s0, { type: 'searchOpen' }, { type: 'searchType', text: 'delta' });
    expect(ids(s.search!.matches)).toEqual(['delta', 'delta-one', 'delta-two']);
    s = run(s, { type: 'searchType', text: 'x' });
    expect(s.search!.matches).toEqual([]);
    s = run(s, { type: 'searchErase' }, { type: 'searchMove', by: 2 });
    expect(s.search!.selected).toBe(2);
    const jumped = reduce(s, { type: 'searchAccept' });
    expect(jumped.search).toBeNull();
    expect(selected(jumped)?.id).toBe('delta-two');
    expect(jumped.expanded.has('delta')).toBe(true);
    const cancelled = reduce(s, { type: 'searchCancel' });
    expect(cancelled.search).toBeNull();
    expect(selected(cancelled)).toBe(selected(s0));
    expect(cancelled.expanded).toEqual(s0.expanded);
  });
});

describe('keys', () => {
  it('splits a pasted "jjj" into three presses but keeps special keys whole', () => {
    expect(splitKeys('jjj', NO_KEY).map(([k]) => k)).toEqual(['j', 'j', 'j']);
    expect(splitKeys('G', key({ shift: true }))).toHaveLength(1);
    expect(splitKeys('', key({ downArrow: true }))).toHaveLength(1);
  });

  it('Space on a done parent returns only its done leaves to pending (skipped stay skipped)', () => {
    const s = run(stateOf({ alpha: 'done', beta: 'done', gamma: 'skipped' }), { type: 'top' });
    expect(selected(s)?.id).toBe('basics');
    const [ask] = interpret(s, ' ', NO_KEY);
    expect(ask).toMatchObject({ type: 'confirmOpen', text: 'Reset 2 topics of 1 Basics to pending? y/n' });
    const asked = run(s, ask as Action);
    const [close, step] = interpret(asked, 'y', NO_KEY);
    expect(close).toEqual({ type: 'confirmClose' });
    expect(step).toMatchObject({ effect: 'mark', status: 'pending' });
    expect(ids((step as unknown as { topics: Topic[] }).topics)).toEqual(['alpha', 'beta']);
    expect(interpret(asked, 'n', NO_KEY)).toEqual([{ type: 'confirmClose' }, { type: 'message', text: 'Nothing changed in 1 Basics', tone: 'info' }]);
    // One leaf left to change in a section: no question.
    const one = run(stateOf({ alpha: 'done', beta: 'done' }), { type: 'top' });
    expect(interpret(one, ' ', NO_KEY)).toMatchObject([{ effect: 'mark', status: 'done' }]);
    const [again] = interpret(stateOf(), ' ', NO_KEY);
    expect(again).toMatchObject({ effect: 'mark', status: 'done', topic: t('alpha') });
  });

  it('Esc closes an overlay or a search before it quits; q is text in a search', () => {
    const tree = stateOf();
    expect(interpret(tree, '', key({ escape: true }))).toEqual([{ effect: 'quit' }]);
    const detail = reduce(tree, { type: 'enter' });
    expect(interpret(detail, '', key({ escape: true }))).toEqual([{ type: 'closeOverlay' }]);
    const searching = reduce(tree, { type: 'searchOpen' });
    expect(interpret(searching, '', key({ escape: true }))).toEqual([{ type: 'searchCancel' }]);
    expect(interpret(searching, 'q', NO_KEY)).toEqual([{ type: 'searchType', text: 'q' }]);
    expect(interpret(searching, 'c', key({ ctrl: true }))).toEqual([{ effect: 'quit' }]);
  });

  it('marking keys in the details act on the topic shown', () => {
    const detail = run(stateOf(), { type: 'move', by: 1 }, { type: 'enter' });
    expect(interpret(detail, 'x', NO_KEY)).toEqual([{ effect: 'mark', topic: t('beta'), topics: [t('beta')], status: 'skipped' }]);
    expect(interpret(detail, 's', NO_KEY)[0]).toMatchObject({ status: 'in-progress' });
    expect(interpret(detail, 'u', NO_KEY)[0]).toMatchObject({ status: 'pending' });
  });
});

describe('layout and lines', () => {
  it('keeps every frame at most rows-1 lines and puts details beside the tree from 100 columns', () => {
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 40, rows: 12 },
      { columns: 120, rows: 40 },
      { columns: 30, rows: 5 },
    ]) {
      const l = layoutOf(size);
      expect(Number(l.header) + l.body + Number(l.status) + Number(l.keys)).toBeLessThanOrEqual(size.rows - 1);
      expect(l.wide).toBe(size.columns >= 100);
      if (l.wide) expect(l.treeWidth + 1 + l.detailWidth).toBe(size.columns);
    }
    expect(layoutOf({ columns: 40, rows: 12 }).body).toBe(8);
  });

  it('fits styled pieces into the width without cutting an escape code', () => {
    const th = theme(new Chalk({ level: 1 }));
    const line = fit([seg('Hello ', th.bold), seg('wonderful world', th.success)], 12);
    expect(width(line)).toBe(12);
    expect(line).toMatch(/…/);
    expect(line.split('\x1b[').length % 2).toBe(1); // every code opened is closed
  });

  it('tree rows never exceed the width, even deep and narrow', () => {
    const r = shippedRoadmap();
    const p = progressOf(r, emptyState());
    const th = theme(new Chalk({ level: 0 }));
    for (const cols of [40, 55, 80, 120]) {
      for (const topic of r.all)
        expect(width(treeRow(topic, { progress: p, expanded: new Set(), width: cols, theme: th, cursor: false }))).toBeLessThanOrEqual(cols);
    }
  });

  it('breaks a long URL over lines instead of losing it', () => {
    const url = 'https://huyenchip.com/ml-interviews-book/contents/1.1-different-ml-roles.html';
    const lines = breakLines(`${url}  (no browser: no display)`, 40, 3);
    expect(lines.every((l) => width(l) <= 40)).toBe(true);
    expect(lines.join('')).toContain(url);
  });
});

describe('due reviews (the ↻ badge)', () => {
  const card = (due: string, suspended?: boolean): ReviewCard => ({
    due,
    stability: 3,
    difficulty: 5,
    scheduled_days: 3,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 'review',
    last_review: null,
    ...(suspended ? { suspended } : {}),
  });
  function withCards(cards: Record<string, ReviewCard>) {
    const doc = docWith(roadmap, { alpha: 'done', beta: 'done', 'delta-one': 'done', 'delta-two': 'done' });
    for (const [id, c] of Object.entries(cards)) doc.roadmaps.fixture!.topics[id]!.card = c;
    return doc;
  }
  const doc = withCards({
    alpha: card('2026-03-04T09:00:00Z'),
    beta: card('2026-03-10T09:00:00Z'),
    'delta-one': card('2026-03-02T09:00:00Z'),
    'delta-two': card('2026-03-01T00:00:00Z', true),
  });
  const at = (iso: string) => initialState({ roadmap, doc, size: SIZE, now: new Date(iso) });

  it('counts only done leaves whose active card has fallen due, and knows when the next one does', () => {
    const s = at('2026-03-05T00:00:00Z');
    expect([...s.due.ids].sort()).toEqual(['alpha', 'delta-one']); // delta-two is suspended
    expect(s.due.until).toBe(Date.parse('2026-03-10T09:00:00Z'));
    expect(dueBelow(s.due, t('basics'))).toBe(1);
    expect(dueBelow(s.due, t('advanced'))).toBe(1);
    expect(dueBelow(s.due, t('delta'))).toBe(1);
    expect(dueBelow(s.due, t('gamma'))).toBe(0);
    expect(dueBelow(s.due, t('alpha'))).toBe(1);
  });

  it('tick recounts only when something can have fallen due', () => {
    const s = at('2026-03-05T00:00:00Z');
    expect(reduce(s, { type: 'tick', now: new Date('2026-03-09T00:00:00Z') })).toBe(s);
    const later = reduce(s, { type: 'tick', now: new Date('2026-03-10T09:00:00Z') });
    expect([...later.due.ids].sort()).toEqual(['alpha', 'beta', 'delta-one']);
    expect(later.due.until).toBe(Infinity);
  });

  it('a topic marked back to pending loses its badge at once (before the write returns)', () => {
    const s = at('2026-03-05T00:00:00Z');
    const next = reduce(s, { type: 'markStart', mark: { id: 1, topics: [t('alpha')], status: 'pending', at: new Date('2026-03-05T00:00:00Z') } });
    expect(next.due.ids.has('alpha')).toBe(false);
    expect(next.due.ids.has('delta-one')).toBe(true);
  });

  it('r on a topic that is not a done leaf says why in the status line; on a due leaf it opens the review', () => {
    const s = at('2026-03-05T00:00:00Z');
    const on = (id: string) => reduce(reduce(s, { type: 'jump', topic: t(id) }), { type: 'clearMessage' });
    expect(interpret(on('gamma'), 'r', NO_KEY)).toEqual([
      { type: 'message', text: expect.stringMatching(/^1\.3 Gamma Topic is pending, not done/), tone: 'info' },
    ]);
    expect(interpret(on('basics'), 'r', NO_KEY)).toEqual([{ type: 'message', text: expect.stringMatching(/^1 Basics is a section/), tone: 'info' }]);
    expect(interpret(on('alpha'), 'r', NO_KEY)).toEqual([
      { type: 'reviewOpen', topic: t('alpha') },
      { effect: 'preview', topic: t('alpha') },
    ]);
    const open = reduce(on('alpha'), { type: 'reviewOpen', topic: t('alpha') });
    // Alpha is due: part of the queue, so rating it moves on to the next due one.
    expect(open.overlay).toMatchObject({ kind: 'review', question: 'What is alpha for?', revealed: false, queue: true });
    expect(interpret(open, '4', NO_KEY)).toEqual([{ type: 'closeOverlay' }, { effect: 'rate', topic: t('alpha'), rating: 'easy', queue: true }]);
    expect(interpret(on('alpha'), 'R', NO_KEY)).toEqual([{ effect: 'nextReview' }]);
    expect(interpret(open, 'j', NO_KEY)).toEqual([{ type: 'scrollOverlay', by: 1 }]);
    expect(interpret(open, 'x', NO_KEY)).toEqual([]); // marking keys do nothing inside a review
  });
});
