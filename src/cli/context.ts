// What every command gets: the options, what the run may touch (io), the
// loaded roadmap, the state store, styling. Built lazily so `validate` never
// touches state and nothing is read twice.
import type { ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import { nowFrom } from '../core/clock.js';
import { UsageError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import type { Problem } from '../core/errors.js';
import { Progress, type Status } from '../core/progress.js';
import { roadmapCacheDir } from '../store/roadmap-cache.js';
import { loadRoadmap, roadmapFileFrom, type CacheOptions } from '../store/roadmap-file.js';
import { resolveTopic } from '../core/roadmap/resolve.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { toJson } from '../render/sanitize.js';
import { colorLevel, makeChalk } from '../render/style.js';
import { glyphsFor, type Glyphs } from '../render/glyphs.js';
import { theme, type Theme } from '../render/segments.js';
import { timeZoneOf } from '../render/time.js';
import { columns, plainText, wrapStyled } from '../render/text.js';
import { configDirFrom } from '../store/paths.js';
import { StateStore } from '../store/state-store.js';
import { describeHolder, type LockInfo } from '../store/lock.js';
import { Settings } from '../store/settings.js';
import type { RoadmapState, StateDoc } from '../core/state/types.js';
import { resolve } from 'node:path';

export interface GlobalOptions {
  roadmap?: string;
  configDir?: string;
  color: boolean;
  json?: boolean;
}

export class Context {
  readonly json: boolean;
  readonly c: ChalkInstance;
  readonly cols: number;
  readonly now: Date;
  readonly roadmapFile: string;
  #loaded?: { roadmap: Roadmap; warnings: Problem[] };
  #store?: StateStore;
  #settings?: Settings;
  #doc?: StateDoc;
  #progress?: Progress;
  #glyphs?: Glyphs;

  /** Set by a command that finished but must not exit 0 (validate: invalid; doctor: unhealthy). */
  exitCode = 0;

  constructor(
    readonly options: GlobalOptions,
    readonly io: Io,
  ) {
    this.json = Boolean(options.json);
    this.c = makeChalk(colorLevel(io.stdout, options.color !== false, io.env));
    this.cols = columns(io.stdout);
    this.now = nowFrom(io.env, io.clock);
    this.roadmapFile = roadmapFileFrom(options.roadmap, io.env, io.cwd);
  }

  /** The symbols to draw with: ASCII when `display.ascii` says so or the locale is not UTF-8. */
  get glyphs(): Glyphs {
    return (this.#glyphs ??= glyphsFor(this.settings.get('display.ascii'), this.io.env, this.io.system.platform));
  }

  /** Styles and glyphs for text built from pieces (render/segments.ts). */
  get theme(): Theme {
    return theme(this.c, this.glyphs);
  }

  /** The learner's time zone (TZ of the run), for the times people read. */
  get timeZone(): string | undefined {
    return timeZoneOf(this.io.env);
  }

  get stdout(): Io['stdout'] {
    return this.io.stdout;
  }

  /** Where files live: the config dir, and the cache dir beside it. */
  get configDir(): string {
    return configDirFrom(this.options.configDir, this.paths);
  }

  get paths() {
    return { env: this.io.env, cwd: this.io.cwd, homedir: this.io.system.homedir };
  }

  /** The parse cache of roadmap files (null: none, when it would be inside the config dir). */
  get cache(): CacheOptions | null {
    const dir = roadmapCacheDir(this.configDir, this.paths);
    return dir === null ? null : { dir, clock: this.io.clock, owner: this.io.system.uid };
  }

  get roadmap(): Roadmap {
    this.#loaded ??= loadRoadmap(this.roadmapFile, this.cache);
    return this.#loaded.roadmap;
  }

  /** The user's settings (config.json), read on first use; flags passed to get() win. */
  get settings(): Settings {
    return (this.#settings ??= new Settings(this.configDir, this.io.env));
  }

  get store(): StateStore {
    // A long wait for the lock is said once, with who holds it (a writer stopped with Ctrl-Z is waited for, never broken).
    const onWait = (holder: LockInfo) =>
      this.warn(`mlroad: the state is locked by ${describeHolder(holder, this.io.system.hostname)}; waiting for it (resume it if it is stopped)…`);
    return (this.#store ??= new StateStore(this.configDir, this.io, { lock: { onWait } }));
  }

  /** A path given by the user, made absolute against the working directory. */
  path(file: string): string {
    return resolve(this.io.cwd, file);
  }

  /** All of stdin, as text (for `-` arguments). At most `limit` bytes: more is a usage error. */
  async readStdin(what: string, limit = 64 * 1024 * 1024): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.io.stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > limit) throw new UsageError(`${what} on stdin is larger than ${Math.round(limit / 1024 / 1024)} MB`);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  /** One line on stderr (a warning or a notice that is not the command's output). */
  warn(text: string): void {
    this.io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** The state document as read at first use (commands that write re-read under the lock). */
  get doc(): StateDoc {
    return (this.#doc ??= this.store.read());
  }

  get state(): RoadmapState | undefined {
    return this.doc.roadmaps[this.roadmap.id];
  }

  get progress(): Progress {
    if (this.#progress) return this.#progress;
    // From the recorded statuses (a few), not a lookup for each of the roadmap's leaves.
    const topics = this.state?.topics;
    const statuses = topics ? Object.keys(topics).map((id): [string, Status] => [id, topics[id]!.status]) : [];
    return (this.#progress = Progress.of(this.roadmap, statuses));
  }

  /** After a write: forget what was read so the next look sees the new state. */
  refresh(doc: StateDoc): void {
    this.#doc = doc;
    this.#progress = undefined;
  }

  topic(reference: string): Topic {
    return resolveTopic(this.roadmap, reference);
  }

  print(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Stdout is a terminal: text is fitted to its width there, and never cut in a pipe. */
  get tty(): boolean {
    return Boolean(this.io.stdout.isTTY);
  }

  /**
   * Text for people. On a terminal every line is word-wrapped to its width
   * (never split inside a word that fits on a line); a continuation keeps the
   * line's own indent plus `hang` columns. In a pipe it is printed as it is.
   */
  printText(text: string, hang = 0): void {
    if (!this.tty) return this.print(text);
    const out: string[] = [];
    for (const line of text.split('\n')) out.push(...wrapStyled(line, this.cols, ' '.repeat(/^ */.exec(plainText(line))![0].length + hang)));
    this.print(out.join('\n'));
  }

  /** One line word-wrapped to the terminal (continuations start with `indent`); in a pipe, as it is. */
  wrapLine(line: string, indent = ''): string[] {
    return this.tty ? wrapStyled(line, this.cols, indent) : [line];
  }

  printJson(value: unknown): void {
    this.io.stdout.write(`${toJson(value)}\n`);
  }
}

/** The io of a run: set on the program by buildProgram, found from any of its commands. */
const IO = Symbol('mlroad.io');
type WithIo = Command & { [IO]?: Io; [EXIT]?: number };
const EXIT = Symbol('mlroad.exit');

export function attachIo(program: Command, io: Io): void {
  (program as WithIo)[IO] = io;
}

export function ioOf(command: Command): Io {
  let c: Command | null = command;
  while (c && !(c as WithIo)[IO]) c = c.parent;
  const io = c && (c as WithIo)[IO];
  if (!io) throw new Error('command run without io (build it with buildProgram)');
  return io;
}

function rootOf(command: Command): WithIo {
  let c = command;
  while (c.parent) c = c.parent;
  return c as WithIo;
}

/** The exit code the command that ran asked for (0 when it asked for none). */
export const exitCodeOf = (program: Command): number => (program as WithIo)[EXIT] ?? 0;

/**
 * Wraps a command action: builds the Context from the merged global options and
 * passes the command's options (merged with the globals) and its positional arguments.
 */
export function action<O = Record<string, unknown>>(run: (ctx: Context, opts: O & GlobalOptions, args: unknown[]) => void | Promise<void>) {
  return async function (this: Command) {
    const opts = this.optsWithGlobals() as O & GlobalOptions;
    const ctx = new Context(opts, ioOf(this));
    await run(ctx, opts, this.processedArgs);
    if (ctx.exitCode) rootOf(this)[EXIT] = ctx.exitCode;
  };
}

/** "Examples:" block for --help. */
export function examples(...lines: [string, string][]): string {
  const w = Math.max(...lines.map(([cmd]) => cmd.length));
  return `\nExamples:\n${lines.map(([cmd, what]) => `  $ ${cmd.padEnd(w)}  ${what}`).join('\n')}\n`;
}
