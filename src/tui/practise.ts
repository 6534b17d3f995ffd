// `p` in the browser: what `mlroad practice TOPIC` does (the workspace from
// practice.dir or MLROAD_PRACTICE_DIR; the learner's file never overwritten),
// with the file's path as the learner would type it.
import { writeExercise } from '../actions/practice.js';
import type { Io } from '../core/io.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { shownPath } from '../practice/workspace.js';
import { Settings } from '../store/settings.js';

export function practiser(roadmap: Roadmap, configDir: string, io: Pick<Io, 'env' | 'cwd' | 'system'>) {
  return (topic: Topic): { shown: string; created: boolean } => {
    const settings = new Settings(configDir, io.env);
    const { file, created } = writeExercise({ roadmap, settings, paths: { env: io.env, cwd: io.cwd, homedir: io.system.homedir } }, topic);
    return { shown: shownPath(file, io.cwd, io.system.homedir), created };
  };
}
