import type { DatasetInfo } from '../engine/documents.js';
import { metaIndexName } from '../engine/index-settings.js';
import { multiSearch, orEmpty, type SearchContext } from '../engine-client/multi-search.js';

export interface DatasetState {
  documents: number;
  dataVersion: string | null;
}

/** Live document count and data version in one round trip; an index not created yet counts as empty. */
export async function datasetState(ctx: SearchContext, timeoutMs?: number): Promise<DatasetState> {
  const queries = [
    { indexUid: ctx.index, q: '', page: 1, hitsPerPage: 0 },
    { indexUid: metaIndexName(ctx.index), q: '', limit: 1 },
  ];
  const [examples, meta] = await orEmpty(multiSearch<DatasetInfo>(ctx.engine, queries, timeoutMs), []);
  return { documents: examples?.totalHits ?? 0, dataVersion: meta?.hits[0]?.dataVersion ?? null };
}
