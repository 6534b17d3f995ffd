// conf has no lock: concurrent writers lose each other's updates (measured).
// `mlroad config set` runs under config.json.lock, so six processes setting
// six keys at once leave all six in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnMlroad, tempDir } from '../helpers.js';

describe('config set from several processes at once', () => {
  it('keeps every update', async () => {
    const dir = tempDir();
    const sets: [string, string][] = [
      ['review.daily-limit', '20'],
      ['review.enabled', 'false'],
      ['review.refresh-below', '0.7'],
      ['practice.timeout', '45'],
      ['next.count', '3'],
      ['plan.by', '2027-06-01'],
    ];
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all(sets.map(([key, value]) => spawnMlroad(['config', 'set', key, value], { configDir: dir })));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({
        review: { 'daily-limit': 20, enabled: false, 'refresh-below': 0.7 },
        practice: { timeout: 45 },
        next: { count: 3 },
        plan: { by: '2027-06-01' },
      });
      const unset = await Promise.all(sets.map(([key]) => spawnMlroad(['config', 'unset', key], { configDir: dir })));
      for (const r of unset) expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({});
    }
  });
});
