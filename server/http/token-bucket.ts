import { LRUCache } from 'lru-cache';

export interface BucketRule {
  /** Tokens added per second, and the most a bucket holds (the burst). */
  perSecond: number;
  burst: number;
}

export type Taken = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface Buckets {
  /** Takes `cost` tokens from `key`'s bucket, or says when there will be enough. */
  take(key: string, cost?: number): Taken;
  /** Gives tokens back (a request that turned out to cost nothing). */
  give(key: string, cost?: number): void;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by key, in this process's memory. A bucket left alone for as long as it takes to fill up is full:
 * the LRU forgets it then (ttl), so memory holds only the keys seen lately, and at most `maxKeys` of them.
 */
export function createBuckets(rule: BucketRule, maxKeys = 100_000, now: () => number = Date.now): Buckets {
  const fullAfterMs = Math.ceil((1000 * rule.burst) / rule.perSecond);
  const buckets = new LRUCache<string, Bucket>({ max: maxKeys, ttl: fullAfterMs, updateAgeOnGet: false });
  const current = (key: string): Bucket => {
    const t = now();
    const bucket = buckets.get(key);
    if (!bucket) return { tokens: rule.burst, at: t };
    return { tokens: Math.min(rule.burst, bucket.tokens + ((t - bucket.at) / 1000) * rule.perSecond), at: t };
  };
  return {
    take(key, cost = 1) {
      const bucket = current(key);
      if (bucket.tokens < cost) {
        buckets.set(key, bucket);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / rule.perSecond)) };
      }
      bucket.tokens -= cost;
      buckets.set(key, bucket);
      return { ok: true };
    },
    give(key, cost = 1) {
      const bucket = current(key);
      bucket.tokens = Math.min(rule.burst, bucket.tokens + cost);
      buckets.set(key, bucket);
    },
  };
}
