// Output hygiene on every output path: roadmap text (and notes)
// carrying terminal escape sequences and control characters never reaches the
// terminal raw, whatever the command.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mlroad, tempDir, writeRoadmap } from '../helpers.js';

// ESC ] (OSC: set title / hyperlink), ESC [ (CSI: colour, clear screen), BEL, C1 CSI, bidi override.
const EVIL = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const ROADMAP = `id: evil
title: "Evil ${EVIL} Roadmap"
description: "d ${EVIL}"
topics:
  - title: "Section ${EVIL} One"
    id: one
    description: "A section ${EVIL}."
    children:
      - title: "Alpha ${EVIL} topic"
        id: alpha
        estimate: 1h
        description: "Alpha is ${EVIL} first. It matters."
        questions: ["Why ${EVIL}?", "How ${EVIL}?"]
        resources:
          - title: "Res ${EVIL}"
            url: https://example.org/a
            kind: docs
      - title: "Beta ${EVIL} topic"
        id: beta
        requires: [alpha]
  - title: "Alpha ${EVIL} topic"
    id: alpha-two
`;

describe('escape sequences never reach the terminal', () => {
  it('on every command, in text and JSON, including errors', async () => {
    const dir = tempDir();
    const roadmap = writeRoadmap(ROADMAP);
    const exportFile = join(dir, 'export.json');
    const env = (day: string) => ({ MLROAD_NOW: `2026-03-${day}T09:00:00Z`, MLROAD_BROWSER: 'true' });
    const steps: [string, string[]][] = [
      ['01', ['next']],
      ['01', ['next', '--explain']],
      ['01', ['next', '--json']],
      ['01', ['start', 'alpha']],
      ['01', ['note', 'alpha', `my ${EVIL} note`]],
      ['01', ['done', 'alpha']],
      ['01', ['skip', 'beta']],
      ['01', ['reset', 'beta']],
      ['01', ['progress']],
      ['01', ['progress', '--short']],
      ['01', ['progress', '--format', 'shields']],
      ['01', ['progress', '--depth', '2', '--json']],
      ['01', ['tree']],
      ['01', ['tree', '--json']],
      ['01', ['show', 'alpha']],
      ['01', ['show', 'one']],
      ['01', ['show', 'alpha', '--json']],
      ['01', ['show', 'Alpha']], // ambiguous: the candidate list carries titles
      ['01', ['show', 'alpah topic zzz']], // unknown: suggestions carry titles
      ['01', ['focus', 'one']],
      ['01', ['focus']],
      ['01', ['next']],
      ['01', ['focus', '--clear']],
      ['01', ['open', 'alpha']],
      ['01', ['log']],
      ['01', ['log', '--json']],
      ['01', ['stats']],
      ['01', ['stats', '--json']],
      ['01', ['export', '--format', 'markdown']],
      ['01', ['export', '--format', 'csv']],
      ['01', ['export', '--format', 'json', '-o', exportFile]],
      ['01', ['undo']],
      ['01', ['import', exportFile, '--dry-run']],
      ['01', ['import', exportFile]],
      ['20', ['review']],
      ['20', ['review', '--json']],
      ['20', ['review', 'alpha', '--rating', 'good']],
      ['20', ['next']],
      ['20', ['validate']],
      ['20', ['doctor']],
      ['20', ['completion', 'bash']],
      ['20', ['browse']],
      ['20', []],
    ];
    for (const [day, args] of steps) {
      const r = await mlroad(['--roadmap', roadmap, ...args], { configDir: dir, env: env(day) });
      const label = `${args.join(' ')} (exit ${r.code}): ${r.stderr.slice(0, 200)}`;
      expect(r.code, label).toBeLessThan(3);
      expect(r.stdout, label).not.toMatch(RAW);
      expect(r.stderr, label).not.toMatch(RAW);
      if (args.includes('--json') || args.includes('shields')) expect(() => JSON.parse(r.stdout), label).not.toThrow();
    }
    // The data itself is kept as written: JSON carries it escaped, not stripped.
    const show = await mlroad(['--roadmap', roadmap, 'show', 'alpha', '--json'], { configDir: dir });
    expect(JSON.parse(show.stdout).title).toBe(`Alpha ${EVIL} topic`);
  });

  it("in a broken file's problem messages", async () => {
    const file = writeRoadmap(`id: x\ntitle: X\ntopics:\n  - title: A\n    requires: ["\\e[31mzz"]\n    resources:\n      - url: "javascript:\\e]0;x\\a"\n`);
    for (const args of [
      ['validate', file],
      ['--roadmap', file, 'next'],
    ]) {
      const r = await mlroad(args, { configDir: tempDir() });
      expect(r.code).toBe(2);
      const report = args[0] === 'validate' ? r.stdout : r.stderr;
      expect(report).toContain(':5:16: unknown topic');
      expect(r.stdout + r.stderr).not.toMatch(RAW);
    }
  });

  it("in a corrupt state file's message", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'state.json'), `{"version":1,"roadmaps":{"x\u001b[2J":{}}}`);
    const r = await mlroad(['next'], { configDir: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW);
  });
});
