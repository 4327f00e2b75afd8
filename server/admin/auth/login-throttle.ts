import { createHash } from 'node:crypto';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { loginAttemptsIndex } from '../store/admin-indexes.js';
import { docStore } from '../store/doc-store.js';

// Failed logins counted per account and per address in the engine, so the limit holds across every app process. Two
// processes counting the same failure at the same instant may lose one count (no compare-and-set): the bound stays.

interface Attempts {
  id: string;
  failures: number;
  /** When the first failure of this window happened (ms). */
  since: number;
  lockedUntil: number;
}

export interface ThrottleOptions {
  maxPerAccount: number;
  maxPerIp: number;
  lockMs: number;
}

const key = (kind: 'a' | 'i', value: string): string => `${kind}_${createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 40)}`;

export function loginThrottle(engine: EngineClient, index: string, options: ThrottleOptions) {
  const store = docStore<Attempts>(engine, loginAttemptsIndex(index), { filterableAttributes: ['lockedUntil', 'since'] });
  const ids = (name: string, ip: string) => [key('a', name.trim()), key('i', ip)] as const;
  return {
    /** Its index exists, with its settings. */
    ready: async (): Promise<void> => void (await store.fetch({ limit: 1 })),
    /** Seconds until this account or address may try again, or 0; `counted` when the account has failures on record. */
    async retryAfter(name: string, ip: string): Promise<{ seconds: number; by?: 'account' | 'ip'; counted: boolean }> {
      const [account, address] = await Promise.all(ids(name, ip).map((id) => store.get(id)));
      const now = Date.now();
      for (const [doc, by] of [[account, 'account'], [address, 'ip']] as const) {
        if (doc && doc.lockedUntil > now) return { seconds: Math.ceil((doc.lockedUntil - now) / 1000), by, counted: true };
      }
      return { seconds: 0, counted: !!account };
    },
    async failed(name: string, ip: string): Promise<void> {
      const now = Date.now();
      const [accountId, ipId] = ids(name, ip);
      const docs = await Promise.all(
        [[accountId, options.maxPerAccount], [ipId, options.maxPerIp]].map(async ([id, max]) => {
          const old = await store.get(id as string);
          // A window lasts as long as a lock: failures older than that are forgotten.
          const fresh = !old || now - old.since > options.lockMs;
          const failures = fresh ? 1 : old.failures + 1;
          return { id: id as string, failures, since: fresh ? now : old.since, lockedUntil: failures >= (max as number) ? now + options.lockMs : 0 };
        }),
      );
      await store.put(...docs);
    },
    /** A successful login clears its account's count (not the address's: one office may hold an attacker too). */
    async succeeded(name: string): Promise<void> {
      await store.delete([key('a', name.trim())]);
    },
  };
}

export type LoginThrottle = ReturnType<typeof loginThrottle>;
