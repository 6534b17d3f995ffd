// Where mlroad keeps its files. Relative paths are taken from the caller's
// working directory; the home directory comes from the caller too.
import { join, resolve } from 'node:path';
import type { Env } from '../core/io.js';

export interface PathContext {
  readonly env: Env;
  readonly cwd: string;
  readonly homedir: string;
}

/** --config-dir, else MLROAD_CONFIG_DIR, else $XDG_CONFIG_HOME/mlroad, else ~/.config/mlroad. */
export function configDirFrom(option: string | undefined, { env, cwd, homedir }: PathContext): string {
  if (option) return resolve(cwd, option);
  if (env.MLROAD_CONFIG_DIR) return resolve(cwd, env.MLROAD_CONFIG_DIR);
  return resolve(cwd, env.XDG_CONFIG_HOME || join(homedir, '.config'), 'mlroad');
}

/** $XDG_CACHE_HOME/mlroad, else ~/.cache/mlroad: disposable data only. */
export function cacheDirFrom({ env, cwd, homedir }: PathContext): string {
  return resolve(cwd, env.XDG_CACHE_HOME || join(homedir, '.cache'), 'mlroad');
}

export const STATE_FILE_NAME = 'state.json';
