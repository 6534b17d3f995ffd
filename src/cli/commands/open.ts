// mlroad open TOPIC [N]: open a topic's resource N (default 1) in the
// browser; when none can be opened, print the URL. Exit 0 either way.
import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { launch, launcherFor, webUrl, type OpenOutcome } from '../../platform/browser.js';
import { topicJson } from '../../render/json.js';
import { clean } from '../../render/sanitize.js';
import { topicLabel } from '../../render/topic.js';
import { action, examples, type Context } from '../context.js';

async function runOpen(ctx: Context, ref: string, n: string | undefined): Promise<void> {
  const topic = ctx.topic(ref);
  const count = topic.resources.length;
  if (count === 0) {
    const withLinks = topic.children.filter((t) => t.resources.length).slice(0, 3);
    throw new UsageError(
      `${topic.number} ${topic.title} has no resources to open${withLinks.length ? `; its topics have some: ${withLinks.map((t) => t.number).join(', ')}` : ''}`,
    );
  }
  const index = n === undefined ? 1 : Number(n);
  if (!/^\d+$/.test(n ?? '1') || !Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new UsageError(
      `no resource "${n}" on ${topic.number}: it has ${count} (${count === 1 ? 'use 1' : `use 1 to ${count}`}; mlroad show ${topic.number} lists them)`,
    );
  }
  const resource = topic.resources[index - 1]!;
  const href = webUrl(resource.url);
  if (!href) throw new UsageError(`resource ${index} of ${topic.number} is not an http(s) link; it was not opened`);
  const how = launcherFor(href, ctx.io.env, ctx.io.system.platform);
  const outcome: OpenOutcome = 'reason' in how ? { opened: false, reason: how.reason } : await launch(how);
  if (ctx.json) {
    ctx.printJson({
      topic: topicJson(topic, ctx.progress),
      resource: { number: index, title: resource.title, url: href, kind: resource.kind },
      opened: outcome.opened,
      reason: outcome.opened ? null : outcome.reason,
    });
    return;
  }
  const { c } = ctx;
  const what = `${c.bold(`${index}.`)} ${clean(resource.title)} ${c.dim(`(${topicLabel(c, topic)})`)}`;
  if (outcome.opened) ctx.print(`Opened ${what}\n  ${c.underline.blue(clean(href))}`);
  else ctx.print(`${what}\n  ${clean(href)}\n${c.dim(`(not opened in a browser: ${clean(outcome.reason)}; set MLROAD_BROWSER to a command to choose one)`)}`);
}

export const openCommand = () =>
  new Command('open')
    .description("open a topic's resource in your browser (prints the link when no browser can be opened)")
    .argument('<TOPIC>', 'an id, outline number or title words')
    .argument('[N]', 'which resource, as numbered by `mlroad show` (default 1)')
    .addHelpText(
      'after',
      examples(
        ['mlroad open 2.1.2', 'the first resource of Chain Rule of Derivation'],
        ['mlroad open "back propagation" 2', 'the second one'],
        ['MLROAD_BROWSER=firefox mlroad open 8.1', 'with a browser of your choice'],
      ) + '\nOnly http(s) links are opened. Without a display (e.g. over SSH) the link is printed instead.\n',
    )
    .action(action((ctx, _opts, [ref, n]) => runOpen(ctx, ref as string, n as string | undefined)));
