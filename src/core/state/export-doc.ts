// The JSON export document: a format marker and version, the roadmap it
// belongs to, and every topic record (status, history, notes, review card
// and log) as stored. `mlroad import` accepts exactly this, so parsing is
// strict and says where a file is wrong; nothing is half-imported.
import { dict, isObject } from '../values.js';
import { UsageError } from '../errors.js';
import { isStatus } from '../progress.js';
import { cardProblem, reviewsProblem, type ReviewCard, type ReviewEntry } from '../review/card.js';
import { DAY_MS } from '../time.js';
import type { Roadmap } from '../roadmap/types.js';
import { practiceFrom, practiceProblem } from './practice.js';
import type { HistoryEntry, RoadmapState, TopicRecord } from './types.js';

const EXPORT_FORMAT = 'mlroad-export';
const EXPORT_VERSION = 1;

export interface ExportDoc {
  format: typeof EXPORT_FORMAT;
  version: number;
  exported_at: string;
  roadmap: { id: string; title: string };
  /** Topic records keyed by topic id: the roadmap's in outline order, then ids no longer in it. */
  topics: Record<string, TopicRecord>;
}

export function buildExport(roadmap: Roadmap, state: RoadmapState | undefined, at: Date): ExportDoc {
  const ids = Object.keys(state?.topics ?? {});
  const rank = (id: string) => roadmap.byId.get(id)?.index ?? Infinity;
  ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const topics = dict<TopicRecord>();
  for (const id of ids) topics[id] = structuredClone(state!.topics[id]!);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported_at: at.toISOString(), roadmap: { id: roadmap.id, title: roadmap.title }, topics };
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** An ISO 8601 time, returned in the one canonical form (so equal times compare equal as strings). */
const isoTime = (v: unknown): string | null => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

/** How far ahead of this machine's clock another machine's may be (time zones set wrong, a drifting clock). */
const SKEW_MS = DAY_MS;
/** A due date can be at most a year after its review (the scheduler's cap), plus that skew. */
const DUE_AHEAD_MS = 367 * DAY_MS;

/**
 * Parses and checks an export; throws a UsageError naming `file` and the
 * first problem. Times later than `now` (beyond a day of clock skew) are
 * refused: a review stamped 9999-12-31 would make its topic unreviewable for ever.
 */
export function parseExport(text: string, file: string, now: Date): ExportDoc {
  const fail = (why: string) => new UsageError(`${file} is not a valid mlroad export: ${why}; nothing was imported`);
  const latest = now.getTime() + SKEW_MS;
  const future = (at: string | null | undefined, limit = latest) => typeof at === 'string' && Date.parse(at) > limit;
  const clock = `this machine's clock says ${now.toISOString()}`;
  const checkCard = (card: ReviewCard, where: string) => {
    if (future(card.last_review)) throw fail(`${where}.last_review ${card.last_review} is in the future (${clock})`);
    if (future(card.due, (card.last_review ? Date.parse(card.last_review) : now.getTime()) + DUE_AHEAD_MS))
      throw fail(`${where}.due ${card.due} is more than a year after its last review`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fail(`not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw fail('the top level is not an object');
  if (data.format !== EXPORT_FORMAT) throw fail(`"format" is not "${EXPORT_FORMAT}" (make one with \`mlroad export --format json\`)`);
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) throw fail('"version" is missing or not a whole number');
  if (data.version > EXPORT_VERSION) {
    throw new UsageError(
      `${file} was written by a newer mlroad (export version ${data.version}, this one reads ${EXPORT_VERSION}); upgrade mlroad. Nothing was imported.`,
    );
  }
  const roadmap = data.roadmap;
  if (!isObject(roadmap) || typeof roadmap.id !== 'string' || !SLUG.test(roadmap.id) || typeof roadmap.title !== 'string')
    throw fail('"roadmap" must be {"id", "title"}');
  const exportedAt = isoTime(data.exported_at);
  if (!exportedAt) throw fail('"exported_at" is not an ISO time');
  if (!isObject(data.topics)) throw fail('"topics" is missing or not an object');
  const topics = dict<TopicRecord>();
  for (const [id, record] of Object.entries(data.topics)) {
    const where = `topics["${id}"]`;
    if (!SLUG.test(id)) throw fail(`${where}: a topic id must be a slug`);
    if (!isObject(record)) throw fail(`${where} is not an object`);
    if (!isStatus(record.status)) throw fail(`${where}.status is not one of pending, in-progress, done, skipped`);
    if (!Array.isArray(record.history)) throw fail(`${where}.history is not a list`);
    const history: HistoryEntry[] = record.history.map((h: unknown, i: number) => {
      const at = isObject(h) ? isoTime(h.at) : null;
      if (!isObject(h) || !isStatus(h.status) || !isStatus(h.previous)) throw fail(`${where}.history[${i}] needs a "status" and a "previous" status`);
      if (!at) throw fail(`${where}.history[${i}].at is not an ISO time`);
      if (future(at)) throw fail(`${where}.history[${i}].at ${at} is in the future (${clock})`);
      if (!isCount(h.change)) throw fail(`${where}.history[${i}].change is not a whole number`);
      if (h.undoes !== undefined && !isCount(h.undoes)) throw fail(`${where}.history[${i}].undoes is not a whole number`);
      if (h.via !== undefined && typeof h.via !== 'string') throw fail(`${where}.history[${i}].via is not a string`);
      const card = h.card === undefined ? null : cardProblem(h.card);
      if (card) throw fail(`${where}.history[${i}].card ${card}`);
      if (h.card !== undefined) checkCard(h.card as ReviewCard, `${where}.history[${i}].card`);
      return {
        status: h.status,
        at,
        previous: h.previous,
        change: h.change as number,
        ...(h.undoes !== undefined ? { undoes: h.undoes as number } : {}),
        ...(h.via !== undefined ? { via: h.via as string } : {}),
        ...(h.card !== undefined ? { card: h.card as ReviewCard } : {}),
      };
    });
    const out: TopicRecord = { status: record.status, history };
    if (record.notes !== undefined) {
      if (!Array.isArray(record.notes)) throw fail(`${where}.notes is not a list`);
      out.notes = record.notes.map((n: unknown, i: number) => {
        const at = isObject(n) ? isoTime(n.at) : null;
        if (!isObject(n) || !at || typeof n.text !== 'string') throw fail(`${where}.notes[${i}] must be {"at": ISO time, "text": string}`);
        if (future(at)) throw fail(`${where}.notes[${i}].at ${at} is in the future (${clock})`);
        return { at, text: n.text };
      });
    }
    if (record.card !== undefined) {
      const problem = cardProblem(record.card);
      if (problem) throw fail(`${where}.card ${problem}`);
      checkCard(record.card as ReviewCard, `${where}.card`);
      out.card = record.card as TopicRecord['card'];
    }
    if (record.reviews !== undefined) {
      const problem = reviewsProblem(record.reviews);
      if (problem) throw fail(`${where}.reviews ${problem}`);
      (record.reviews as ReviewEntry[]).forEach((r, i) => {
        if (future(r.at)) throw fail(`${where}.reviews[${i}].at ${r.at} is in the future (${clock})`);
      });
      out.reviews = record.reviews as TopicRecord['reviews'];
    }
    if (record.practice !== undefined) {
      const problem = practiceProblem(record.practice);
      if (problem) throw fail(`${where}.practice ${problem}`);
      out.practice = practiceFrom(record.practice as Record<string, unknown>);
    }
    topics[id] = out;
  }
  return { format: EXPORT_FORMAT, version: data.version, exported_at: exportedAt, roadmap: { id: roadmap.id, title: roadmap.title }, topics };
}
