// What a run of mlroad may touch, handed in by bin/mlroad.js (the real process)
// or by a test (strings, a fixed clock, a fake terminal). Nothing under src/
// reads process.*, os.homedir() or Date.now() itself: it gets them from here.
// Types only: the core stays pure.

/** An output stream: process.stdout, or a test's collector. */
export interface Output {
  write(text: string): unknown;
  /** True on a terminal: colours, the browser, interactive prompts. */
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
  on?(event: 'resize', listener: () => void): unknown;
  off?(event: 'resize', listener: () => void): unknown;
}

/** The input stream: process.stdin, or a test's readable. */
type Input = NodeJS.ReadableStream & {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
};

export type Env = Readonly<Record<string, string | undefined>>;

export type ExitSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** The process itself: who we are, and the signals that reach us. */
export interface System {
  readonly pid: number;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
  readonly hostname: string;
  /** The user id (POSIX), when there is one: the cache trusts only this user's files. */
  readonly uid?: number;
  /** process.kill: signal 0 asks whether a process exists. */
  kill(pid: number, signal: NodeJS.Signals | 0): void;
  /** Subscribes to a signal or to the process's exit; returns the unsubscribe. */
  on(event: ExitSignal | 'exit', listener: () => void): () => void;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdin: Input;
  readonly env: Env;
  /** Relative paths in arguments are relative to this. */
  readonly cwd: string;
  /** Milliseconds since the epoch: the real clock (MLROAD_NOW fixes "now" for commands, not for lock waits). */
  clock(): number;
  readonly system: System;
}

/** On a terminal at both ends: the browser and interactive prompts need both. */
export const isInteractive = (io: Pick<Io, 'stdin' | 'stdout'>): boolean => Boolean(io.stdin.isTTY && io.stdout.isTTY);
