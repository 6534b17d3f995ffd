// Forward migrations of the state file layout. A file written by an older
// mlroad is upgraded in memory when read; the first write after that keeps a
// backup of the old file (see StateStore.update), so an upgrade loses nothing.
import { STATE_VERSION } from '../core/state/types.js';

export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a version-n document into version n + 1. Version 1 is the
 * first layout mlroad shipped, so there is nothing to migrate yet; the next
 * layout change adds `1: (v1) => v2` here and bumps STATE_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface Migrated {
  data: Record<string, unknown>;
  /** The version the document had on disk. */
  from: number;
}

/** Applies every migration from the document's version up to `target`. */
export function migrate(data: Record<string, unknown>, target = STATE_VERSION, migrations = MIGRATIONS): Migrated {
  const from = data.version as number;
  let doc = data;
  for (let v = from; v < target; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from state version ${v}`);
    doc = { ...step(doc), version: v + 1 };
  }
  return { data: doc, from };
}
