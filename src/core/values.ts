// Plain-data helpers for JSON read from files (state, exports, cache entries).

/** A JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An object keyed by ids, with no prototype: ids such as "constructor",
 * "tostring" or "__proto__" are then plain keys, never Object.prototype's
 * members (a leaf titled "Constructor" has the id "constructor").
 */
export type Dict<T> = Record<string, T>;

export function dict<T>(entries?: Iterable<readonly [string, T]>): Dict<T> {
  const out = Object.create(null) as Dict<T>;
  if (entries) for (const [k, v] of entries) out[k] = v;
  return out;
}

/** The same object, made prototype-free in place (own keys kept, "__proto__" included). */
export function asDict<T>(value: Record<string, T>): Dict<T> {
  if (Object.getPrototypeOf(value) !== null) Object.setPrototypeOf(value, null);
  return value;
}
