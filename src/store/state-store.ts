// The state store: the only code that reads or writes the state file. Reads
// are plain fs (fast, for `next`); writes take the lock, re-read, apply a pure
// change and write the result durably (durable-write.ts), mode 0600.
import { chmodSync, copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperationalError } from '../core/errors.js';
import type { StateDoc } from '../core/state/types.js';
import { causeOf, writeFileDurably } from './durable-write.js';
import { makeDir } from './make-dir.js';
import { withLock, type LockHost, type LockOptions } from './lock.js';
import { STATE_FILE_NAME } from './paths.js';
import { writerIdentity } from './processes.js';
import { salvageText, type Salvage } from './salvage.js';
import { readState, serializeState, type ReadOptions } from './state-file.js';

export interface StoreOptions extends ReadOptions {
  lock?: LockOptions;
}

export class StateStore {
  readonly file: string;
  readonly lockFile: string;
  #writer?: ReturnType<typeof writerIdentity>;

  /** `options` (layout version and migrations) exist for tests of upgrades. */
  constructor(
    readonly dir: string,
    readonly host: LockHost,
    readonly options: StoreOptions = {},
  ) {
    this.file = join(dir, STATE_FILE_NAME);
    this.lockFile = `${this.file}.lock`;
  }

  read(): StateDoc {
    return readState(this.file, this.options).doc;
  }

  /**
   * Applies `change` to a fresh copy of the state under the lock and writes the
   * result if it differs. Returns what `change` returned.
   */
  async update<T>(change: (doc: StateDoc) => T): Promise<T> {
    this.#ensureDir();
    return withLock(
      this.lockFile,
      this.host,
      () => {
        const { doc, diskVersion } = readState(this.file, this.options);
        const before = serializeState(doc);
        const result = change(doc);
        const upgraded = diskVersion !== doc.version;
        const after = serializeState(doc);
        if (upgraded || after !== before) {
          // The first write in a newer layout keeps the old file, once.
          if (upgraded) this.#backup(`${this.file}.v${diskVersion}.bak`);
          this.#write(after);
        }
        return result;
      },
      this.options.lock,
    );
  }

  /**
   * Replaces a damaged state file with every complete record that can be read
   * from it, after copying it to a timestamped backup. Throws, changing
   * nothing but the backup, when nothing at all can be kept.
   */
  async repair(at: Date): Promise<Salvage & { backup: string }> {
    return withLock(
      this.lockFile,
      this.host,
      () => {
        const text = readFileSync(this.file, 'utf8');
        const backup = `${this.file}.bak-${at
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d+Z$/, 'Z')}`;
        copyFileSync(this.file, backup);
        chmodSync(backup, 0o600);
        const result = salvageText(text);
        if (result.kept === 0 && !result.complete) {
          throw new OperationalError(
            `nothing in the state file ${this.file} could be kept (${result.dropped[0] ?? 'no complete record'}); it was not changed. A copy is at ${backup}.`,
          );
        }
        this.#write(serializeState(result.doc));
        return { ...result, backup };
      },
      this.options.lock,
    );
  }

  #ensureDir(): void {
    makeDir(this.dir, 0o700, 'the config directory');
  }

  #backup(path: string): void {
    try {
      if (!existsSync(path)) copyFileSync(this.file, path);
      chmodSync(path, 0o600);
    } catch (error) {
      throw new OperationalError(`cannot keep a backup of the state file at ${path} before upgrading it: ${causeOf(error)}`);
    }
  }

  #write(text: string): void {
    writeFileDurably(this.file, text, (this.#writer ??= writerIdentity(this.host.system)));
  }
}
