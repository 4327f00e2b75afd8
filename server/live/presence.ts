import type { LiveHub } from './live-hub.js';
import type { LiveStore } from './live-store.js';

/**
 * Participant counts across processes: each process writes how many followers it holds per session (when that
 * changes, and every `refreshMs` as a heartbeat); a count is the sum of the fresh ones, so a process that died
 * stops counting after `3 × refreshMs`.
 */
export interface Presence {
  /** Writes this process's counts that changed or are due (called every few seconds). */
  tick(): Promise<void>;
  /** Followers of `code` in every process (this one counted live). */
  total(code: string): Promise<number>;
  /** Followers of `code` in other processes, as last read (read again in the background when older than tickMs). */
  elsewhere(code: string): number;
}

export interface PresenceOptions {
  processId: string;
  /** How often tick() runs, and how old a count of the other processes may get before it is read again. */
  tickMs: number;
  refreshMs: number;
  now: () => number;
  onError: (error: unknown) => void;
}

export function createPresence(store: LiveStore, hub: LiveHub, { processId, tickMs, refreshMs, now, onError }: PresenceOptions): Presence {
  const written = new Map<string, { followers: number; at: number }>();
  const others = new Map<string, { followers: number; at: number; reading: boolean }>();
  const freshSince = () => now() - 3 * refreshMs;

  async function readOthers(code: string): Promise<number> {
    const docs = await store.readPresence(code, freshSince());
    return docs.filter((d) => d.process !== processId).reduce((n, d) => n + d.followers, 0);
  }

  return {
    async tick() {
      const t = now();
      const codes = new Set([...hub.codes(), ...written.keys()]);
      const due = [...codes].filter((code) => {
        const last = written.get(code);
        return !last || last.followers !== hub.count(code) || t - last.at >= refreshMs;
      });
      if (due.length === 0) return;
      const docs = due.map((code) => ({ id: `${code}_${processId}`, kind: 'presence' as const, code, process: processId, followers: hub.count(code), activeAt: t }));
      await store.writePresence(docs);
      // A session this process no longer follows is written once with 0, then forgotten.
      for (const doc of docs) doc.followers > 0 ? written.set(doc.code, { followers: doc.followers, at: t }) : written.delete(doc.code);
    },
    async total(code) {
      return hub.count(code) + (await readOthers(code));
    },
    elsewhere(code) {
      const seen = others.get(code) ?? { followers: 0, at: -Infinity, reading: false };
      others.set(code, seen);
      if (!seen.reading && now() - seen.at >= tickMs) {
        seen.reading = true;
        readOthers(code)
          .then((n) => Object.assign(seen, { followers: n, at: now() }))
          .catch(onError)
          .finally(() => (seen.reading = false));
      }
      return seen.followers;
    },
  };
}
