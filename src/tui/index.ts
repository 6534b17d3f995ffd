// Entry of the browser, loaded lazily by `mlroad browse` (and `mlroad` on a
// terminal): Ink and React cost ~450 ms to import, so nothing on the CLI's
// start-up path may import this module statically.
import type { ChalkInstance } from 'chalk';
import type { Io } from '../core/io.js';
import type { Roadmap } from '../core/roadmap/types.js';
import type { StateDoc } from '../core/state/types.js';
import type { StateStore } from '../store/state-store.js';
import type { Glyphs } from '../render/glyphs.js';
import { hyperlinksOn } from '../render/hyperlink.js';
import { timeZoneOf } from '../render/time.js';
import type { LearningSettings } from './model.js';
import { CLEAR_SCREEN, enterAlternateScreen } from './screen.js';
import { practiser } from './practise.js';

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** What the browser is opened with: loaded and checked before the screen is switched. */
export interface TuiStart {
  io: Io;
  roadmap: Roadmap;
  doc: StateDoc;
  store: StateStore;
  chalk: ChalkInstance;
  /** Unicode, or ASCII for a locale that is not UTF-8 (`display.ascii`). */
  glyphs: Glyphs;
  /** "Now" for every change and review (MLROAD_NOW aware). */
  clock: () => Date;
  /** The review settings (mlroad config). */
  learning?: LearningSettings;
}

/** Runs the browser until the user quits; returns the exit code (128 + signal when one ended it). */
export async function runTui({ io, roadmap, doc, store, chalk, glyphs, clock, learning }: TuiStart): Promise<number> {
  const [{ render }, { createElement }, { App }, { Persister }, { terminalEditor }, { systemOpener }] = await Promise.all([
    import('ink'),
    import('react'),
    import('./app.js'),
    import('./persist.js'),
    import('./note.js'),
    import('./open-url.js'),
  ]);
  const stdout = io.stdout as NodeJS.WriteStream;
  const persister = new Persister(store, roadmap);
  const links = await hyperlinksOn(io.stdout, io.env, chalk.level > 0);
  const screen = enterAlternateScreen(stdout);
  const offExit = io.system.on('exit', () => screen.leave());
  let exitCode = 0;
  let instance: ReturnType<typeof render> | undefined;
  const offSignals = (Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]).map((signal) =>
    io.system.on(signal, () => {
      exitCode = SIGNALS[signal];
      // Unmounting resolves waitUntilExit below, which waits for writes and restores the screen.
      if (instance) instance.unmount();
      else screen.leave();
    }),
  );
  // Before Ink's own resize listener (see CLEAR_SCREEN).
  const onResize = () => stdout.write(CLEAR_SCREEN);
  stdout.prependListener?.('resize', onResize);
  // `e` (a note): the editor gets the normal screen and a terminal in cooked
  // mode; Ink's raw mode is restored after it (the app then redraws in full).
  const stdin = io.stdin;
  const runEditor = terminalEditor(
    {
      suspend() {
        stdin.setRawMode?.(false);
        screen.leave();
      },
      resume() {
        screen.enter();
        stdin.setRawMode?.(true);
      },
    },
    io.env,
    io.system.platform,
  );
  try {
    instance = render(
      createElement(App, {
        roadmap,
        store,
        doc,
        chalk,
        glyphs,
        links,
        timeZone: timeZoneOf(io.env),
        persister,
        runEditor,
        clock,
        openUrl: systemOpener(io.env, io.system.platform),
        practise: practiser(roadmap, store.dir, io),
        ...(learning ? { learning } : {}),
      }),
      {
        stdout,
        stdin: stdin as NodeJS.ReadStream,
        stderr: io.stderr as NodeJS.WriteStream,
        // Ctrl-C is handled by the app (a key in raw mode), so that it quits like q.
        exitOnCtrlC: false,
        // Not incrementalRendering: in Ink 6.8.0 it moves the cursor up one line
        // too few when the frame ends with a newline (any frame shorter than the
        // terminal), so every redraw lands one row lower and stale rows remain
        // (seen in tmux at 80x24). A full redraw of <= rows-1 lines is correct.
        incrementalRendering: false,
        patchConsole: false,
      },
    );
    await instance.waitUntilExit();
    await persister.idle();
  } finally {
    for (const off of offSignals) off();
    stdout.off?.('resize', onResize);
    instance?.cleanup();
    screen.leave();
    offExit();
  }
  return exitCode;
}
