import type { LiveStore, SessionDoc } from './live-store.js';

/**
 * What this process knows of the sessions it touched, always merged with the engine's copy: the later state (the
 * higher seq), the end if either side saw it. Changes made on this process are here before the engine has them.
 */
export interface KnownSessions {
  get(code: string): SessionDoc | undefined;
  set(session: SessionDoc): void;
  forget(code: string): void;
  /** The session as fresh as can be: the engine's document (other processes' changes) merged with this process's. */
  load(code: string): Promise<SessionDoc | undefined>;
  /** Reads `codes` from the engine in one call; `changed` for each whose state moved on, `over` for each that ended. */
  refresh(codes: string[], on: { changed(s: SessionDoc): void; over(code: string): void }): Promise<void>;
  isOpen(session: SessionDoc): boolean;
  /** Forgets the sessions `inUse` says nobody here follows, over for longer than `keepMs`. */
  sweep(inUse: (code: string) => boolean, keepMs: number): void;
}

function merge(a: SessionDoc | undefined, b: SessionDoc | undefined): SessionDoc | undefined {
  if (!a || !b) return a ?? b;
  const later = a.seq >= b.seq ? a : b;
  return { ...later, activeAt: Math.max(a.activeAt, b.activeAt), endedAt: a.endedAt ?? b.endedAt };
}

export function createKnownSessions(store: LiveStore, idleMs: number, now: () => number): KnownSessions {
  const known = new Map<string, SessionDoc>();
  const isOpen = (s: SessionDoc) => s.endedAt === null && now() - s.activeAt <= idleMs;
  return {
    get: (code) => known.get(code),
    set: (session) => void known.set(session.id, session),
    forget: (code) => void known.delete(code),
    async load(code) {
      const session = merge(await store.read(code), known.get(code));
      if (session) known.set(code, session);
      return session;
    },
    async refresh(codes, on) {
      const docs = await store.readMany(codes);
      for (const code of codes) {
        const before = known.get(code);
        const session = merge(docs.get(code), before);
        if (!session) continue;
        known.set(code, session);
        if (!isOpen(session)) on.over(code);
        else if (session.seq > (before?.seq ?? -1)) on.changed(session);
      }
    },
    isOpen,
    sweep(inUse, keepMs) {
      for (const [code, session] of known) if (!inUse(code) && now() - session.activeAt > idleMs + keepMs) known.delete(code);
    },
  };
}
