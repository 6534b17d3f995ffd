// The interactive review loop, driven by keys written to a stream (the CLI test
// in tests/cli/review.test.ts drives the real thing in a terminal).
import { PassThrough } from 'node:stream';
import { makeChalk } from '../../src/render/style.js';
import { describe, expect, it } from 'vitest';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import type { RatingName } from '../../src/core/review/card.js';
import { runSession, type SessionItem } from '../../src/cli/review-session.js';
import { SMALL_ROADMAP, writeRoadmap } from '../helpers.js';

const roadmap = loadRoadmap(writeRoadmap(SMALL_ROADMAP)).roadmap;
const item = (id: string, extra: Partial<SessionItem> = {}): SessionItem => ({
  topic: roadmap.byId.get(id)!,
  check: { question: `What about ${id}?`, answer: null },
  description: `All about ${id}.`,
  notes: [],
  ...extra,
});

async function session(items: SessionItem[], keys: string, end = false) {
  const input = new PassThrough();
  let text = '';
  const out = { write: (t: string) => (text += t) };
  const rated: [string, RatingName][] = [];
  const done = runSession(items, input, out, {
    c: makeChalk(0),
    cols: 80,
    preview: async () => ({ again: { interval: 1 }, hard: { interval: 2 }, good: { interval: 3 }, easy: { interval: 8 } }),
    rate: async (topic, rating) => {
      rated.push([topic.id, rating]);
      return { at: '2026-03-05T09:00:00.000Z', rating, interval: 3, due: '2026-03-08T09:00:00.000Z' };
    },
  });
  input.write(keys);
  if (end) input.end();
  const result = await done;
  return { result, text, rated };
}

describe('the review session', () => {
  it('reveals the model answer when the question has one (not the description)', async () => {
    const { text } = await session([item('alpha', { check: { question: 'What comes first?', answer: 'Alpha, by definition.' } })], ' 3');
    expect(text).toContain('Q: What comes first?');
    expect(text).toContain('Answer\n  Alpha, by definition.');
    expect(text).not.toContain('All about alpha.');
  });

  it('asks the question, reveals description (labelled: no model answer) and notes on space, then records the key pressed', async () => {
    const { result, text, rated } = await session([item('alpha', { notes: [{ at: '2026-03-02T10:00:00Z', text: 'my own words' }] })], ' 3');
    expect(rated).toEqual([['alpha', 'good']]);
    expect(result).toMatchObject({ quit: false, skipped: [] });
    expect(text).toContain('── Review 1 of 1');
    expect(text).toContain('1.1  Alpha\nBasics');
    expect(text).toContain('Q: What about alpha?');
    expect(text.indexOf('All about alpha.')).toBeGreaterThan(text.indexOf('Q: What about alpha?'));
    expect(text).toContain('No model answer: the topic in brief\n  All about alpha.');
    expect(text).toContain('2026-03-02: my own words');
    expect(text).toContain('1 Again 1d   2 Hard 2d   3 Good 3d   4 Easy 8d');
    expect(text).toContain('✓ Good: next review in 3 days (2026-03-08)');
  });

  it('the answer stays hidden until asked for; a rating key works at once', async () => {
    const { text, rated } = await session([item('alpha')], '4');
    expect(rated).toEqual([['alpha', 'easy']]);
    expect(text).not.toContain('All about alpha.');
  });

  it('s skips a topic, q quits: nothing more is recorded', async () => {
    const { result, rated, text } = await session([item('alpha'), item('beta'), item('gamma')], ' 1sq');
    expect(rated).toEqual([['alpha', 'again']]);
    expect(result.skipped.map((t) => t.id)).toEqual(['beta']);
    expect(result.quit).toBe(true);
    expect(text).toContain('Skipped: still due.');
    expect(text).toContain('── Review 3 of 3');
  });

  it('a topic without questions gets a recall prompt; the end of input quits', async () => {
    const { result, text, rated } = await session([item('beta', { check: null, description: null })], ' ', true);
    expect(text).toContain('Q: What is "Beta" about, and how would you explain it to someone else?');
    expect(text).toContain('(no answer or description in the roadmap');
    expect(rated).toEqual([]);
    expect(result.quit).toBe(true);
  });

  it('escape sequences in roadmap text and notes are not written raw', async () => {
    const { text } = await session(
      [
        item('alpha', {
          check: { question: 'Q\x1b]0;pwned\x07?', answer: 'A\x1b[2J' },
          description: 'D\x1b[2J',
          notes: [{ at: '2026-03-02', text: 'n\x9b31m' }],
        }),
      ],
      ' 2',
    );
    expect(text).not.toMatch(/[\x1b\x07\x9b]/);
  });
});
