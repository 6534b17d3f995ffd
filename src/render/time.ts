// Times for people, in the learner's time zone: the run's TZ (io.env.TZ), not
// the process's, so that a test in-process and the real binary agree, and the
// browser and `show` print the same note at the same hour.
import type { Env } from '../core/io.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * The IANA zone named by TZ ("Asia/Tokyo", ":Europe/Paris", "UTC"); undefined
 * when TZ is unset or not a zone Intl knows (a POSIX rule such as "JST-9"):
 * then the system's zone is used.
 */
export function timeZoneOf(env: Env): string | undefined {
  const tz = env.TZ?.replace(/^:/, '');
  if (!tz) return undefined;
  try {
    formatFor(tz);
    return tz;
  } catch {
    return undefined;
  }
}

function parts(iso: string, timeZone: string | undefined): Record<string, string> | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const out: Record<string, string> = {};
  for (const p of formatFor(timeZone).formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** "2026-03-01 09:00" in the zone (an unreadable time is shown as it is). */
export function localTime(iso: string, timeZone: string | undefined): string {
  const p = parts(iso, timeZone);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : iso;
}

/** "2026-03-01" in the zone. */
export function localDate(iso: string, timeZone: string | undefined): string {
  const p = parts(iso, timeZone);
  return p ? `${p.year}-${p.month}-${p.day}` : iso.slice(0, 10);
}
