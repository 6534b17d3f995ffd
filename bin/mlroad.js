#!/usr/bin/env node
// The real process, handed to mlroad's main(): its streams, environment,
// working directory, clock and signals. Nothing under src/ reads them itself.
import { homedir, hostname } from 'node:os';
import { main } from '../dist/cli.js';

// A closed pipe (`mlroad tree | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  clock: Date.now,
  system: {
    pid: process.pid,
    platform: process.platform,
    homedir: homedir(),
    hostname: hostname(),
    kill: (pid, signal) => process.kill(pid, signal),
    on(event, listener) {
      process.on(event, listener);
      return () => process.off(event, listener);
    },
  },
};

process.exitCode = await main(process.argv.slice(2), io);
