import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** --config-dir, else MLROAD_CONFIG_DIR, else $XDG_CONFIG_HOME/mlroad, else ~/.config/mlroad. */
export function configDirFrom(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option) return resolve(option);
  if (env.MLROAD_CONFIG_DIR) return resolve(env.MLROAD_CONFIG_DIR);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'mlroad');
}

/** $XDG_CACHE_HOME/mlroad, else ~/.cache/mlroad: disposable data only. */
export function cacheDirFrom(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mlroad');
}

export const STATE_FILE_NAME = 'state.json';
