// The learning path of the shipped roadmap: walking `mlroad next` → `mlroad done`
// from an empty state serves every leaf once, and no topic before the
// foundations its text builds on (the pairs in tests/fixtures/foundations.yaml,
// written down from the content: [foundation, topic, why]).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mlroad, tempDir } from './helpers.js';

const PAIRS = parse(readFileSync(fileURLToPath(new URL('./fixtures/foundations.yaml', import.meta.url)), 'utf8')) as [string, string, string][];

describe('the path that next serves through the shipped roadmap', () => {
  it('serves every leaf once, each foundation before the topics built on it', async () => {
    const configDir = tempDir();
    const env = { MLROAD_NOW: '2026-03-01T09:00:00Z' };
    const order: string[] = [];
    for (let step = 0; step < 200; step++) {
      const next = await mlroad(['next', '--json', '--no-review'], { configDir, env });
      expect(next.code, next.stderr).toBe(0);
      const [pick] = JSON.parse(next.stdout) as { id: string; kind: string }[];
      if (!pick) break;
      expect(order, `${pick.id} served twice`).not.toContain(pick.id);
      order.push(pick.id);
      const done = await mlroad(['done', pick.id], { configDir, env });
      expect(done.code, done.stderr).toBe(0);
    }
    expect(order).toHaveLength(121);
    expect(PAIRS.length).toBeGreaterThanOrEqual(60);
    const late = PAIRS.filter(([foundation, topic]) => {
      expect(order, `unknown id in foundations.yaml: ${foundation}`).toContain(foundation);
      expect(order, `unknown id in foundations.yaml: ${topic}`).toContain(topic);
      return order.indexOf(foundation) > order.indexOf(topic);
    }).map(([foundation, topic, why]) => `${topic} (#${order.indexOf(topic) + 1}) is served before ${foundation} (#${order.indexOf(foundation) + 1}): ${why}`);
    expect(late).toEqual([]);
  });
});
