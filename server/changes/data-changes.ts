import { LRUCache } from 'lru-cache';
import type { Meilisearch } from 'meilisearch';
import type { DataChanges } from '#domain/api-types.js';
import type { Filters } from '#domain/query.js';
import type { DatasetInfo } from '../engine/documents.js';
import { metaIndexName } from '../engine/index-settings.js';
import { multiSearch, orEmpty, type EngineResult, type SearchContext } from '../engine-client/multi-search.js';
import { readHistory } from '../publish/history.js';
import { anyOf, buildFilter } from '../search/filter.js';

export type { DataChanges };

/** When a version last went live, and the moments of every publication since (the dates examples can carry). */
export interface SinceVersion {
  at: string;
  later: string[];
}

/**
 * A version's place in the publishing history (read with the master key: the history is not searchable with the search
 * key). Kept a minute per process: a page opened from one shared link asks again at every change of filter.
 */
export function versionsSince(admin: Meilisearch | undefined, index: string): (version: string) => Promise<SinceVersion | null> {
  const cache = new LRUCache<string, { found: SinceVersion | null }>({ max: 1_000, ttl: 60_000 });
  return async (version) => {
    const kept = cache.get(version);
    if (kept) return kept.found;
    if (!admin) return null;
    const history = await readHistory(admin, index, { limit: 1_000 });
    const i = history.findIndex((entry) => entry.dataVersion === version);
    const found = i < 0 ? null : { at: history[i]!.publishedAt, later: history.slice(0, i).map((entry) => entry.publishedAt) };
    cache.set(version, { found });
    return found;
  };
}

/**
 * What changed in a search's set since the data version `since`. Every date an example carries is the moment of a
 * publication, so "added since" is "first published by one of the later publications" — an exact match of the history's
 * dates (the engine's `>` on strings is not an ordering: it matched equal ISO dates, measured). Examples that were removed
 * cannot be told apart per search: they are gone.
 */
export async function dataChanges(ctx: SearchContext, since: (version: string) => Promise<SinceVersion | null>, filters: Filters, version?: string): Promise<DataChanges> {
  const [meta] = (await orEmpty(multiSearch<DatasetInfo>(ctx.engine, [{ indexUid: metaIndexName(ctx.index), q: '', limit: 1 }]), [])) as (EngineResult<DatasetInfo> | undefined)[];
  const live = meta?.hits[0];
  const current: DataChanges = { dataVersion: live?.dataVersion ?? null, publishedAt: live?.importedAt ?? null };
  if (!version) return current;
  if (version === current.dataVersion) return { ...current, since: { dataVersion: version, publishedAt: current.publishedAt, added: 0, changed: 0 } };
  const place = await since(version);
  if (!place) return { ...current, since: { dataVersion: version, publishedAt: null, added: null, changed: null } };
  if (place.later.length === 0) return { ...current, since: { dataVersion: version, publishedAt: place.at, added: 0, changed: 0 } };
  const count = (extra: string[]) => ({ indexUid: ctx.index, q: filters.q ?? '', filter: buildFilter(filters, undefined, extra), page: 1, hitsPerPage: 0 });
  const firstLater = anyOf('firstPublished', place.later);
  const [added, changed] = await multiSearch(ctx.engine, [count([firstLater]), count([`NOT (${firstLater})`, anyOf('lastChanged', place.later)])]);
  return { ...current, since: { dataVersion: version, publishedAt: place.at, added: added?.totalHits ?? 0, changed: changed?.totalHits ?? 0 } };
}
