// Ctrl-C during `mlroad check` in a real process: the terminal's SIGINT reaches
// mlroad (Python runs in a process group of its own), which kills Python and
// everything it started, records nothing, and exits 130.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { drill, processGone, pythonMissing, until } from '../practice/fixture.js';

it('SIGINT kills the Python process group, records nothing and exits 130', async (ctx) => {
  const missing = pythonMissing();
  if (missing) ctx.skip(missing);
  const d = drill();
  expect((await d.run(['practice', 'adder'])).code).toBe(0);
  const pids = join(d.root, 'pids');
  d.save(
    'adder',
    `import os, subprocess, sys, time


def add(a, b):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    with open(${JSON.stringify(pids)}, "w") as f:
        f.write(f"{os.getpid()} {child.pid}")
    time.sleep(600)


def mean(xs):
    return 3
`,
  );
  const child = spawn(process.execPath, [BIN, '--roadmap', d.roadmap, 'check', 'adder'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: d.root, MLROAD_CONFIG_DIR: d.config, MLROAD_PRACTICE_DIR: d.work, XDG_CACHE_HOME: join(d.root, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await until(() => existsSync(pids) && readFileSync(pids, 'utf8').includes(' '), 'the checks to start');
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toBe('mlroad: check stopped; nothing was recorded\n');
  const [python, sleeper] = readFileSync(pids, 'utf8').split(' ').map(Number) as [number, number];
  await until(() => processGone(python) && processGone(sleeper), 'Python and its child to be gone');
  expect(d.state()).toBeNull();
});
