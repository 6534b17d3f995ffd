/** Hours in one "d" of study time: a working day. */
const HOURS_PER_DAY = 8;

/**
 * Parses a study-time estimate: "90m", "2h", "1.5h", "3d" (1d = 8h) or a plain
 * number of hours. Returns hours, or null when the text is not an estimate.
 */
export function parseEstimate(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  switch ((m[2] ?? 'h').toLowerCase()) {
    case 'm':
    case 'min':
      return n / 60;
    case 'd':
      return n * HOURS_PER_DAY;
    default:
      return n;
  }
}

/** "45m", "1.5h", "12h", "166h": hours, never days (a "day" of study is ambiguous). */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))}m`;
  if (hours < 10) return `${Math.round(hours * 10) / 10}h`;
  return `${Math.round(hours)}h`;
}
