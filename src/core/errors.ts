// Typed errors: everything below the CLI throws these; src/cli/main.ts alone turns them
// into messages and exit codes (0 ok, 1 operational, 2 usage), so nothing else calls process.exit.

/** Bad usage or bad input: unknown option, unknown/ambiguous topic. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = 2;
}

/** Something outside the user's command failed: I/O, unreadable state. Exit 1. */
export class OperationalError extends Error {
  override name = 'OperationalError';
  readonly exitCode = 1;
}

export interface Problem {
  line: number;
  col: number;
  message: string;
  severity: 'error' | 'warning';
}

/** A roadmap file that failed validation; carries every problem found. Exit 2. */
export class RoadmapError extends Error {
  override name = 'RoadmapError';
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
  ) {
    super(`${file}: invalid roadmap (${problems.filter((p) => p.severity === 'error').length} problem(s))`);
  }
}

export function formatProblem(file: string, p: Problem): string {
  return `${file}:${p.line}:${p.col}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
