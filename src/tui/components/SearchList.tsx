import type { Progress } from '../../core/progress.js';
import { clean } from '../../render/sanitize.js';
import type { Due } from '../due.js';
import type { Search } from '../model.js';
import { searchRow } from '../view/rows.js';
import { fit, seg, type Theme } from '../view/segments.js';
import { Lines } from './Lines.js';

/** The matches of an incremental search, in outline order, the query's words highlighted. */
export function SearchList({
  search,
  progress,
  due,
  width,
  height,
  theme,
}: {
  search: Search;
  progress: Progress;
  due: Due;
  width: number;
  height: number;
  theme: Theme;
}) {
  if (search.matches.length === 0) {
    const text = search.query
      ? `  No title or id contains "${clean(search.query)}".`
      : '  Type words from a title or an id; Enter jumps to the selected match.';
    return <Lines lines={[fit([seg(text, theme.dim)], width)]} width={width} height={height} ascii={theme.g.ascii} />;
  }
  const lines: string[] = [];
  const end = Math.min(search.matches.length, search.scroll + height);
  for (let i = search.scroll; i < end; i++) {
    lines.push(searchRow(search.matches[i]!, { progress, due, query: search.query, width, theme, cursor: i === search.selected }));
  }
  return <Lines lines={lines} width={width} height={height} ascii={theme.g.ascii} />;
}
