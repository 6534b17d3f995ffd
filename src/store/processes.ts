// Telling a live writer from a dead one. A pid alone is not enough: pids are
// reused (a busy machine starts thousands of processes), so where Linux tells
// a process's start time, a writer is named by pid and start time, and it is
// gone when that pid is not running or started at another time.
import { readFileSync } from 'node:fs';
import type { Io } from '../core/io.js';

/** Whether process `pid` runs here (EPERM: it runs, as another user). */
export function pidAlive(system: Pick<Io['system'], 'kill'>, pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    system.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's start time, in clock ticks since boot (field 22 of /proc/PID/stat); null where there is no /proc. */
export function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the writer `pid` (that started at `start`, when known) is gone. */
export function writerGone(system: Pick<Io['system'], 'kill'>, pid: number, start: string | null): boolean {
  if (!pidAlive(system, pid)) return true;
  return start !== null && startTimeOf(pid) !== start;
}

/** What the durable writer needs to name its temp files and clean up after dead writers. */
export function writerIdentity(system: Pick<Io['system'], 'kill' | 'pid'>): {
  pid: number;
  start: string | null;
  gone: (pid: number, start: string | null) => boolean;
} {
  return { pid: system.pid, start: startTimeOf(system.pid), gone: (pid, start) => writerGone(system, pid, start) };
}
