import type { Example } from '#domain/example.js';
import type { Filters } from '#domain/query.js';
import type { DatasetInfo } from '../engine/documents.js';
import { fromIndexDocument } from '../engine/documents.js';
import { metaIndexName } from '../engine/index-settings.js';
import { multiSearch, orEmpty, type EngineResult, type SearchContext } from '../engine-client/multi-search.js';
import { buildFilter } from '../search/filter.js';
import { EXAMPLE_ATTRIBUTES } from '../search/retrieval.js';

/** At most this many entries in a feed (api.md). */
export const FEED_SIZE = 50;

/** The newest examples of a search (first published, then last changed, then id) and when the live data went live. */
export async function newestExamples(ctx: SearchContext, filters: Filters): Promise<{ examples: Example[]; publishedAt: string | null }> {
  const [found, meta] = (await orEmpty(
    multiSearch(ctx.engine, [
      { indexUid: ctx.index, q: filters.q ?? '', filter: buildFilter(filters), sort: ['firstPublished:desc', 'lastChanged:desc', 'id:asc'], limit: FEED_SIZE, attributesToRetrieve: EXAMPLE_ATTRIBUTES },
      { indexUid: metaIndexName(ctx.index), q: '', limit: 1 },
    ]),
    [],
  )) as [EngineResult | undefined, EngineResult<DatasetInfo> | undefined];
  return { examples: (found?.hits ?? []).map(fromIndexDocument), publishedAt: meta?.hits[0]?.importedAt ?? null };
}
