// Writing the user's settings: through conf, which validates the whole file
// against the schema built from SETTINGS (settings.ts) before every write and
// writes atomically, mode 0600. conf (and its JSON-schema validator) is
// imported when a change is written, never on any command's start-up. conf
// has no lock and loses updates between concurrent writers, so each change
// runs under a lock file of its own.
import type Conf from 'conf';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OperationalError } from '../core/errors.js';
import { isObject } from '../core/values.js';
import { withLock, type LockHost } from './lock.js';
import { isSettingKey, SettingError, settingsFile, settingsSchema, SETTINGS_FILE_NAME, specOf, type SettingKey } from './settings.js';

type Data = Record<string, unknown>;

/** A change to the file: set or remove one key, or replace the whole file (`config edit`). */
export type SettingsChange = { key: SettingKey; value: unknown } | { key: SettingKey; remove: true } | { replace: Data };

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Applies `change` to config.json under its lock. Returns the file's value of the key before (undefined: not set). */
export async function changeSettings(configDir: string, host: LockHost, change: SettingsChange): Promise<unknown> {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const { default: ConfClass } = await import('conf');
  return withLock(`${settingsFile(configDir)}.lock`, host, () => {
    const target = 'key' in change ? change.key : null;
    let previous: unknown;
    let reads = 0;
    const conf = open(ConfClass, configDir, (data) => {
      // The value being replaced (or the whole file, for an edit) is not
      // validated on the way in: a bad value must stay fixable by `config set`.
      if ('replace' in change) return {};
      const value = target ? takeOut(data, target) : undefined;
      if (reads++ === 0) previous = value;
      return data;
    });
    try {
      if ('replace' in change) conf.store = change.replace;
      else if ('remove' in change) {
        conf.delete(change.key);
        // Drop a group left empty ("review": {}), so the file stays as small as the user made it.
        const group = change.key.split('.')[0]!;
        const rest = conf.get(group);
        if (isObject(rest) && Object.keys(rest).length === 0) conf.delete(group);
      } else conf.set(change.key, change.value);
    } catch (error) {
      throw asSettingError(configDir, error);
    }
    return previous;
  });
}

/** The conf of config.json; `read` sees the parsed file before conf validates it. */
function open(ConfClass: typeof Conf, configDir: string, read: (data: Data) => Data): Conf<Data> {
  try {
    return new ConfClass<Data>({
      projectName: 'mlroad',
      projectSuffix: '',
      cwd: configDir,
      configName: SETTINGS_FILE_NAME.replace(/\.json$/, ''),
      configFileMode: 0o600,
      schema: settingsSchema(),
      clearInvalidConfig: false, // a file conf cannot read is reported, never emptied
      serialize: (value) => `${JSON.stringify(value, null, 2)}\n`,
      deserialize: (text) => {
        const data = JSON.parse(stripBom(text)) as unknown;
        return isObject(data) ? read(data) : (data as Data);
      },
    });
  } catch (error) {
    throw asSettingError(configDir, error);
  }
}

/** Removes `key` from the nested data; returns its value (undefined: absent). */
function takeOut(data: Data, key: SettingKey): unknown {
  const [group, name] = key.split('.') as [string, string];
  const section = data[group];
  if (!isObject(section) || !Object.prototype.hasOwnProperty.call(section, name)) return undefined;
  const value = section[name];
  delete section[name];
  return value;
}

/**
 * conf's errors in the user's words: "Config schema violation: `review/daily-limit`
 * must be >= 0" becomes "…/config.json: review.daily-limit must be a whole
 * number, 0 or more" (exit 2); a file that is not JSON names the file.
 */
function asSettingError(configDir: string, error: unknown): Error {
  const file = settingsFile(configDir);
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Config schema violation:')) {
    const problems = [...message.matchAll(/`([^`]*)` ([^;]*)/g)].map(([, path, what]) => {
      const key = path!.replace('/', '.');
      if (isSettingKey(key)) return `${key} must be ${specOf(key).allowed} (fix it: mlroad config set ${key} VALUE)`;
      return `${path ? `"${path.replace(/\//g, '.')}"` : 'the file'} ${what}`;
    });
    return new SettingError(`${file}: ${[...new Set(problems)].join('; ')}`);
  }
  if (error instanceof SyntaxError) return new OperationalError(`the settings file ${file} is not valid JSON (${message}); fix it: mlroad config edit`);
  if (error instanceof SettingError || error instanceof OperationalError) return error;
  return new OperationalError(`cannot write the settings file ${join(configDir, SETTINGS_FILE_NAME)}: ${message}`);
}
