// The user's settings: `config.json` in the config dir, beside the state. conf
// writes it (`mlroad config set`, schema-validated through conf's own schema
// support); reading is plain fs + the same schema's checks, so that `next`,
// which runs in shell prompts, never loads conf. Precedence for every key:
// command-line flag > environment variable > setting > default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editDistance } from '../core/edit-distance.js';
import { OperationalError, UsageError } from '../core/errors.js';
import type { Env } from '../core/io.js';
import { isObject } from '../core/values.js';

export const SETTINGS_FILE_NAME = 'config.json';

export interface Spec<T> {
  /** JSON schema of the value (the conf schema is built from these). */
  schema: {
    type: 'boolean' | 'integer' | 'number' | 'string';
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    pattern?: string;
    /** "date": a real calendar date, YYYY-MM-DD (conf checks it with ajv-formats). */
    format?: 'date';
    minLength?: number;
  };
  /** The default; null when it is computed where it is used (e.g. from the locale). */
  default: T | null;
  /** The environment variable that overrides the setting. */
  env: string;
  /** What it does, for `mlroad config list` and --help. */
  describe: string;
  /** What values are allowed, in words, for error messages. */
  allowed: string;
  /** A path: `config set` makes a relative one absolute (against the working directory). */
  path?: true;
  /** What a null default means, for `config list` (default "auto": worked out where it is used). */
  unsetText?: string;
}

const SETTINGS = {
  'review.enabled': {
    schema: { type: 'boolean' },
    default: true,
    env: 'MLROAD_REVIEW',
    describe: 'offer spaced reviews of done topics',
    allowed: 'true or false',
  } as Spec<boolean>,
  'review.daily-limit': {
    schema: { type: 'integer', minimum: 0 },
    default: 0,
    env: 'MLROAD_REVIEW_DAILY_LIMIT',
    describe: 'at most this many reviews a day (0: no limit)',
    allowed: 'a whole number, 0 or more',
  } as Spec<number>,
  'review.refresh-below': {
    schema: { type: 'number', minimum: 0, maximum: 1 },
    default: 0.8,
    env: 'MLROAD_REFRESH_BELOW',
    describe: 'refresh a prerequisite first when its predicted recall is below this (0: never)',
    allowed: 'a number from 0 to 1',
  } as Spec<number>,
  'practice.dir': {
    schema: { type: 'string', minLength: 1 },
    default: null,
    env: 'MLROAD_PRACTICE_DIR',
    describe: 'where exercises are written (default: ~/mlroad-practice/<roadmap id>)',
    allowed: 'a directory path',
    path: true,
  } as Spec<string>,
  'practice.python': {
    schema: { type: 'string', minLength: 1 },
    default: 'python3',
    env: 'MLROAD_PYTHON',
    describe: 'the Python that runs the checks',
    allowed: 'a command',
  } as Spec<string>,
  'practice.timeout': {
    schema: { type: 'number', exclusiveMinimum: 0 },
    default: 30,
    env: 'MLROAD_PRACTICE_TIMEOUT',
    describe: 'seconds before a check run is stopped',
    allowed: 'a number of seconds above 0',
  } as Spec<number>,
  'display.ascii': {
    schema: { type: 'boolean' },
    default: null,
    env: 'MLROAD_ASCII',
    describe: 'draw with ASCII only (default: when the locale is not UTF-8)',
    allowed: 'true or false',
  } as Spec<boolean>,
  'next.count': {
    schema: { type: 'integer', minimum: 1 },
    default: 1,
    env: 'MLROAD_NEXT_COUNT',
    describe: 'how many topics `mlroad next` lists',
    allowed: 'a whole number, 1 or more',
  } as Spec<number>,
  'plan.by': {
    schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
    default: null,
    env: 'MLROAD_PLAN_BY',
    describe: 'the date to finish the roadmap by, for `mlroad plan` and `stats`',
    allowed: 'a date such as 2027-06-01',
    unsetText: 'none',
  } as Spec<string>,
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K] extends Spec<infer T> ? T : never;

export const isSettingKey = (key: string): key is SettingKey => Object.prototype.hasOwnProperty.call(SETTINGS, key);

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** The spec of a key, untyped (for code that handles every key alike). */
export const specOf = (key: SettingKey): Spec<unknown> => SETTINGS[key] as Spec<unknown>;

/** `key` as a setting key, or a usage error naming the close ones and where the list is. */
export function settingKey(key: string): SettingKey {
  if (isSettingKey(key)) return key;
  const lower = key.trim().toLowerCase();
  if (isSettingKey(lower)) return lower;
  const close = SETTING_KEYS.filter((k) => editDistance(k, lower, 3) <= 3 || (lower.length >= 3 && k.includes(lower)));
  const hint = close.length ? ` (did you mean ${close.join(' or ')}?)` : '';
  throw new SettingError(`unknown setting "${key}"${hint}; the settings are ${SETTING_KEYS.join(', ')} (mlroad config list)`);
}

/** A value typed for `key` (`mlroad config set`), checked: a usage error names the key and what is allowed. */
export function settingFromText(key: SettingKey, text: string): unknown {
  const value = parseSettingText(key, text);
  const problem = value === null ? `${key} must be ${specOf(key).allowed}` : settingProblem(key, value);
  if (problem) throw new SettingError(`${problem}, not "${text}"`);
  return value;
}

/**
 * The JSON schema of config.json for conf: one object per group, as conf
 * stores dotted keys ("review": {"daily-limit": 20}). No defaults in it: conf
 * (through ajv's useDefaults) would write them into the file, and a default
 * must stay a default. Keys it does not know (a newer mlroad's) are allowed.
 */
export function settingsSchema(): Record<string, { type: 'object'; properties: Record<string, object> }> {
  const groups: Record<string, { type: 'object'; properties: Record<string, object> }> = {};
  for (const key of SETTING_KEYS) {
    const [group, name] = key.split('.') as [string, string];
    const spec = specOf(key);
    (groups[group] ??= { type: 'object', properties: {} }).properties[name] = { ...spec.schema, description: spec.describe };
  }
  return groups;
}

/** Where the settings live. */
export const settingsFile = (configDir: string): string => join(configDir, SETTINGS_FILE_NAME);

/** Why `value` is not allowed for `key`, or null when it is. */
export function settingProblem(key: SettingKey, value: unknown): string | null {
  const { schema, allowed } = SETTINGS[key] as Spec<unknown>;
  const ok =
    schema.type === 'boolean'
      ? typeof value === 'boolean'
      : schema.type === 'string'
        ? typeof value === 'string' &&
          value.length >= (schema.minLength ?? 0) &&
          (!schema.pattern || new RegExp(schema.pattern).test(value)) &&
          (schema.format !== 'date' || isCalendarDate(value))
        : typeof value === 'number' &&
          Number.isFinite(value) &&
          (schema.type !== 'integer' || Number.isInteger(value)) &&
          (schema.minimum === undefined || value >= schema.minimum) &&
          (schema.maximum === undefined || value <= schema.maximum) &&
          (schema.exclusiveMinimum === undefined || value > schema.exclusiveMinimum);
  return ok ? null : `${key} must be ${allowed}`;
}

/** "2027-06-01" is a day of the calendar ("2027-02-30" is not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** A value typed on the command line or in the environment, as the key's type; null when it does not parse. */
function parseSettingText(key: SettingKey, text: string): unknown {
  const { schema } = SETTINGS[key] as Spec<unknown>;
  const t = text.trim();
  if (schema.type === 'boolean') return /^(true|yes|on|1)$/i.test(t) ? true : /^(false|no|off|0)$/i.test(t) ? false : null;
  if (schema.type === 'string') return text;
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : null;
}

/** The settings file's values by dotted key (conf stores "review.daily-limit" as {"review": {"daily-limit": …}}). */
export type SettingsFile = Partial<Record<SettingKey, unknown>>;

/** Reads config.json (absent: no settings). A file that is not JSON is an error naming it; unknown keys are ignored. */
function readSettingsFile(configDir: string): SettingsFile {
  const file = join(configDir, SETTINGS_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new OperationalError(`cannot read the settings file ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new OperationalError(`the settings file ${file} is not valid JSON (${(error as Error).message}); fix it or remove it (mlroad config edit)`);
  }
  const out: SettingsFile = {};
  if (!isObject(data)) return out;
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const [group, name] = key.split('.') as [string, string];
    const section = data[group];
    if (isObject(section) && Object.prototype.hasOwnProperty.call(section, name)) out[key] = section[name];
  }
  return out;
}

export interface ResolvedSetting<T> {
  value: T | null;
  /** Where the value came from. */
  source: 'flag' | 'env' | 'file' | 'default';
}

/**
 * The settings of one run, with their precedence: a flag (passed to get()) >
 * the environment variable > config.json > the default. A bad value in the
 * environment or the file is a usage error naming where it came from.
 */
export class Settings {
  #file: SettingsFile | undefined;

  constructor(
    readonly configDir: string,
    readonly env: Env,
  ) {}

  get file(): SettingsFile {
    return (this.#file ??= readSettingsFile(this.configDir));
  }

  resolve<K extends SettingKey>(key: K, flag?: SettingValue<K> | undefined): ResolvedSetting<SettingValue<K>> {
    const spec = SETTINGS[key] as Spec<SettingValue<K>>;
    if (flag !== undefined) return { value: flag, source: 'flag' };
    const fromEnv = this.env[spec.env];
    if (fromEnv !== undefined && fromEnv !== '') {
      const value = parseSettingText(key, fromEnv);
      const problem = value === null ? `${key} must be ${spec.allowed}` : settingProblem(key, value);
      if (problem) throw new SettingError(`${spec.env}="${fromEnv}": ${problem}`);
      return { value: value as SettingValue<K>, source: 'env' };
    }
    if (Object.prototype.hasOwnProperty.call(this.file, key)) {
      const value = this.file[key];
      const problem = settingProblem(key, value);
      if (problem) throw new SettingError(`${join(this.configDir, SETTINGS_FILE_NAME)}: ${problem} (fix it: mlroad config set ${key} VALUE)`);
      return { value: value as SettingValue<K>, source: 'file' };
    }
    return { value: spec.default, source: 'default' };
  }

  /** The value of `key` (null: a default computed where it is used). */
  get<K extends SettingKey>(key: K, flag?: SettingValue<K>): SettingValue<K> | null {
    return this.resolve(key, flag).value;
  }
}

/** A setting with a value that is not allowed: exit 2, naming the key and what is allowed. */
export class SettingError extends UsageError {
  override name = 'SettingError';
}
