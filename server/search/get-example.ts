import type { Example } from '#domain/example.js';
import { fromIndexDocument } from '../engine/documents.js';
import { equals } from './filter.js';
import { multiSearch, orEmpty, type SearchContext } from '../engine-client/multi-search.js';
import { EXAMPLE_ATTRIBUTES } from './retrieval.js';

/** One example by id, through the search endpoint so the search-only key suffices; undefined when absent. */
export async function getExample(ctx: SearchContext, id: string): Promise<Example | undefined> {
  const [result] = await orEmpty(multiSearch(ctx.engine, [{ indexUid: ctx.index, q: '', filter: equals('id', id), limit: 1, attributesToRetrieve: EXAMPLE_ATTRIBUTES }]), []);
  const hit = result?.hits[0];
  return hit ? fromIndexDocument(hit) : undefined;
}
