// Entry of the browser, loaded lazily by `mlroad browse` (and `mlroad` on a
// terminal): Ink and React cost ~450 ms to import, so nothing on the CLI's
// start-up path may import this module statically.
import type { Context } from '../cli/context.js';
import { CLEAR_SCREEN, enterAlternateScreen } from './screen.js';

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export async function runTui(ctx: Context): Promise<void> {
  // React picks its build when first imported: production renders are 15-35 %
  // faster. (Written through a variable: the bundler replaces the literal
  // `process.env.NODE_ENV` with a constant.)
  const env = process.env;
  env.NODE_ENV ??= 'production';
  // Load and read everything that can fail before the screen is switched, so
  // an invalid roadmap or a corrupt state file is reported on the normal screen.
  const roadmap = ctx.roadmap;
  const doc = ctx.doc;
  const [{ render }, { createElement }, { App }, { Persister }, { terminalEditor }] = await Promise.all([
    import('ink'),
    import('react'),
    import('./app.js'),
    import('./persist.js'),
    import('./note.js'),
  ]);

  const persister = new Persister(ctx.store, roadmap);
  const screen = enterAlternateScreen(process.stdout);
  const onExit = () => screen.leave();
  process.on('exit', onExit);
  let instance: ReturnType<typeof render> | undefined;
  const onSignal = (signal: keyof typeof SIGNALS) => {
    process.exitCode = SIGNALS[signal];
    // Unmounting resolves waitUntilExit below, which waits for writes and restores the screen.
    if (instance) instance.unmount();
    else screen.leave();
  };
  // Before Ink's own resize listener (see CLEAR_SCREEN).
  const onResize = () => process.stdout.write(CLEAR_SCREEN);
  process.stdout.prependListener('resize', onResize);
  const handlers = Object.keys(SIGNALS).map((name) => {
    const signal = name as keyof typeof SIGNALS;
    const handler = () => onSignal(signal);
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  // `e` (a note): the editor gets the normal screen and a terminal in cooked
  // mode; Ink's raw mode is restored after it (the app then redraws in full).
  const stdin = process.stdin;
  const runEditor = terminalEditor({
    suspend() {
      stdin.setRawMode?.(false);
      screen.leave();
    },
    resume() {
      screen.enter();
      stdin.setRawMode?.(true);
    },
  });
  try {
    instance = render(createElement(App, { roadmap, store: ctx.store, doc, chalk: ctx.c, persister, runEditor }), {
      // Ctrl-C is handled by the app (a key in raw mode), so that it quits like q.
      exitOnCtrlC: false,
      // Not incrementalRendering: in Ink 6.8.0 it moves the cursor up one line
      // too few when the frame ends with a newline (any frame shorter than the
      // terminal), so every redraw lands one row lower and stale rows remain
      // (seen in tmux at 80x24). A full redraw of <= rows-1 lines is correct.
      incrementalRendering: false,
      patchConsole: false,
    });
    await instance.waitUntilExit();
    await persister.idle();
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    process.stdout.off('resize', onResize);
    instance?.cleanup();
    screen.leave();
    process.off('exit', onExit);
  }
}
