// mlroad config: the user's settings (contract §10). Reading is settings.ts
// (plain fs); every write goes through conf (settings-writer.ts, imported on
// demand so conf stays off the other commands' start-up).
import { Command } from 'commander';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { isInteractive } from '../../core/io.js';
import { editorCommand, editText } from '../../platform/editor.js';
import { padEnd, truncate, wrap } from '../../render/text.js';
import { isObject } from '../../core/values.js';
import {
  isSettingKey,
  SettingError,
  settingFromText,
  settingKey,
  settingProblem,
  settingsFile,
  SETTING_KEYS,
  specOf,
  type ResolvedSetting,
  type SettingKey,
} from '../../store/settings.js';
import type { SettingsChange } from '../../store/settings-writer.js';
import { action, examples, type Context } from '../context.js';

/** A setting as `config list` and `config get` report it. */
interface Entry {
  key: SettingKey;
  value: unknown;
  /** Where the value comes from: the environment variable, config.json, or the default. */
  source: 'env' | 'file' | 'default';
  default: unknown;
  env: string;
  description: string;
  allowed: string;
  /** Set when the environment or the file holds a value that is not allowed (the default is used meanwhile). */
  problem?: string;
}

function entryOf(ctx: Context, key: SettingKey): Entry {
  const spec = specOf(key);
  const rest = { default: spec.default, env: spec.env, description: spec.describe, allowed: spec.allowed };
  try {
    const r: ResolvedSetting<unknown> = ctx.settings.resolve(key);
    return { key, value: r.value, source: r.source === 'flag' ? 'default' : r.source, ...rest };
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    return { key, value: spec.default, source: 'default', ...rest, problem: error.message };
  }
}

/** A value as the user types it: `true`, `20`, a path; for no value, what that means ("auto", "none"). */
const shown = (e: Entry) => (e.value === null || e.value === undefined ? (specOf(e.key).unsetText ?? 'auto') : String(e.value));

const sourceText = (e: Entry) => (e.source === 'env' ? `$${e.env}` : e.source === 'file' ? 'config.json' : 'default');

function runList(ctx: Context): void {
  const entries = SETTING_KEYS.map((key) => entryOf(ctx, key));
  for (const e of entries) if (e.problem) ctx.warn(`mlroad: ${e.problem}; using the default meanwhile`);
  if (ctx.json) {
    ctx.printJson(entries);
    return;
  }
  const { c } = ctx;
  const keyW = Math.max(...entries.map((e) => e.key.length));
  const valueW = Math.min(24, Math.max(5, ...entries.map((e) => shown(e).length)));
  const sourceW = Math.max(...entries.map((e) => sourceText(e).length));
  const descAt = 2 + keyW + 2 + valueW + 2 + sourceW + 2;
  // Descriptions beside the values when they all fit; else each under its key.
  const beside = entries.every((e) => descAt + e.description.length <= ctx.cols);
  const lines = [c.dim(`Settings: ${settingsFile(ctx.configDir)}${existsSync(settingsFile(ctx.configDir)) ? '' : ' (not created yet)'}`), ''];
  for (const e of entries) {
    const value = padEnd(truncate(shown(e), valueW), valueW);
    const source = padEnd(sourceText(e), sourceW);
    const row = `  ${padEnd(e.key, keyW)}  ${e.source === 'default' ? value : c.bold(value)}  ${e.source === 'default' ? c.dim(source) : source}`;
    if (beside) lines.push(`${row}  ${c.dim(e.description)}`);
    else lines.push(row.trimEnd(), c.dim(wrap(e.description, ctx.cols, '      ')));
  }
  lines.push(
    '',
    c.dim(
      `Change one: mlroad config set KEY VALUE ${ctx.glyphs.sep} back to the default: mlroad config unset KEY ${ctx.glyphs.sep} all at once: mlroad config edit`,
    ),
  );
  lines.push(c.dim('A command-line flag beats the environment variable, which beats config.json, which beats the default.'));
  ctx.printText(lines.join('\n'));
}

function runGet(ctx: Context, ref: string): void {
  const key = settingKey(ref);
  const r = ctx.settings.resolve(key); // a bad value is an error here: `get` promises the value in use
  const spec = specOf(key);
  if (ctx.json) {
    ctx.printJson({ key, value: r.value, source: r.source, default: spec.default, env: spec.env });
    return;
  }
  // Just the value, for $(mlroad config get …); nothing for a default worked out where it is used.
  if (r.value !== null) ctx.print(String(r.value));
}

async function write(ctx: Context, change: SettingsChange): Promise<unknown> {
  const { changeSettings } = await import('../../store/settings-writer.js');
  return changeSettings(ctx.configDir, ctx.io, change);
}

/** The environment variable that overrides `key` now, if one is set: a setting it hides does nothing. */
function warnIfOverridden(ctx: Context, key: SettingKey): void {
  const { env } = specOf(key);
  const value = ctx.io.env[env];
  if (value !== undefined && value !== '') ctx.warn(`mlroad: note: ${env}=${value} is set in the environment and takes precedence over config.json`);
}

const describeDefault = (key: SettingKey) => {
  const spec = specOf(key);
  if (spec.default !== null) return `the default, ${String(spec.default)}`;
  return spec.unsetText ? 'not set' : 'the default, worked out where it is used';
};

async function runSet(ctx: Context, ref: string, text: string): Promise<void> {
  const key = settingKey(ref);
  let value = settingFromText(key, text);
  if (specOf(key).path && typeof value === 'string') value = ctx.path(value);
  const previous = await write(ctx, { key, value });
  if (ctx.json) ctx.printJson({ key, value, previous: previous ?? null });
  else {
    const was = previous === undefined ? describeDefault(key) : String(previous);
    ctx.print(`${ctx.c.green(ctx.glyphs.ok)} ${key} = ${String(value)} ${ctx.c.dim(`(was ${was})`)}`);
  }
  warnIfOverridden(ctx, key);
}

async function runUnset(ctx: Context, ref: string): Promise<void> {
  const key = settingKey(ref);
  const previous = await write(ctx, { key, remove: true });
  if (ctx.json) ctx.printJson({ key, value: specOf(key).default, previous: previous ?? null });
  else if (previous === undefined) ctx.print(specOf(key).unsetText ? `${key} was not set` : `${key} was not set: it has ${describeDefault(key)}`);
  else ctx.print(`${ctx.c.green(ctx.glyphs.ok)} ${key} unset ${ctx.c.dim(`(was ${String(previous)}; now ${describeDefault(key)})`)}`);
  warnIfOverridden(ctx, key);
}

/**
 * Why an edited file cannot be saved, or null: JSON, an object of groups, and
 * every key known with an allowed value (a typo such as "daily_limit" is not
 * silently kept). conf checks the schema again when it writes.
 */
function editProblem(text: string): { problem: string } | { data: Record<string, unknown> } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { problem: `it is not valid JSON (${(error as Error).message})` };
  }
  if (!isObject(data)) return { problem: 'it must be a JSON object such as {"review": {"daily-limit": 20}}' };
  const problems: string[] = [];
  for (const [group, section] of Object.entries(data)) {
    if (!isObject(section)) {
      problems.push(`"${group}" must be an object of settings such as {"${group}": {...}}`);
      continue;
    }
    for (const [name, value] of Object.entries(section)) {
      const key = `${group}.${name}`;
      if (!isSettingKey(key)) {
        try {
          settingKey(key);
        } catch (error) {
          problems.push((error as Error).message);
        }
        continue;
      }
      const problem = settingProblem(key, value);
      if (problem) problems.push(`${problem}, not ${JSON.stringify(value)}`);
    }
  }
  return problems.length ? { problem: problems.join('; ') } : { data };
}

async function runEdit(ctx: Context): Promise<void> {
  const file = settingsFile(ctx.configDir);
  const draft = `${file}.draft`;
  const editor = editorCommand(ctx.io.env, isInteractive(ctx.io), ctx.io.system.platform);
  if (!editor) throw new UsageError('no editor to edit the settings in: set $VISUAL or $EDITOR, or change one at a time: mlroad config set KEY VALUE');
  // An edit that could not be saved last time is where this one starts.
  const resumed = existsSync(draft);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '{}\n';
  const start = resumed ? readFileSync(draft, 'utf8') : current;
  if (resumed) ctx.warn(`mlroad: resuming the edit that was not saved (${draft})`);
  const edited = editText(editor, start, 'config.json', ctx.io.system.platform);
  const checked = editProblem(edited);
  if ('problem' in checked) {
    writeFileSync(draft, edited, { mode: 0o600 });
    throw new SettingError(`not saved: ${checked.problem}. Your edit is kept in ${draft}; run mlroad config edit to fix it`);
  }
  if (edited === current) {
    if (resumed) rmSync(draft, { force: true });
    if (ctx.json) ctx.printJson({ path: file, saved: false });
    else ctx.print('No change.');
    return;
  }
  await write(ctx, { replace: checked.data });
  rmSync(draft, { force: true });
  if (ctx.json) ctx.printJson({ path: file, saved: true });
  else ctx.print(`${ctx.c.green(ctx.glyphs.ok)} Saved ${file}`);
}

function runPath(ctx: Context): void {
  const file = settingsFile(ctx.configDir);
  if (ctx.json) ctx.printJson({ path: file, exists: existsSync(file) });
  else ctx.print(file);
}

export const configCommand = () => {
  const config = new Command('config')
    .description('your settings (config.json beside your progress): list, get, set, unset, edit, path')
    .addHelpText(
      'after',
      examples(
        ['mlroad config', 'every setting, its value and where it comes from'],
        ['mlroad config set review.daily-limit 20', 'at most 20 reviews a day'],
        ['mlroad config set review.enabled false', 'no reviews in mlroad next'],
        ['mlroad config get next.count', 'the value in use, for scripts'],
        ['mlroad config unset review.daily-limit', 'back to the default'],
        ['mlroad config edit', 'edit them all in $VISUAL/$EDITOR (checked before saving)'],
      ) + '\nPrecedence: a command-line flag, then the environment variable (mlroad config list names it), then config.json, then the default.\n',
    )
    .action(action((ctx) => runList(ctx)));
  config
    .command('list')
    .description('every setting: value, where it comes from, what it does')
    .action(action((ctx) => runList(ctx)));
  config
    .command('get')
    .description('the value in use of one setting')
    .argument('<KEY>', 'a setting such as review.daily-limit')
    .action(action((ctx, _o, [key]) => runGet(ctx, key as string)));
  config
    .command('set')
    .description('change a setting (checked: a value that is not allowed changes nothing)')
    .argument('<KEY>', 'a setting such as review.daily-limit')
    .argument('<VALUE>', 'its new value: true/false, a number, a path, a date')
    .action(action((ctx, _o, [key, value]) => runSet(ctx, key as string, value as string)));
  config
    .command('unset')
    .description('remove a setting: back to its default')
    .argument('<KEY>', 'a setting such as review.daily-limit')
    .action(action((ctx, _o, [key]) => runUnset(ctx, key as string)));
  config
    .command('edit')
    .description('edit config.json in $VISUAL/$EDITOR; saved only when every value is allowed')
    .action(action((ctx) => runEdit(ctx)));
  config
    .command('path')
    .description('where the settings file is')
    .action(action((ctx) => runPath(ctx)));
  return config;
};
