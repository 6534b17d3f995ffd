// The alternate screen. Ink 6.8 has no option for it, so it is entered here
// and left on every way out: normal quit, Ctrl-C (a key in raw mode), SIGINT,
// SIGTERM, SIGHUP, an error, and process exit. Leaving twice is harmless. It
// is also left while the learner's editor runs (`e`, a note) and entered again.

/** Enter the alternate screen and start at its top-left corner (1049 keeps the cursor where it was). */
export const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H';
/** Leave the alternate screen and show the cursor again (Ink hides it while running). */
export const LEAVE_ALT_SCREEN = '\x1b[?1049l\x1b[?25h';
/** Hide the cursor again after an editor (Ink hides it once, on its first frame). */
const HIDE_CURSOR = '\x1b[?25l';

/**
 * Home and clear, written on every resize before Ink redraws. Ink moves the
 * cursor up by the previous frame's height to redraw; after a resize the
 * terminal may have moved the frame (tmux anchors it to the bottom when the
 * window grows), so the redraw would start too low and scroll the top off.
 * From the home position moving up is a no-op and the redraw starts at row 0.
 */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J';

export interface Screen {
  /** Idempotent. */
  leave(): void;
  /** Back to the (cleared) alternate screen after leaving it; idempotent. */
  enter(): void;
}

export function enterAlternateScreen(out: { write(text: string): unknown }): Screen {
  out.write(ENTER_ALT_SCREEN);
  let inside = true;
  return {
    leave() {
      if (!inside) return;
      inside = false;
      out.write(LEAVE_ALT_SCREEN);
    },
    enter() {
      if (inside) return;
      inside = true;
      out.write(ENTER_ALT_SCREEN + HIDE_CURSOR);
    },
  };
}
