// Rough edges a new user hits (issue 17), through the CLI in-process.
import { describe, expect, it } from 'vitest';
import { mlroad, tempDir } from '../helpers.js';

describe('a mistyped command', () => {
  it('followed by its argument still suggests the command (not "too many arguments")', async () => {
    const dir = tempDir();
    for (const [typo, meant] of [
      ['dne', 'done'],
      ['shwo', 'show'],
      ['nex', 'next'],
    ] as const) {
      const r = await mlroad([typo, '2.1.1', '--json'], { configDir: dir });
      expect(r.code, typo).toBe(2);
      expect(r.stderr).toBe(`mlroad: unknown command '${typo}' (did you mean '${meant}'?); see \`mlroad --help\`\n`);
      expect(r.stdout).toBe('');
    }
    // Options after the typo do not hide it either.
    expect((await mlroad(['nex', '-n', '3'], { configDir: dir })).stderr).toContain("did you mean 'next'?");
    // Nothing was marked.
    expect(JSON.parse((await mlroad(['progress', '--json'], { configDir: dir })).stdout).done).toBe(0);
  });
});
