// `mlroad check --watch` (in-process, real files, real python3, real fs.watch):
// re-runs after an editor-style save (a new file renamed over the old one),
// once per save, redraws on a terminal, keys h/n/q; appends and stops on
// Ctrl-C elsewhere.
import { existsSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/core/io.js';
import { liveStdin } from '../helpers.js';
import { ADDER_HALF, ADDER_SOLVED, drill, pythonMissing, until, type Drill } from './fixture.js';

const noPython = pythonMissing();
let d: Drill;

beforeEach((ctx) => {
  if (noPython) ctx.skip(noPython);
  d = drill();
});

const attempts = (id: string): number => d.state()?.roadmaps.drill.topics[id]?.practice?.attempts ?? 0;
const TTY = { columns: 100, rows: 40 };

describe('mlroad check --watch', () => {
  it('on a terminal: runs, re-runs once after a rename-style save, redraws, and q quits (exit 0 once solved)', async () => {
    await d.run(['practice', 'adder']);
    const input = liveStdin();
    const running = d.run(['check', 'adder', '--watch'], { input: input as unknown as Io['stdin'], tty: TTY, env: { NO_COLOR: '1' } });
    await until(() => attempts('adder') === 1, 'the first run');
    d.save('adder', ADDER_HALF);
    await until(() => attempts('adder') === 2, 'the run after the first save');
    d.save('adder', ADDER_SOLVED);
    await until(() => d.state()?.roadmaps.drill.topics.adder.practice.solved_at !== undefined, 'the run after the second save');
    input.write('h');
    input.write('q');
    const r = await running;
    expect(r.code).toBe(0);
    expect(attempts('adder')).toBe(3); // one run per save, however many events a save makes
    const screens = r.stdout.split('\x1b[2J\x1b[3J\x1b[H');
    expect(screens.some((s) => s.includes('0/2 checks pass (attempt 1)'))).toBe(true);
    expect(screens.some((s) => s.includes('1/2 checks pass (attempt 2)') && s.includes('mean([1, 2, 3, 6]) should be 3, got 4.0'))).toBe(true);
    const solved = screens.find((s) => s.includes('All 2 checks pass: solved! 1.1 is now done.'))!;
    expect(solved).toContain('n next exercise · h hint · r re-run · q quit');
    // h showed the hint under the report.
    expect(screens.at(-1)).toContain('The average is `sum(xs) / len(xs)`.');
    expect((await d.json(['show', 'adder'])).status).toBe('done');
  });

  it('n, once solved, writes the next exercise and watches it instead', async () => {
    await d.run(['practice', 'adder']);
    d.save('adder', ADDER_SOLVED);
    const input = liveStdin();
    const running = d.run(['check', 'adder', '--watch'], { input: input as unknown as Io['stdin'], tty: TTY, env: { NO_COLOR: '1' } });
    await until(() => attempts('adder') === 1, 'the first run');
    input.write('n');
    await until(() => attempts('second') === 1, 'the next exercise to be checked');
    expect(existsSync(d.file('second'))).toBe(true);
    d.save('second', ADDER_SOLVED);
    await until(() => attempts('second') === 2, 'its file to be watched');
    input.write('q');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1.3  Second Adder');
  });

  it('not on a terminal: appends each run, ignores stdin, and stops on Ctrl-C with the last verdict (exit 1)', async () => {
    await d.run(['practice', 'adder']);
    const listeners = new Map<string, () => void>();
    const input = new PassThrough();
    input.end(); // a closed stdin does not end the session
    const running = d.run(['check', 'adder', '--watch'], {
      input: input as unknown as Io['stdin'],
      system: {
        on(event, listener) {
          listeners.set(event, listener);
          return () => listeners.delete(event);
        },
      },
    });
    await until(() => attempts('adder') === 1, 'the first run');
    writeFileSync(d.file('adder'), ADDER_HALF); // a plain in-place write is seen too
    await until(() => attempts('adder') === 2, 'the run after the save');
    listeners.get('SIGINT')!();
    const r = await running;
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Watching ${d.file('adder')}: the checks run on every save (Ctrl-C stops).`);
    expect(r.stdout).toContain('── run 1');
    expect(r.stdout).toContain('── run 2');
    expect(r.stdout).not.toContain('\x1b[');
    expect(listeners.size).toBe(0);
  });
});
