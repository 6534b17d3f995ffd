// plan: a plan to a date. `mlroad plan --by 2027-06-01` (or the plan.by
// setting): what is left, the pace needed against the pace of the last
// weeks, per section in outline order, the verdict (on track / behind by N h)
// and, when behind, what to skip or how far to move the date. The numbers
// are core/stats/plan.ts; `stats` shows the same verdict with a burndown.
import { Command, InvalidArgumentError } from 'commander';
import { UsageError } from '../../core/errors.js';
import { doneEvents } from '../../core/stats/events.js';
import { plan, type Plan } from '../../core/stats/plan.js';
import { plural } from '../../core/words.js';
import { clean } from '../../render/sanitize.js';
import { padEnd, padStart, truncate, width } from '../../render/text.js';
import { isCalendarDate } from '../../store/settings.js';
import { action, examples, type Context } from '../context.js';

interface PlanOptions {
  by?: string;
}

export function parseDate(value: string): string {
  const v = value.trim();
  if (!isCalendarDate(v)) throw new InvalidArgumentError('expected a date such as 2027-06-01.');
  return v;
}

/** The plan for `--by`, else plan.by (flag > MLROAD_PLAN_BY > config.json); null when none is set. */
export function planOf(ctx: Context, by: string | undefined): Plan | null {
  const date = ctx.settings.get('plan.by', by);
  if (!date) return null;
  return plan(ctx.roadmap, ctx.progress, doneEvents(ctx.state, ctx.now), ctx.now, date);
}

export function planJson(p: Plan) {
  return {
    by: p.by,
    today: p.today,
    days_left: p.daysLeft,
    topics_left: p.topicsLeft,
    hours_left: p.hoursLeft,
    needed: p.needed && { topics_per_week: p.needed.topicsPerWeek, hours_per_week: p.needed.hoursPerWeek },
    pace: { weeks: p.pace.weeks, topics_per_week: p.pace.topicsPerWeek, hours_per_week: p.paceHoursPerWeek },
    verdict: p.verdict,
    behind_hours: p.behindHours,
    ahead_hours: p.aheadHours,
    finish_at_pace: p.finishAtPace,
    sections: p.sections.map((s) => ({
      id: s.topic.id,
      number: s.topic.number,
      title: s.topic.title,
      topics_left: s.topicsLeft,
      hours_left: s.hoursLeft,
      plan_by: s.planBy,
      pace_by: s.paceBy,
    })),
    drop: p.drop.map((d) => ({ id: d.topic.id, number: d.topic.number, title: d.topic.title, topics_left: d.topicsLeft, hours_left: d.hoursLeft })),
    drop_enough: p.dropEnough,
  };
}

/** "on track (24h to spare)", "behind by 46h", "the date has passed", "finished". */
export function verdictText(ctx: Context, p: Plan): string {
  const { c } = ctx;
  switch (p.verdict) {
    case 'finished':
      return c.green('finished');
    case 'past':
      return c.red(`the date has passed, with ~${Math.round(p.hoursLeft)}h left`);
    case 'on-track':
      return `${c.green.bold('on track')}${p.aheadHours ? c.dim(` (~${p.aheadHours}h to spare)`) : ''}`;
    case 'behind':
      return c.red.bold(`behind by ${p.behindHours}h`);
  }
}

function weeksText(days: number): string {
  if (days < 14) return plural(days, 'day');
  if (days < 120) return plural(Math.round(days / 7), 'week');
  return plural(Math.round((days / 30.44) * 10) / 10, 'month');
}

function runPlan(ctx: Context, opts: PlanOptions): void {
  const p = planOf(ctx, opts.by);
  if (!p) throw new UsageError('give the date to finish by: mlroad plan --by 2027-06-01 (or keep it: mlroad config set plan.by 2027-06-01)');
  if (ctx.json) {
    ctx.printJson(planJson(p));
    return;
  }
  const { c } = ctx;
  const g = ctx.glyphs;
  const sep = ` ${g.sep} `;
  const title = clean(ctx.roadmap.title);
  const lines = [
    `${c.bold(`Plan: finish ${title} by ${p.by}`)} ${c.dim(p.daysLeft > 0 ? `(${weeksText(p.daysLeft)} from today, ${p.today})` : `(today is ${p.today})`)}`,
    '',
  ];
  if (p.verdict === 'finished') {
    ctx.print([...lines, `${c.green(g.ok)} Nothing left: ${title} is finished.`].join('\n'));
    return;
  }
  const hw = (h: number) => `~${h}h/week`;
  lines.push(`  Left       ${plural(p.topicsLeft, 'topic')}${sep}~${Math.round(p.hoursLeft)}h`);
  if (p.needed) lines.push(`  Needed     ${p.needed.topicsPerWeek} topics/week${sep}${hw(p.needed.hoursPerWeek)}`);
  lines.push(`  Your pace  ${p.pace.topicsPerWeek} topics/week${sep}${hw(p.paceHoursPerWeek)} ${c.dim(`(the last ${p.pace.weeks} weeks)`)}`);
  const finish = p.finishAtPace ? `; at your pace you finish around ${p.finishAtPace}` : '; no topic done lately, so no pace yet';
  lines.push(`  Verdict    ${verdictText(ctx, p)}${p.verdict === 'behind' ? c.dim(`: ~${p.behindHours}h would still be left on ${p.by}${finish}`) : ''}`);
  lines.push('');

  // Sections, in outline order.
  const rows = p.sections.filter((s) => s.topicsLeft > 0);
  const longest = Math.max(12, ...rows.map((s) => width(clean(s.topic.title))));
  const titleW = ctx.tty ? Math.max(12, Math.min(30, longest, ctx.cols - 50)) : longest;
  const numberW = Math.max(3, ...rows.map((s) => s.topic.number.length));
  lines.push(c.dim('By section, studied in outline order (as mlroad next suggests):'));
  lines.push(
    c.dim(`  ${padEnd('', numberW)} ${padEnd('', titleW)}  ${padStart('left', 5)} ${padStart('hours', 6)}  ${padEnd('on plan by', 10)}  at your pace`),
  );
  for (const s of rows) {
    const name = padEnd(truncate(clean(s.topic.title), titleW, g.ellipsis), titleW);
    const late = s.planBy && s.paceBy && s.paceBy > s.planBy;
    const pace = s.paceBy ?? '-';
    lines.push(
      `  ${padEnd(s.topic.number, numberW)} ${name}  ${padStart(String(s.topicsLeft), 5)} ${padStart(`~${Math.round(s.hoursLeft)}h`, 6)}  ${padEnd(s.planBy ?? '-', 10)}  ${late ? c.red(pace) : pace}`,
    );
  }

  if (p.verdict === 'behind' || p.verdict === 'past') {
    lines.push('');
    if (p.drop.length) {
      const total = Math.round(p.drop.reduce((s, d) => s + d.hoursLeft, 0));
      lines.push(
        p.dropEnough
          ? `To make it at your pace, skip ~${p.behindHours}h. Nothing left to study builds on these (the most advanced first):`
          : `Skipping everything nothing else builds on saves ~${total}h of the ${p.behindHours}h:`,
      );
      const dw = Math.max(...p.drop.map((d) => d.topic.number.length));
      const tw = Math.max(...p.drop.map((d) => Math.min(32, width(clean(d.topic.title)))));
      for (const d of p.drop) {
        lines.push(
          `  ${padEnd(d.topic.number, dw)}  ${padEnd(truncate(clean(d.topic.title), 32, g.ellipsis), tw)}  ${padStart(plural(d.topicsLeft, 'topic'), 9)}  ${padStart(`~${Math.round(d.hoursLeft)}h`, 5)}  ${c.dim(`mlroad skip ${d.topic.number}`)}`,
        );
      }
    }
    const more = p.needed ? `study ~${Math.round((p.needed.hoursPerWeek - p.paceHoursPerWeek) * 10) / 10}h/week more` : '';
    const move = p.finishAtPace ? `move the date: mlroad plan --by ${p.finishAtPace}` : '';
    const or = [more, move].filter(Boolean).join(', or ');
    if (or) lines.push(c.dim(`${p.drop.length ? 'Or ' : 'To make it, '}${or}`));
  }
  ctx.printText(lines.join('\n'), 2);
}

export const planCommand = () =>
  new Command('plan')
    .description('a plan to a date: the pace needed against your pace, per section; on track or behind, and what to skip')
    .option('--by <DATE>', 'the date to finish by (default: the plan.by setting)', parseDate)
    .addHelpText(
      'after',
      examples(
        ['mlroad plan --by 2027-06-01', 'can you finish by June 2027?'],
        ['mlroad config set plan.by 2027-06-01', 'keep the date: mlroad plan, and a burndown in mlroad stats'],
        ['mlroad plan --json | jq .verdict', '"on-track", "behind", "past" or "finished"'],
      ) + "\nHours are the roadmap's estimates (a topic without one counts as an average one); your pace is what you finished in the last 4 weeks.\n",
    )
    .action(action<PlanOptions>((ctx, opts) => runPlan(ctx, opts)));
