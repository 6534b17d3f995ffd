import { describe, expect, it } from 'vitest';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { leavesOf, pathOf } from '../../src/core/roadmap/types.js';
import { resolveReference, resolveTopic, TopicReferenceError } from '../../src/core/roadmap/resolve.js';
import { SHIPPED_ROADMAP, SMALL_ROADMAP, writeRoadmap } from '../helpers.js';

const ml = loadRoadmap(SHIPPED_ROADMAP).roadmap;

describe('the model of the shipped roadmap', () => {
  it('has 9 sections, 159 topics and 121 leaves with outline numbers', () => {
    expect(ml.topics).toHaveLength(9);
    expect(ml.all).toHaveLength(159);
    expect(ml.leaves).toHaveLength(121);
    expect(ml.byNumber.get('2.1.2')!.title).toBe('Chain Rule of Derivation');
    expect(ml.byNumber.get('6.3.2.1')!.title).toBe('Train - Test Data');
    expect(ml.byNumber.get('9.2.5')!.title).toBe('Attention Models');
  });

  it('links parents and children, and leaf ranges cover exactly the leaves below', () => {
    const calculus = ml.byId.get('calculus')!;
    expect(calculus.parent!.id).toBe('mathematical-foundations');
    expect(leavesOf(ml, calculus).map((l) => l.number)).toEqual(['2.1.1', '2.1.2', '2.1.3']);
    expect(leavesOf(ml, ml.byNumber.get('2.5')!).map((l) => l.id)).toEqual(['discrete-mathematics']);
    for (const t of ml.all) {
      const expected: string[] = [];
      const walk = (x: typeof t) => (x.children.length ? x.children.forEach(walk) : expected.push(x.id));
      walk(t);
      expect(leavesOf(ml, t).map((l) => l.id)).toEqual(expected);
    }
  });

  it('gives paths of ancestor titles and sums leaf estimates into parents', () => {
    const t = ml.byNumber.get('6.4.2.1')!;
    expect(pathOf(t)).toEqual(['Machine Learning', 'Supervised Learning', 'Classification']);
    const s = loadRoadmap(writeRoadmap(SMALL_ROADMAP)).roadmap;
    expect(s.byId.get('basics')!.estimateHours).toBe(3.5);
    expect(s.byId.get('advanced')!.estimateHours).toBeNull();
  });

  it('is immutable', () => {
    const t = ml.byNumber.get('1.1')!;
    expect(() => {
      (t as { title: string }).title = 'changed';
    }).toThrow();
  });
});

describe('topic references', () => {
  it('accepts an id, an outline number, an exact title and title words', () => {
    expect(resolveTopic(ml, 'chain-rule-of-derivation').number).toBe('2.1.2');
    expect(resolveTopic(ml, '2.1.2').id).toBe('chain-rule-of-derivation');
    expect(resolveTopic(ml, 'CHAIN RULE OF DERIVATION').number).toBe('2.1.2');
    expect(resolveTopic(ml, 'chain rule').number).toBe('2.1.2');
    expect(resolveTopic(ml, 'knn').number).toBe('6.4.2.1');
  });

  it('ids take precedence over numbers and titles', () => {
    const r = loadRoadmap(writeRoadmap('id: p\ntitle: P\ntopics:\n  - title: First\n  - title: Second\n    id: "1"\n')).roadmap;
    expect(resolveTopic(r, '1').title).toBe('Second');
    expect(resolveTopic(r, '2').title).toBe('Second');
  });

  it.each([
    ['Autoencoders', ['6.5.2.2', '8.3.6']],
    ['Dimensionality Reduction', ['5.1.4', '6.5.2']],
    ['Scikit-learn', ['6.3', '8.2.3']],
    ['Reinforcement Learning', ['6.2.5', '6.6']],
    ['Data Cleaning', ['5', '5.1.1']],
    ['Supervised Learning', ['6.2.1', '6.4']],
  ])('"%s" is ambiguous between %j', (ref, numbers) => {
    const r = resolveReference(ml, ref);
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((t) => t.number)).toEqual(numbers);
    expect(resolveReference(ml, ref.toLowerCase()).kind).toBe('ambiguous');
  });

  it('an ambiguous reference error lists each candidate with number, id and path', () => {
    let message = '';
    try {
      resolveTopic(ml, 'autoencoders');
    } catch (error) {
      expect(error).toBeInstanceOf(TopicReferenceError);
      message = (error as Error).message;
    }
    expect(message).toContain('"autoencoders" matches 2 topics');
    expect(message).toMatch(
      /6\.5\.2\.2\s+autoencoders-for-dimensionality-reduction\s+Machine Learning › Unsupervised Learning › Dimensionality Reduction › Autoencoders/,
    );
    expect(message).toMatch(/8\.3\.6\s+autoencoder-architectures\s+Deep Learning › Deep Learning Architectures › Autoencoders/);
  });

  it('an unknown reference suggests close ids and titles', () => {
    for (const [typo, expected] of [
      ['chian-rule', '2.1.2'],
      ['chian rule', '2.1.2'],
      ['backprop', '8.1.3'],
      ['pytorh', '8.2.4'],
      ['tensorflwo', '8.2.1'],
    ] as const) {
      const r = resolveReference(ml, typo);
      expect(r.kind, typo).toBe('unknown');
      expect(r.kind === 'unknown' && r.suggestions.map((t) => t.number), typo).toContain(expected);
    }
  });

  it('an unknown reference far from everything has no suggestions', () => {
    const r = resolveReference(ml, 'quantum chromodynamics');
    expect(r).toEqual({ kind: 'unknown', suggestions: [] });
  });
});
