import { SEARCH_PATH } from '#domain/app-paths.js';
import { ExamplePage } from '../../features/example/components/example-page';
import type { Prefs, Translate } from '../../lib/prefs';
import { useSearchState, hrefFor } from '../../lib/use-search-state';

/** An example's page; "back" returns to the search its link came from (carried in the query string). */
export function ExampleRoute({ id, prefs }: { id: string; prefs: Prefs & { t: Translate } }) {
  const [state, , params] = useSearchState();
  return <ExamplePage key={id} id={id} backHref={hrefFor(SEARCH_PATH, state, params)} prefs={prefs} />;
}
