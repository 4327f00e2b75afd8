import { memo } from 'react';
import { examplePath } from '#domain/app-paths.js';
import type { SearchHit } from '#domain/api-types.js';
import type { Lang } from '../../../lib/prefs';
import { rememberResults } from '../../../lib/results-memory';
import { ResultCard } from './result-card';

interface Props {
  hits: SearchHit[];
  /** The href of the search that found these hits, and its query string, which each example's link carries. */
  search: string;
  query: string;
  lang: Lang;
}

/**
 * The cards of one answer. Memoised on the answer and the search that found it: while the next answer is awaited, a
 * keystroke re-renders none of them (their links keep the search they came from until it arrives).
 */
export const ResultList = memo(function ResultList({ hits, search, query, lang }: Props) {
  return hits.map((hit) => <ResultCard key={hit.id} hit={hit} href={examplePath(hit.id) + query} onOpen={() => rememberResults(search, hit.id)} lang={lang} />);
});
