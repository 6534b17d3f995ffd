// Where things go on the screen, from the terminal size alone (pure).
// Every frame is at most rows-1 lines: at >= rows lines Ink 6.8 clears the
// screen and the scrollback on every frame (flicker).

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

export interface Layout {
  /** Lines in the whole frame (rows - 1). */
  readonly height: number;
  readonly width: number;
  readonly header: boolean;
  readonly status: boolean;
  readonly keys: boolean;
  /** Lines for the tree / overlay area between header and footer. */
  readonly body: number;
  /** The detail pane sits beside the tree (>= 100 columns); else it is an overlay on Enter. */
  readonly wide: boolean;
  readonly treeWidth: number;
  /** Width of the detail pane (beside the tree) or of an overlay. */
  readonly detailWidth: number;
}

const WIDE_COLUMNS = 100;
export const FALLBACK_SIZE: Size = { columns: 80, rows: 24 };

export function layoutOf(size: Size): Layout {
  const width = Math.max(20, Math.floor(size.columns) || FALLBACK_SIZE.columns);
  const height = Math.max(1, (Math.floor(size.rows) || FALLBACK_SIZE.rows) - 1);
  // Below 40x12 the chrome goes first, so the tree keeps at least a few lines.
  const status = height >= 3;
  const keys = height >= 5;
  const header = height >= 4;
  const body = Math.max(1, height - Number(status) - Number(keys) - Number(header));
  const wide = width >= WIDE_COLUMNS;
  const treeWidth = wide ? Math.max(44, Math.floor(width * 0.46)) : width;
  const detailWidth = wide ? width - treeWidth - 1 : width;
  return { height, width, header, status, keys, body, wide, treeWidth, detailWidth };
}
