// Rough edges a new user hits (issue 17), through the CLI in-process.
import { describe, expect, it } from 'vitest';
import { mlroad, tempDir, writeRoadmap } from '../helpers.js';

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

describe('show and the browser render a topic from one function', () => {
  it('local times from TZ: a note made at 23:30Z is 08:30 the next day in Tokyo, in show as in the browser', async () => {
    const dir = tempDir();
    const at = { MLROAD_NOW: '2026-03-01T23:30:00Z' };
    await mlroad(['note', '2.1.2', 'chain rule: multiply the local derivatives'], { configDir: dir, env: at });
    await mlroad(['done', '2.1.2'], { configDir: dir, env: at });
    const tokyo = await mlroad(['show', '2.1.2'], { configDir: dir, env: { TZ: 'Asia/Tokyo' } });
    expect(tokyo.stdout).toMatch(/Notes\n {2}2026-03-02 08:30\n {4}chain rule: multiply the local derivatives\n/);
    expect(tokyo.stdout).toMatch(/History\n {2}2026-03-02 08:30 {2}pending → ✓ done\n/);
    const utc = await mlroad(['show', '2.1.2'], { configDir: dir, env: { TZ: 'UTC' } });
    expect(utc.stdout).toMatch(/Notes\n {2}2026-03-01 23:30\n/);
    // A TZ that Intl does not know (a POSIX rule) falls back to the system's zone instead of failing.
    expect((await mlroad(['show', '2.1.2'], { configDir: dir, env: { TZ: 'JST-9' } })).code).toBe(0);
  });
});

describe('show --answers', () => {
  it('prints the questions, and their model answers only when asked', async () => {
    const roadmap = writeRoadmap(`id: qa
title: QA
topics:
  - title: Attention
    id: attention
    questions:
      - question: Why are attention scores divided by the square root of d?
        answer: Without it the dot products grow with d and push softmax into saturation.
      - What is a key?
`);
    const plain = await mlroad(['--roadmap', roadmap, 'show', 'attention'], { configDir: tempDir() });
    expect(plain.stdout).toContain(
      'Check yourself  (--answers shows the answers)\n  • Why are attention scores divided by the square root of d?\n  • What is a key?\n',
    );
    expect(plain.stdout).not.toContain('saturation');
    const shown = await mlroad(['--roadmap', roadmap, 'show', 'attention', '--answers'], { configDir: tempDir() });
    expect(shown.stdout).toContain(
      'Check yourself\n  • Why are attention scores divided by the square root of d?\n    Answer: Without it the dot products grow with d and push softmax into\n    saturation.\n  • What is a key?\n',
    );
    const json = JSON.parse((await mlroad(['--roadmap', roadmap, 'show', 'attention', '--json'], { configDir: tempDir() })).stdout);
    expect(json.self_check).toEqual([
      {
        question: 'Why are attention scores divided by the square root of d?',
        answer: 'Without it the dot products grow with d and push softmax into saturation.',
      },
      { question: 'What is a key?', answer: null },
    ]);
  });
});
