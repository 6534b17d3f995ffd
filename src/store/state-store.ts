// The state store: the only code that touches the state file. Reads are plain
// fs (fast, for `next`); writes take the lock, re-read, apply a pure change and
// write through conf (atomic temp-file + rename, mode 0600).
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperationalError } from '../core/errors.js';
import { salvage, type Salvage } from './salvage.js';
import { withLock } from './lock.js';
import { readState, type ReadOptions } from './state-file.js';
import { STATE_FILE_NAME } from './paths.js';
import type { StateDoc } from '../core/state/types.js';

export class StateStore {
  readonly file: string;

  /** `options` (layout version and migrations) exist for tests of upgrades. */
  constructor(
    readonly dir: string,
    readonly options: ReadOptions = {},
  ) {
    this.file = join(dir, STATE_FILE_NAME);
  }

  read(): StateDoc {
    return readState(this.file, this.options).doc;
  }

  /**
   * Applies `change` to a fresh copy of the state under the lock and writes the
   * result if it differs. Returns what `change` returned.
   */
  async update<T>(change: (doc: StateDoc) => T): Promise<T> {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new OperationalError(`cannot create the config directory ${this.dir}: ${(error as Error).message}`);
    }
    // conf is the heaviest import: load it only when writing, and before taking
    // the lock, so that the lock is held for milliseconds, not for a module load.
    const { default: Conf } = await import('conf');
    return withLock(`${this.file}.lock`, () => {
      const { doc, diskVersion } = readState(this.file, this.options);
      const before = JSON.stringify(doc);
      const result = change(doc);
      const upgraded = diskVersion !== doc.version;
      if (upgraded || JSON.stringify(doc) !== before) {
        // The first write in a newer layout keeps the old file, once.
        if (upgraded) this.#backup(`${this.file}.v${diskVersion}.bak`);
        this.#write(Conf, doc);
      }
      return result;
    });
  }

  /**
   * Replaces a damaged state file with what can be salvaged from it, after
   * copying it to a timestamped backup. Returns the backup path and what was dropped.
   */
  async repair(at: Date): Promise<Salvage & { backup: string }> {
    const { default: Conf } = await import('conf');
    return withLock(`${this.file}.lock`, () => {
      const text = readFileSync(this.file, 'utf8');
      const backup = `${this.file}.bak-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
      copyFileSync(this.file, backup);
      chmodSync(backup, 0o600);
      let data: unknown = null;
      try {
        data = JSON.parse(text);
      } catch {
        // Unparseable: nothing can be kept but the backup.
      }
      const result = salvage(data);
      if (data === null) result.dropped.splice(0, result.dropped.length, 'everything: the file is not valid JSON');
      // conf cannot open a file it cannot parse, so put a valid one in place
      // first (atomically), then write through conf as usual.
      const temp = `${this.file}.repair-${process.pid}`;
      writeFileSync(temp, JSON.stringify(result.doc), { mode: 0o600 });
      renameSync(temp, this.file);
      this.#write(Conf, result.doc);
      return { ...result, backup };
    });
  }

  #backup(path: string): void {
    try {
      if (!existsSync(path)) copyFileSync(this.file, path);
      chmodSync(path, 0o600);
    } catch (error) {
      throw new OperationalError(`cannot keep a backup of the state file at ${path} before upgrading it: ${(error as Error).message}`);
    }
  }

  #write(Conf: typeof import('conf').default, doc: StateDoc): void {
    try {
      const conf = new Conf<Record<string, unknown>>({
        cwd: this.dir,
        configName: STATE_FILE_NAME.replace(/\.json$/, ''),
        projectSuffix: '',
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
        clearInvalidConfig: false,
      });
      conf.store = doc as unknown as Record<string, unknown>;
      chmodSync(this.file, 0o600);
    } catch (error) {
      throw new OperationalError(`cannot write the state file ${this.file}: ${(error as Error).message}`);
    }
  }
}
