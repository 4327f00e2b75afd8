import { LRUCache } from 'lru-cache';
import type { Meilisearch } from 'meilisearch';
import type { DataChanges } from '#domain/api-types.js';
import type { Filters } from '#domain/query.js';
import type { DatasetInfo } from '../engine/documents.js';
import { metaIndexName } from '../engine/index-settings.js';
import { multiSearch, orEmpty, type EngineResult, type SearchContext } from '../engine-client/multi-search.js';
import { readHistory } from '../publish/history.js';
import { buildFilter, compare } from '../search/filter.js';

export type { DataChanges };

/**
 * When a data version last went live, from the publishing history (master key: the history is not searchable with the
 * search key). Cached a minute per process: a page opened from one shared link asks again at every change of filter.
 */
export function versionDates(admin: Meilisearch | undefined, index: string): (version: string) => Promise<string | null> {
  const cache = new LRUCache<string, { at: string | null }>({ max: 1_000, ttl: 60_000 });
  return async (version) => {
    const kept = cache.get(version);
    if (kept) return kept.at;
    if (!admin) return null;
    const [entry] = await readHistory(admin, index, { dataVersion: version, limit: 1 });
    cache.set(version, { at: entry?.publishedAt ?? null });
    return entry?.publishedAt ?? null;
  };
}

/**
 * What changed in a search's set since the data version `since`: examples first published after it went live, and
 * examples it had whose content changed since (removed ones cannot be told apart per search: they are gone).
 */
export async function dataChanges(ctx: SearchContext, dateOf: (version: string) => Promise<string | null>, filters: Filters, since?: string): Promise<DataChanges> {
  const metaQuery = { indexUid: metaIndexName(ctx.index), q: '', limit: 1 };
  const [meta] = (await orEmpty(multiSearch<DatasetInfo>(ctx.engine, [metaQuery]), [])) as (EngineResult<DatasetInfo> | undefined)[];
  const live = meta?.hits[0];
  const current: DataChanges = { dataVersion: live?.dataVersion ?? null, publishedAt: live?.importedAt ?? null };
  if (!since) return current;
  if (since === current.dataVersion) return { ...current, since: { dataVersion: since, publishedAt: current.publishedAt, added: 0, changed: 0 } };
  const at = await dateOf(since);
  if (!at) return { ...current, since: { dataVersion: since, publishedAt: null, added: null, changed: null } };
  const count = (extra: string[]) => ({ indexUid: ctx.index, q: filters.q ?? '', filter: buildFilter(filters, undefined, extra), page: 1, hitsPerPage: 0 });
  const [added, changed] = await multiSearch(ctx.engine, [count([compare('firstPublished', '>', at)]), count([compare('firstPublished', '<=', at), compare('lastChanged', '>', at)])]);
  return { ...current, since: { dataVersion: since, publishedAt: at, added: added?.totalHits ?? 0, changed: changed?.totalHits ?? 0 } };
}
