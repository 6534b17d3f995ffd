import { UsageError } from './errors.js';

/**
 * The one clock. MLROAD_NOW (any ISO 8601 time) fixes "now" for tests, demos
 * and reproducible reports (contract §8); an invalid value is a usage error.
 */
export function now(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.MLROAD_NOW;
  if (fixed === undefined || fixed === '') return new Date();
  const date = /^\d{4}-\d{2}-\d{2}/.test(fixed) ? new Date(fixed) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`MLROAD_NOW is not an ISO 8601 time: "${fixed}" (example: 2026-03-01T09:00:00Z)`);
  }
  return date;
}
