import type { Example } from '../../domain/example.js';
import type { Filters } from '../../domain/query.js';
import type { DatasetInfo } from '../engine/documents.js';
import { fromIndexDocument } from '../engine/documents.js';
import { metaIndexName } from '../engine/index-settings.js';
import { buildFilter } from '../search/filter.js';
import { EXAMPLE_ATTRIBUTES, engineSort, isMissingIndex, multiSearch, type EngineQuery, type EngineResult, type SearchContext } from '../search/multi-search.js';

export interface MatchSet {
  total: number;
  dataVersion: string | null;
  /** Every match, in the order the same search shows them, a page at a time. */
  batches: AsyncGenerator<Example[]>;
}

// Pages of 1,000: few round trips, bounded memory (the engine's maxTotalHits lets paging go past 1,000).
const PAGE_SIZE = 1_000;

/** Opens an export: the first page (with exact total and data version) now, the rest lazily. */
export async function readAllMatches(ctx: SearchContext, filters: Filters, sort: string, pageSize = PAGE_SIZE): Promise<MatchSet> {
  const query = (page: number): EngineQuery => ({
    indexUid: ctx.index,
    q: filters.q ?? '',
    filter: buildFilter(filters),
    sort: engineSort(sort),
    page,
    hitsPerPage: pageSize,
    attributesToRetrieve: EXAMPLE_ATTRIBUTES,
  });
  let first: EngineResult;
  let meta: EngineResult<DatasetInfo> | undefined;
  try {
    [first, meta] = (await multiSearch(ctx.engine, [query(1), { indexUid: metaIndexName(ctx.index), q: '', limit: 1 }])) as [EngineResult, EngineResult<DatasetInfo>];
  } catch (error) {
    if (!isMissingIndex(error)) throw error;
    first = { hits: [], totalHits: 0, totalPages: 0, processingTimeMs: 0 };
  }
  const total = first.totalHits ?? 0;
  const totalPages = first.totalPages ?? 0;
  async function* batches(): AsyncGenerator<Example[]> {
    if (first.hits.length > 0) yield first.hits.map(fromIndexDocument);
    for (let page = 2; page <= totalPages; page++) {
      const [result] = await multiSearch(ctx.engine, [query(page)]);
      if (!result || result.hits.length === 0) return;
      yield result.hits.map(fromIndexDocument);
    }
  }
  return { total, dataVersion: meta?.hits[0]?.dataVersion ?? null, batches: batches() };
}
