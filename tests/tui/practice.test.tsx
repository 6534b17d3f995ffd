// The browser and exercises: λ after the title of a topic with one (λ✓ once
// solved), and `p` writing it to the practice folder as `mlroad practice` does.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadRoadmap } from '../../src/store/roadmap-file.js';
import { StateStore } from '../../src/store/state-store.js';
import { practiser } from '../../src/tui/practise.js';
import { realSystem, testHost } from '../helpers.js';
import { ADDER, drill } from '../practice/fixture.js';
import { KEY, start, type Harness } from './helpers.js';

let h: Harness | undefined;
afterEach(() => h?.unmount());

function setup() {
  const d = drill();
  const roadmap = loadRoadmap(d.roadmap).roadmap;
  const store = new StateStore(d.config, testHost());
  const io = { env: { MLROAD_PRACTICE_DIR: d.work }, cwd: d.root, system: { ...realSystem(), homedir: d.root } };
  return { d, roadmap, store, practise: practiser(roadmap, d.config, io) };
}

it('marks topics with an exercise λ, and solved ones λ✓', async () => {
  const { d, roadmap, store, practise } = setup();
  // Solved through the CLI, as a learner would.
  await d.run(['practice', 'second']);
  d.save('second', ADDER['solution.py']);
  expect((await d.run(['check', 'second'])).code).toBe(0);
  h = await start({ roadmap, store, practise, size: { columns: 80, rows: 20 } });
  const f = await h.until((x) => x.includes('1.3'));
  expect(f).toMatch(/1\.1 Adder λ(?!✓)/);
  expect(f).toMatch(/1\.2 Reading\s/);
  expect(f).not.toMatch(/1\.2 Reading λ/);
  expect(f).toMatch(/1\.3 Second Adder λ✓/);
});

it('p writes the exercise of the selected topic and shows how to check it; never overwrites', async () => {
  const { d, roadmap, store, practise } = setup();
  h = await start({ roadmap, store, practise, size: { columns: 120, rows: 20 } });
  // The browser opens on the topic to study next: 1.1 Adder.
  await h.until((x) => /❯\s+○ 1\.1 Adder/.test(x));
  await h.press('p');
  await h.until((x) => x.includes('Wrote work/adder/exercise.py · check it on every save: mlroad check 1.1 --watch'));
  expect(readFileSync(d.file('adder'), 'utf8')).toBe(ADDER['exercise.py']);
  writeFileSync(d.file('adder'), '# mine\n');
  await h.press('p');
  await h.until((x) => x.includes('Your file (kept): work/adder/exercise.py'));
  expect(readFileSync(d.file('adder'), 'utf8')).toBe('# mine\n');
  // A topic without an exercise says so.
  await h.press(KEY.down, 'p');
  await h.until((x) => x.includes('1.2 Reading has no exercise'));
  expect(existsSync(join(d.work, 'reading'))).toBe(false);
  // A section: its next unsolved exercise, and the cursor goes there.
  await h.press(KEY.down, KEY.down, 'p');
  await h.until((x) => x.includes('Wrote work/frames/exercise.py') && /❯\s+○ 2\.1 Frames λ/.test(x));
});
