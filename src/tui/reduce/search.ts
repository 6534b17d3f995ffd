// Search: typing refines the matches of the previous query.
import { searchTopics } from '../search.js';
import type { TuiState } from '../model.js';

export function searchWith(s: TuiState, query: string): TuiState {
  const previous = s.search;
  // Typing on refines the previous matches (a longer query matches a subset).
  const pool = previous && previous.query && query.startsWith(previous.query) ? previous.matches : undefined;
  return { ...s, search: { query, matches: searchTopics(s.roadmap, query, pool), selected: 0, scroll: 0 } };
}
