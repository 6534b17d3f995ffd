// mlroad stats: streaks, weekly counts, a 26-week heatmap, hours studied and
// a pace-based forecast. The numbers come from src/stats (pure); this module
// only draws them.
import type { ChalkInstance } from 'chalk';
import { Command } from 'commander';
import { clean } from '../../render/sanitize.js';
import { padEnd, padStart, truncate, width } from '../../render/text.js';
import { UNICODE, type Glyphs } from '../../render/glyphs.js';
import { addDays, dayKey, fromDayKey } from '../../core/stats/days.js';
import { doneByDay, doneEvents } from '../../core/stats/events.js';
import { forecast, hoursStudied, type Forecast } from '../../core/stats/forecast.js';
import { heatmap, level, perWeek, type Heatmap } from '../../core/stats/heatmap.js';
import { streaks } from '../../core/stats/streak.js';
import { action, examples, type Context } from '../context.js';
import { burndown } from '../../core/stats/plan.js';
import { drawBurndown } from '../../render/burndown.js';
import { parseDate, planJson, planOf, verdictText } from './plan.js';
import { plural } from '../../core/words.js';

const HEATMAP_WEEKS = 26;
const WEEKS_LISTED = 8;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function computeStats(ctx: Context) {
  const { roadmap, progress, now } = ctx;
  const events = doneEvents(ctx.state, now);
  const perDay = doneByDay(events);
  const grid = heatmap(perDay, now, HEATMAP_WEEKS);
  return {
    events,
    streak: streaks(perDay.keys(), now),
    grid,
    weeks: perWeek(events, grid.weeks),
    studied: hoursStudied(roadmap, progress, ctx.state),
    forecast: forecast(roadmap, progress, events, now),
  };
}

/** Weeks of history in the burndown. */
const BURNDOWN_WEEKS = 12;

interface StatsOptions {
  /** --by: a plan date instead of plan.by. */
  by?: string;
}

function runStats(ctx: Context, opts: StatsOptions = {}): void {
  const s = computeStats(ctx);
  const target = planOf(ctx, opts.by);
  const points = target ? burndown(ctx.roadmap, ctx.state, ctx.now, BURNDOWN_WEEKS) : [];
  const { progress, roadmap } = ctx;
  const counts = progress.counts();
  if (ctx.json) {
    const f = s.forecast;
    ctx.printJson({
      roadmap: { id: roadmap.id, title: roadmap.title },
      today: dayKey(ctx.now),
      done: counts.done,
      total: counts.total,
      percent: counts.percent,
      hours_studied: s.studied.hours,
      done_without_estimate: s.studied.unestimated,
      done_in_bulk: s.studied.bulk,
      streak: {
        current: s.streak.current,
        today: s.streak.today,
        longest: s.streak.longest,
        longest_start: s.streak.longestStart,
        longest_end: s.streak.longestEnd,
      },
      weeks: s.weeks,
      heatmap: {
        start: s.grid.start,
        end: s.grid.end,
        days: s.grid.weeks
          .flatMap((monday, w) => s.grid.cells.map((row, d) => ({ date: dayKey(addDays(fromDayKey(monday), d)), done: row[w] })))
          .filter((d) => d.done !== null),
      },
      pace: { weeks: f.pace.weeks, done: f.pace.topics, hours: f.pace.hours, topics_per_week: f.pace.topicsPerWeek, hours_per_week: f.pace.hoursPerWeek },
      forecast: {
        topics_left: f.topicsLeft,
        hours_left: f.hoursLeft,
        finish: f.finish,
        days_left: f.daysLeft,
        sections: f.sections.map((x) => ({
          id: x.topic.id,
          number: x.topic.number,
          title: x.topic.title,
          topics_left: x.topicsLeft,
          hours_left: x.hoursLeft,
          finish: x.finish,
        })),
      },
      plan: target ? planJson(target) : null,
      burndown: points.map((p) => ({ date: p.date, hours_left: p.hoursLeft })),
    });
    return;
  }
  const { c } = ctx;
  const g = ctx.glyphs;
  const sep = ` ${g.sep} `;
  const lines = [`${c.bold(`Study stats${sep}${clean(roadmap.title)}`)}  ${c.dim(dayKey(ctx.now))}`, ''];
  const st = s.streak;
  const longest = st.longest
    ? `longest ${plural(st.longest, 'day')}${st.longestStart ? c.dim(` (${st.longestStart === st.longestEnd ? st.longestStart : `${st.longestStart} ${g.arrow} ${st.longestEnd}`})`) : ''}`
    : 'no streak yet';
  const current = st.current ? `${c.green.bold(plural(st.current, 'day'))}${st.today ? '' : c.dim(' (do a topic today to keep it)')}` : c.dim('0 days');
  lines.push(`  Streak   ${current}${sep}${longest}`);
  const apart = [
    ...(s.studied.unestimated ? [`+${plural(s.studied.unestimated, 'topic')} without an estimate`] : []),
    ...(s.studied.bulk ? [`+${s.studied.bulk} marked done in bulk, not counted`] : []),
  ];
  const studied = `~${s.studied.hours}h studied${apart.length ? c.dim(` (${apart.join('; ')})`) : ''}`;
  lines.push(`  Done     ${counts.done}/${counts.total} topics (${Math.floor(counts.percent)}%)${sep}${studied}`);
  const p = s.forecast.pace;
  lines.push(
    `  Pace     ${p.topicsPerWeek} topics/week${p.hoursPerWeek !== null ? `${sep}~${p.hoursPerWeek}h/week` : ''} ${c.dim(`over the last ${p.weeks} weeks (${plural(p.topics, 'topic')})`)}`,
  );
  // As many weeks of the heatmap as the terminal has room for (two columns a week).
  const shownWeeks = Math.max(4, Math.min(HEATMAP_WEEKS, Math.floor((ctx.cols - 7) / 2)));
  const grid = ctx.tty ? trimHeatmap(s.grid, shownWeeks) : s.grid;
  // Word-wrapped to the terminal: "  Label    value" lines continue under the value, the rest two columns in.
  ctx.printText(lines.join('\n'), 9);
  lines.length = 0;
  lines.push('', c.bold(`Topics done per day, last ${grid.weeks.length} weeks`), ...drawHeatmap(c, grid, g));
  lines.push('', `${c.bold(`Topics done per week, last ${WEEKS_LISTED} weeks`)} ${c.dim('(all 26: mlroad stats --json)')}`);
  lines.push(...drawWeeks(c, s.weeks.slice(-WEEKS_LISTED), g, ctx.cols));
  lines.push('', ...drawForecast(c, s.forecast, clean(roadmap.title), ctx.tty ? ctx.cols : Infinity, g));
  if (target && target.verdict !== 'finished') {
    const needed = target.needed ? `needs ~${target.needed.hoursPerWeek}h/week, you do ~${target.paceHoursPerWeek}h/week` : '';
    lines.push('', `${c.bold(`Plan: finish by ${target.by}`)}${sep}${verdictText(ctx, target)}${needed ? c.dim(` (${needed}; details: mlroad plan)`) : ''}`);
    lines.push(
      c.bold('Hours left'),
      ...drawBurndown(
        { points, hoursNow: target.hoursLeft, today: ctx.now, by: target.by, paceHoursPerWeek: target.paceHoursPerWeek },
        c,
        g,
        ctx.tty ? ctx.cols : 80,
      ),
    );
  } else if (!target) lines.push('', c.dim('Set a date to finish by for a plan and a burndown here: mlroad config set plan.by 2027-06-01'));
  ctx.printText(lines.join('\n'), 2);
}

/** The last `weeks` columns of a heatmap. */
function trimHeatmap(grid: Heatmap, weeks: number): Heatmap {
  const from = Math.max(0, grid.weeks.length - weeks);
  return { ...grid, start: grid.weeks[from]!, weeks: grid.weeks.slice(from), cells: grid.cells.map((row) => row.slice(from)) };
}

/** Weekday rows, week columns (oldest left), month names above; shades readable without colour. */
function drawHeatmap(c: ChalkInstance, grid: Heatmap, g: Glyphs = UNICODE): string[] {
  const paint = [c.dim, c.green, c.green, c.greenBright, c.greenBright.bold];
  const label = '       ';
  // Month names where a month's first Monday column starts, when there is room.
  let months = '';
  grid.weeks.forEach((monday, w) => {
    const d = fromDayKey(monday);
    const startsMonth = w === 0 || d.getDate() <= 7;
    const col = w * 2;
    if (startsMonth && col >= months.length + (months ? 1 : 0)) months = padEnd(months, col) + MONTHS[d.getMonth()];
  });
  const rows = [c.dim(label + months)];
  grid.cells.forEach((row, d) => {
    const cells = row.map((n) => (n === null ? ' ' : paint[level(n)]!(g.heat[level(n)]!))).join(' ');
    rows.push(`  ${c.dim(padEnd(WEEKDAYS[d]!, 4))} ${cells}`.trimEnd());
  });
  const key = ['0', '1', '2', '3-4', '5+'].map((n, i) => `${g.heat[i]} ${n}`).join('  ');
  rows.push(`${label}${c.dim('less')} ${g.heat.map((x, i) => paint[i]!(x)).join(' ')} ${c.dim('more')}  ${c.dim(`(${key})`)}`);
  return rows;
}

function drawWeeks(c: ChalkInstance, weeks: { start: string; done: number }[], g: Glyphs, cols: number): string[] {
  if (weeks.every((w) => w.done === 0)) return [c.dim(`  none in the last ${weeks.length} weeks`)];
  const max = Math.max(1, ...weeks.map((w) => w.done));
  // "  2026-03-02  ■■■■■   12": the bar takes what the date and the count leave, up to 24.
  const cells = Math.max(4, Math.min(24, cols - 18));
  return weeks.map((w) => {
    const n = Math.round((w.done / max) * cells);
    return `  ${c.dim(`${w.start}`)}  ${c.green(g.block.repeat(n))}${' '.repeat(cells - n)} ${padStart(String(w.done), 3)}`;
  });
}

function drawForecast(c: ChalkInstance, f: Forecast, title: string, cols: number, g: Glyphs): string[] {
  if (f.topicsLeft === 0) return [c.green(`${g.ok} Nothing left: ${title} is finished.`)];
  if (!f.finish) {
    return [c.bold('Forecast'), c.dim(`  No topic done in the last ${f.pace.weeks} weeks, so no pace to forecast from. Mark topics done as you finish them.`)];
  }
  const lines = [`At your pace of the last ${f.pace.weeks} weeks you finish ${c.bold(title)} around ${c.bold(f.finish)} ${c.dim(`(in ${f.daysLeft} days)`)}.`];
  lines.push(c.dim('Studying in outline order (as mlroad next suggests), each section is done around:'));
  // A terminal cuts long titles to keep the dates in one column; a pipe gets them whole.
  const longest = Math.max(...f.sections.map((x) => width(clean(x.topic.title))));
  const titleW = Number.isFinite(cols) ? Math.max(12, Math.min(32, longest, cols - 40)) : longest;
  for (const x of f.sections) {
    const name = padEnd(truncate(clean(x.topic.title), titleW, g.ellipsis), titleW);
    const left = x.topicsLeft ? `${padStart(String(x.topicsLeft), 3)} left${x.hoursLeft !== null ? padStart(`~${Math.round(x.hoursLeft)}h`, 7) : ''}` : '';
    lines.push(`  ${padEnd(x.topic.number, 3)} ${name}  ${x.finish ? `${x.finish}  ${c.dim(left)}` : c.green('done')}`);
  }
  return lines;
}

export const statsCommand = () =>
  new Command('stats')
    .description('your streaks, topics per week, a 26-week heatmap, hours studied and when you will finish at your pace')
    .addHelpText(
      'after',
      examples(
        ['mlroad stats', 'streaks, heatmap and forecast'],
        ['mlroad stats --json | jq .streak.current', 'your current streak, for a prompt'],
        ['mlroad stats --json | jq -r .forecast.finish', 'the forecast finish date'],
        ['mlroad stats --by 2027-06-01', 'with a plan to that date: on track or behind, and a burndown'],
      ) + '\nA day counts for a streak when you marked at least one topic done that day (local time).\n',
    )
    .option('--by <DATE>', 'a date to finish by, for the plan and the burndown (default: the plan.by setting)', parseDate)
    .action(action<StatsOptions>((ctx, opts) => runStats(ctx, opts)));
