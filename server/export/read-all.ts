import type { Example } from '#domain/example.js';
import type { Filters } from '#domain/query.js';
import type { DatasetInfo } from '../engine/documents.js';
import { fromIndexDocument } from '../engine/documents.js';
import { metaIndexName } from '../engine/index-settings.js';
import { buildFilter } from '../search/filter.js';
import { multiSearch, orEmpty, type EngineQuery, type EngineResult, type SearchContext } from '../engine-client/multi-search.js';
import { EXAMPLE_ATTRIBUTES, engineSort } from '../search/retrieval.js';

/** The data set was replaced (an import swapped it in) while an export was being read: the file would mix two versions. */
export class ExportDataChangedError extends Error {
  override name = 'ExportDataChangedError';
}

export interface MatchSet {
  total: number;
  dataVersion: string | null;
  /** When that data version went live. */
  publishedAt: string | null;
  /** Every match, in the order the same search shows them, a page at a time (the next one read while this one is used). */
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
  const metaQuery: EngineQuery = { indexUid: metaIndexName(ctx.index), q: '', limit: 1 };
  const nothing: EngineResult = { hits: [], totalHits: 0, totalPages: 0, processingTimeMs: 0 };
  const [first, meta] = (await orEmpty(multiSearch(ctx.engine, [query(1), metaQuery]), [nothing])) as [EngineResult, EngineResult<DatasetInfo> | undefined];
  const total = first.totalHits ?? 0;
  const totalPages = first.totalPages ?? 0;
  const dataVersion = meta?.hits[0]?.dataVersion ?? null;
  // Each page re-reads the data version in the same round trip: a swap mid-export cuts the file rather than mixing data sets.
  const fetchPage = (page: number) => {
    const pending = multiSearch(ctx.engine, [query(page), metaQuery]) as Promise<[EngineResult, EngineResult<DatasetInfo>]>;
    // Awaited below; until then (or if the export stops first) its failure must not count as unhandled.
    pending.catch(() => {});
    return pending;
  };
  async function* batches(): AsyncGenerator<Example[]> {
    // One page ahead: the engine reads page n + 1 while page n is written (the export's time was the two, one after the other).
    let next = totalPages >= 2 ? fetchPage(2) : undefined;
    if (first.hits.length > 0) yield first.hits.map(fromIndexDocument);
    for (let page = 2; page <= totalPages && next; page++) {
      const [result, pageMeta] = await next;
      next = page < totalPages ? fetchPage(page + 1) : undefined;
      if ((pageMeta.hits[0]?.dataVersion ?? null) !== dataVersion) {
        throw new ExportDataChangedError(`data replaced during the export (${dataVersion} → ${pageMeta.hits[0]?.dataVersion})`);
      }
      if (result.hits.length === 0) return;
      yield result.hits.map(fromIndexDocument);
    }
  }
  return { total, dataVersion, publishedAt: meta?.hits[0]?.importedAt ?? null, batches: batches() };
}
