import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { sessionsIndex } from '../store/admin-indexes.js';
import { docStore, quoted } from '../store/doc-store.js';

// Sessions live in the engine, so a session opened through one app process works on every other, and a logout (the
// document deleted) ends it on all of them. The cookie holds a random token; the index holds only its hash.

export interface Session {
  /** sha256 of the cookie's token. */
  id: string;
  curatorId: string;
  name: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: number;
}

const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function sessions(engine: EngineClient, index: string, lifetimeMs: number) {
  const store = docStore<Session>(engine, sessionsIndex(index), { filterableAttributes: ['expiresAt', 'curatorId'] });
  return {
    /** Its index exists, with its settings. */
    ready: async (): Promise<void> => void (await store.fetch({ limit: 1 })),
    /** Opens a session; returns the cookie's token (never stored as is). */
    async open(curator: { id: string; name: string }): Promise<{ token: string; session: Session }> {
      const token = randomBytes(32).toString('base64url');
      const session: Session = { id: tokenId(token), curatorId: curator.id, name: curator.name, csrfToken: randomBytes(32).toString('base64url'), createdAt: new Date().toISOString(), expiresAt: Date.now() + lifetimeMs };
      await store.put(session);
      // Expired sessions of everyone go now and then (an engine write each time): the index never grows without bound.
      if (Math.random() < 0.1) void store.deleteWhere(`expiresAt < ${Date.now()}`).catch(() => {});
      return { token, session };
    },
    /** The live session of a cookie token, or undefined (unknown, logged out, expired). */
    async read(token: string | undefined): Promise<Session | undefined> {
      if (!token || !TOKEN.test(token)) return undefined;
      const session = await store.get(tokenId(token));
      return session && session.expiresAt > Date.now() ? session : undefined;
    },
    async close(session: Session): Promise<void> {
      await store.delete([session.id]);
    },
    /** Ends every session of a curator (account removed). */
    async closeAllOf(curatorId: string): Promise<void> {
      await store.deleteWhere(`curatorId = ${quoted(curatorId)}`);
    },
  };
}

export type Sessions = ReturnType<typeof sessions>;

/** Compares a request's CSRF token with the session's in constant time. */
export function csrfMatches(session: Session, sent: string | undefined): boolean {
  if (!sent) return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}
