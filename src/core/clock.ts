import { UsageError } from './errors.js';
import type { Env } from './io.js';

/**
 * "Now" for a command: MLROAD_NOW (any ISO 8601 time) fixes it for tests,
 * demos and reproducible reports; else the real clock. An invalid value is a
 * usage error.
 */
export function nowFrom(env: Env, clock: () => number): Date {
  const fixed = env.MLROAD_NOW;
  if (fixed === undefined || fixed === '') return new Date(clock());
  const date = /^\d{4}-\d{2}-\d{2}/.test(fixed) ? new Date(fixed) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`MLROAD_NOW is not an ISO 8601 time: "${fixed}" (example: 2026-03-01T09:00:00Z)`);
  }
  return date;
}
