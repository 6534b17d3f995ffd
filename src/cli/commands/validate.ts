import { Command } from 'commander';
import { formatProblem, RoadmapError, type Problem } from '../../core/errors.js';
import { formatHours } from '../../core/roadmap/estimate.js';
import { loadRoadmap } from '../../store/roadmap-file.js';
import { clean } from '../../render/sanitize.js';
import { action, examples, type Context } from '../context.js';
import { lostProgress, type LostProgress } from '../../core/roadmap/renames.js';
import { lostProgressLines } from '../lost-progress.js';
import { displayPath } from '../display-path.js';
import { plural } from '../../core/words.js';
import type { Roadmap } from '../../core/roadmap/types.js';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const problemJson = (p: Problem) => ({ line: p.line, col: p.col, message: p.message });

/**
 * A warning for each exercise folder that is missing or incomplete (the rest
 * of the roadmap works without it), at the line of its `exercise:` key. The
 * practice code is imported only when the roadmap names exercises.
 */
async function exerciseWarnings(roadmap: Roadmap, file: string): Promise<Problem[]> {
  const named = roadmap.leaves.filter((t) => t.exercise !== null);
  if (!named.length) return [];
  const { folderProblem } = await import('../../practice/exercise.js');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out: Problem[] = [];
  for (const topic of named) {
    const why = folderProblem(resolve(dirname(file), topic.exercise!));
    if (!why) continue;
    const line = lines.findIndex((l) => new RegExp(`^\\s*exercise:\\s*["']?${topic.exercise!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(#.*)?$`).test(l));
    out.push({
      line: Math.max(1, line + 1),
      col: line >= 0 ? lines[line]!.indexOf('exercise') + 1 : 1,
      message: `the exercise folder "${topic.exercise}" of ${topic.number} ${topic.title} ${why}`,
      severity: 'warning',
    });
  }
  return out;
}

/**
 * Progress the state holds for ids this file no longer has (a renamed title
 * in a custom roadmap): read only, and never a reason to fail validation.
 */
function lostIn(ctx: Context, roadmap: Roadmap): LostProgress[] {
  try {
    return lostProgress(roadmap, ctx.store.read().roadmaps[roadmap.id]);
  } catch {
    return []; // an unreadable state file is `mlroad doctor`'s business, not the roadmap's
  }
}

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
      action(async (ctx, _opts, [fileArg]) => {
        const file = fileArg ? ctx.path(fileArg as string) : ctx.roadmapFile;
        const shown = clean(displayPath(file, ctx.io.cwd));
        let problems: Problem[];
        let summary: { topics: number; leaves: number; sections: number; hours: number | null } | null = null;
        let lost: LostProgress[] = [];
        try {
          const { roadmap, warnings } = loadRoadmap(file, ctx.cache);
          problems = warnings;
          let hours: number | null = null;
          for (const l of roadmap.leaves) if (l.estimateHours !== null) hours = (hours ?? 0) + l.estimateHours;
          summary = { topics: roadmap.all.length, leaves: roadmap.leaves.length, sections: roadmap.topics.length, hours };
          problems = [...problems, ...(await exerciseWarnings(roadmap, file))];
          lost = lostIn(ctx, roadmap);
        } catch (error) {
          if (!(error instanceof RoadmapError)) throw error;
          problems = [...error.problems];
        }
        const errors = problems.filter((p) => p.severity === 'error');
        const warnings = problems.filter((p) => p.severity === 'warning');
        if (errors.length) ctx.exitCode = 2;
        if (ctx.json) {
          ctx.printJson({
            file,
            valid: errors.length === 0,
            errors: errors.map(problemJson),
            warnings: warnings.map(problemJson),
            ...(summary ?? {}),
            lost_progress: lost.map((l) => ({ id: l.id, status: l.status, renamed_to: l.guess?.id ?? null })),
          });
          return;
        }
        // The problems are validate's output (`mlroad validate f.yaml | grep requires`): stdout.
        for (const p of problems) ctx.printText(clean(formatProblem(shown, p)), 2);
        if (summary) {
          const hours = summary.hours === null ? '' : `, ~${formatHours(summary.hours)} of study`;
          ctx.printText(
            `${ctx.c.green(ctx.glyphs.ok)} ${shown} is valid: ${plural(summary.topics, 'topic')} (${summary.leaves} to study) in ${plural(summary.sections, 'section')}${hours}` +
              (warnings.length ? `; ${plural(warnings.length, 'warning')}` : ''),
          );
        } else {
          ctx.printText(`${ctx.c.red(ctx.glyphs.fail)} ${shown}: ${plural(errors.length, 'problem')}`);
        }
        if (lost.length) ctx.printText(ctx.c.yellow(lostProgressLines(lost, shown, 20).join('\n')), 4);
      }),
    );
