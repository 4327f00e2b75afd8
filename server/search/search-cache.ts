import { LRUCache } from 'lru-cache';
import type { SearchQuery } from '#domain/query.js';
import { JsonAnswer } from './json-answer.js';

/**
 * Identical searches share one engine call and, for a few seconds, one answer. In a webinar, 200 participants type
 * the same word within seconds of each other: without this, every keystroke of every participant is a search of its
 * own for an engine that answers a few hundred a second on a small machine. Answers are kept serialised, so a hit
 * costs neither the engine nor any JSON work. The price: after an import, answers may be up to `ttlMs` old.
 */
export interface SearchCache {
  /** The answer to `query`: kept, being computed for another request (`shared`), or computed now by `compute`. */
  answer(query: SearchQuery, compute: () => Promise<string>): Promise<{ answer: JsonAnswer; shared: boolean }>;
  /** Drops every kept answer, and keeps none computed before (a new data version went live). */
  clear(): void;
}

export interface SearchCacheOptions {
  /** How long an answer is kept; 0 turns the cache off (every request computes its own answer). */
  ttlMs: number;
  /** Bound on the bytes kept (UTF-8). */
  maxBytes?: number;
}

/** One key per distinct search: values of a repeatable param are OR-ed, so their order does not matter. */
export function searchKey(query: SearchQuery): string {
  return JSON.stringify(Object.entries(query).map(([param, value]) => [param, Array.isArray(value) ? [...value].sort() : value]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

/**
 * Answers in flight live in a Map of their own, apart from the size-bounded LRU of finished answers: an LRU that
 * evicts an answer still being computed fails every request waiting on it (lru-cache aborts the fetch, « evicted »;
 * issue 9 saw 821 of 1,800 such 500s). The Map is bounded by the requests in flight; the LRU by `maxBytes`.
 */
export function createSearchCache({ ttlMs, maxBytes = 16_000_000 }: SearchCacheOptions): SearchCache {
  if (ttlMs <= 0) return { answer: async (_query, compute) => ({ answer: new JsonAnswer(await compute()), shared: false }), clear: () => {} };
  const kept = new LRUCache<string, JsonAnswer>({
    ttl: ttlMs,
    maxSize: maxBytes,
    // The gzipped copy, once made, adds about a quarter (5 KB for a lean answer of 21 KB): within the bound's margin.
    sizeCalculation: (answer) => answer.bytes().length || 1,
  });
  const inFlight = new Map<string, Promise<JsonAnswer>>();
  // Bumped by clear(): an answer whose computation began before a new version went live is not kept.
  let generation = 0;
  return {
    async answer(query, compute) {
      const key = searchKey(query);
      const hit = kept.get(key);
      if (hit !== undefined) return { answer: hit, shared: true };
      const pending = inFlight.get(key);
      if (pending) return { answer: await pending, shared: true };
      // A failed computation (engine down, timeout) is not kept: its waiters see the failure, the next request tries again.
      const started = generation;
      const own = compute().then((body) => new JsonAnswer(body)).finally(() => inFlight.get(key) === own && inFlight.delete(key));
      inFlight.set(key, own);
      const answer = await own;
      // An answer larger than the whole bound is simply not kept (lru-cache refuses it).
      if (started === generation) kept.set(key, answer);
      return { answer, shared: false };
    },
    clear() {
      generation++;
      kept.clear();
      inFlight.clear();
    },
  };
}
