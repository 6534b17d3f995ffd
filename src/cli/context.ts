// What every command gets: the options, the loaded roadmap, the state store,
// output streams and styling. Built lazily so `validate` never touches state
// and nothing is read twice.
import type { ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import { now } from '../core/clock.js';
import type { Problem } from '../core/errors.js';
import { Progress, type Status } from '../core/progress.js';
import { roadmapCacheDir } from '../store/roadmap-cache.js';
import { loadRoadmap, roadmapFileFrom } from '../store/roadmap-file.js';
import { resolveTopic } from '../core/roadmap/resolve.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { toJson } from '../render/sanitize.js';
import { colorLevel, makeChalk } from '../render/style.js';
import { columns } from '../render/text.js';
import { configDirFrom } from '../store/paths.js';
import { StateStore } from '../store/state-store.js';
import type { RoadmapState, StateDoc } from '../core/state/types.js';

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
  #doc?: StateDoc;
  #progress?: Progress;

  constructor(
    readonly options: GlobalOptions,
    readonly stdout: NodeJS.WriteStream = process.stdout,
  ) {
    this.json = Boolean(options.json);
    this.c = makeChalk(colorLevel(stdout, options.color !== false));
    this.cols = columns(stdout);
    this.now = now();
    this.roadmapFile = roadmapFileFrom(options.roadmap);
  }

  get roadmap(): Roadmap {
    this.#loaded ??= loadRoadmap(this.roadmapFile, roadmapCacheDir(configDirFrom(this.options.configDir)));
    return this.#loaded.roadmap;
  }

  get store(): StateStore {
    return (this.#store ??= new StateStore(configDirFrom(this.options.configDir)));
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
    // Statuses through a Map: looking every leaf id up in the state's topics
    // object instead costs ~15 ms at 100,000 leaves (every id is a dictionary miss).
    const statuses = new Map<string, Status>();
    const topics = this.state?.topics;
    if (topics) for (const id of Object.keys(topics)) statuses.set(id, topics[id]!.status);
    return (this.#progress = new Progress(this.roadmap, (id) => statuses.get(id)));
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
    this.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  printJson(value: unknown): void {
    this.stdout.write(`${toJson(value)}\n`);
  }
}

/**
 * Wraps a command action: builds the Context from the merged global options and
 * passes the command's options (merged with the globals) and its positional arguments.
 */
export function action<O = Record<string, unknown>>(run: (ctx: Context, opts: O & GlobalOptions, args: unknown[]) => void | Promise<void>) {
  return async function (this: Command) {
    const opts = this.optsWithGlobals() as O & GlobalOptions;
    await run(new Context(opts), opts, this.processedArgs);
  };
}

/** "Examples:" block for --help. */
export function examples(...lines: [string, string][]): string {
  const w = Math.max(...lines.map(([cmd]) => cmd.length));
  return `\nExamples:\n${lines.map(([cmd, what]) => `  $ ${cmd.padEnd(w)}  ${what}`).join('\n')}\n`;
}
