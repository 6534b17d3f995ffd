import { relative, resolve } from 'node:path';
import { Command } from 'commander';
import { formatProblem, RoadmapError, type Problem } from '../../core/errors.js';
import { formatHours } from '../../core/roadmap/estimate.js';
import { loadRoadmap } from '../../store/roadmap-file.js';
import { clean } from '../../render/sanitize.js';
import { action, examples } from '../context.js';

/** A path as the user would type it: relative when under the working directory. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !resolve(rel).startsWith('..') ? rel : file;
}

const problemJson = (p: Problem) => ({ line: p.line, col: p.col, message: p.message });

export const validateCommand = () =>
  new Command('validate')
    .description('check a roadmap file and print every problem as FILE:LINE:COL: message (exit 0 valid, 2 invalid)')
    .argument('[FILE]', 'the roadmap file (default: --roadmap, $MLROAD_ROADMAP, or the shipped roadmap)')
    .addHelpText(
      'after',
      examples(
        ['mlroad validate', 'the roadmap in use'],
        ['mlroad validate my-roadmap.yaml', 'a file of your own'],
        ['mlroad validate my-roadmap.yaml --json', 'problems as JSON'],
      ),
    )
    .action(
      action((ctx, _opts, [fileArg]) => {
        const file = fileArg ? resolve(fileArg as string) : ctx.roadmapFile;
        const shown = displayPath(file);
        let problems: Problem[];
        let summary: { topics: number; leaves: number; sections: number; hours: number | null } | null = null;
        try {
          const { roadmap, warnings } = loadRoadmap(file);
          problems = warnings;
          let hours: number | null = null;
          for (const l of roadmap.leaves) if (l.estimateHours !== null) hours = (hours ?? 0) + l.estimateHours;
          summary = { topics: roadmap.all.length, leaves: roadmap.leaves.length, sections: roadmap.topics.length, hours };
        } catch (error) {
          if (!(error instanceof RoadmapError)) throw error;
          problems = [...error.problems];
        }
        const errors = problems.filter((p) => p.severity === 'error');
        const warnings = problems.filter((p) => p.severity === 'warning');
        if (errors.length) process.exitCode = 2;
        if (ctx.json) {
          ctx.printJson({ file, valid: errors.length === 0, errors: errors.map(problemJson), warnings: warnings.map(problemJson), ...(summary ?? {}) });
          return;
        }
        for (const p of problems) process.stderr.write(`${clean(formatProblem(shown, p))}\n`);
        if (summary) {
          const hours = summary.hours === null ? '' : `, ~${formatHours(summary.hours)} of study`;
          ctx.print(
            `${ctx.c.green('✓')} ${shown} is valid: ${plural(summary.topics, "topic")} (${summary.leaves} to study) in ${plural(summary.sections, "section")}${hours}` +
              (warnings.length ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''),
          );
        } else {
          process.stderr.write(`${ctx.c.red('✗')} ${shown}: ${errors.length} problem${errors.length === 1 ? '' : 's'}\n`);
        }
      }),
    );

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
