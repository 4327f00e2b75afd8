import { LRUCache } from 'lru-cache';
import type { SearchQuery } from '#domain/query.js';

/**
 * Identical searches share one engine call and, for a few seconds, one answer. In a webinar, 200 participants type
 * the same word within seconds of each other: without this, every keystroke of every participant is a search of its
 * own for an engine that answers a few hundred a second on a small machine. Answers are kept serialised, so a hit
 * costs neither the engine nor any JSON work. The price: after an import, answers may be up to `ttlMs` old.
 * `lru-cache` brings what a Map would not: in-flight sharing (`fetch`), TTL, and a bound on memory.
 */
export interface SearchCache {
  /** The answer to `query`: kept, being computed for another request (`shared`), or computed now by `compute`. */
  answer(query: SearchQuery, compute: () => Promise<string>): Promise<{ body: string; shared: boolean }>;
  /** Drops every kept answer (a new data version went live). */
  clear(): void;
}

export interface SearchCacheOptions {
  /** How long an answer is kept; 0 turns the cache off (every request computes its own answer). */
  ttlMs: number;
  /** Bound on the characters kept (~2 bytes each). */
  maxChars?: number;
}

/** One key per distinct search: values of a repeatable param are OR-ed, so their order does not matter. */
export function searchKey(query: SearchQuery): string {
  return JSON.stringify(Object.entries(query).map(([param, value]) => [param, Array.isArray(value) ? [...value].sort() : value]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

export function createSearchCache({ ttlMs, maxChars = 16_000_000 }: SearchCacheOptions): SearchCache {
  if (ttlMs <= 0) return { answer: async (_query, compute) => ({ body: await compute(), shared: false }), clear: () => {} };
  const cache = new LRUCache<string, string, () => Promise<string>>({
    ttl: ttlMs,
    maxSize: maxChars,
    sizeCalculation: (answer) => answer.length || 1,
    // A failed computation (engine down, timeout) is not kept: the next request tries again.
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return {
    async answer(query, compute) {
      let computed = false;
      const own = () => ((computed = true), compute());
      const body = await cache.fetch(searchKey(query), { context: own });
      // fetch gives undefined only for an answer too large to keep; compute it for this request alone.
      if (body === undefined) return { body: await compute(), shared: false };
      return { body, shared: !computed };
    },
    clear: () => cache.clear(),
  };
}
