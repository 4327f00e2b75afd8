import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { EngineClient } from '../engine-client/engine-client.js';
import { TaskPendingError } from '../engine-client/wait-task.js';
import { sseEvent, type EventStream } from './event-stream.js';
import { createJoinGuard } from './join-guard.js';
import { createKnownSessions } from './known-sessions.js';
import { createLiveHub } from './live-hub.js';
import { sessionGone, tooManyMisses, tooManyStreams, wrongToken } from './live-errors.js';
import { newLiveCode, newPresenterToken, hashToken, tokenMatches } from './live-secrets.js';
import { createLiveStore, type SessionDoc } from './live-store.js';
import { createPresence } from './presence.js';
import { createStateWriter } from './state-writer.js';

// Webinar live mode (issue 15): a presenter's screen state fanned out to followers, in memory here, through the engine elsewhere.

export interface LiveOptions {
  /** A client with the master (or an admin) key: it writes `${index}-live`, never searches; close() closes it. */
  engine: EngineClient;
  index: string;
  /** A session no presenter touched for this long is over. */
  idleMs?: number;
  /** Concurrent event streams per client address: a 250-person webinar may sit behind one office address. */
  streamsPerIp?: number;
  /** Unknown or ended codes an address may ask for per minute. */
  missesPerMinute?: number;
  /** How often this process reads the sessions it has followers for (changes made on other processes). */
  pollMs?: number;
  presenceTickMs?: number;
  presenceRefreshMs?: number;
  /** SSE comment lines, so proxies keep idle streams open. */
  pingMs?: number;
  /** The reconnection delay browsers are told. */
  retryMs?: number;
  logger?: Logger;
  now?: () => number;
}

export interface LiveService {
  create(): Promise<{ code: string; presenterToken: string }>;
  setState(code: string, token: string, path: string, show?: boolean): Promise<void>;
  end(code: string, token: string): Promise<void>;
  participants(code: string, ip: string): Promise<number>;
  /** Validates, then opens `stream` with the current state and keeps it until it closes or the session ends. */
  follow(code: string, stream: EventStream): Promise<void>;
  /** Closes every stream without ending sessions (shutdown): browsers reconnect, to another process or after the restart. */
  dropStreams(): void;
  close(): void;
}

const CREATE_WAIT_MS = 10_000;
const END_WAIT_MS = 5_000;
// Ended and expired sessions are kept a day, so a late participant is told « terminée » rather than « inconnue ».
const KEEP_ENDED_MS = 24 * 3_600_000;
// Copies of the state for other processes: promptly when some of them have followers, sparingly otherwise.
const GAP_SHARED_MS = 250;
const GAP_ALONE_MS = 2_000;
const END_EVENT = sseEvent('end', {});

const stateEvent = (s: SessionDoc): string => sseEvent('state', { path: s.path, seq: s.seq, ...(s.shown ? { show: true } : {}) }, s.seq);

export function createLiveService(options: LiveOptions): LiveService {
  const now = options.now ?? Date.now;
  const idleMs = options.idleMs ?? 3 * 3_600_000;
  const retryMs = options.retryMs ?? 2_000;
  const streamsPerIp = options.streamsPerIp ?? 1_000;
  const warn = (what: string) => (error: unknown) => options.logger?.warn({ err: error }, `direct : ${what}`);
  const processId = randomBytes(6).toString('hex');
  const store = createLiveStore(options.engine, options.index);
  const hub = createLiveHub();
  const guard = createJoinGuard(options.missesPerMinute ?? 60, now);
  const presenceTickMs = options.presenceTickMs ?? 2_000;
  const presence = createPresence(store, hub, { processId, tickMs: presenceTickMs, refreshMs: options.presenceRefreshMs ?? 10_000, now, onError: warn('lecture des participants') });
  const writer = createStateWriter(store, (code) => (presence.elsewhere(code) > 0 ? GAP_SHARED_MS : GAP_ALONE_MS), now, warn('écriture de l’état'));
  const known = createKnownSessions(store, idleMs, now);

  /** The open session a presenter token controls; 404 when gone, 401 when the token is not its own. */
  async function controlled(code: string, token: string): Promise<SessionDoc> {
    const session = await known.load(code);
    if (!session || !known.isOpen(session)) throw sessionGone(code, session);
    if (!tokenMatches(token, session.tokenHash)) throw wrongToken();
    return session;
  }

  /** The open session a participant asks for; a miss counts against the address's guessing budget. */
  async function joinable(code: string, ip: string): Promise<SessionDoc> {
    if (guard.blocked(ip)) throw tooManyMisses();
    const session = await known.load(code);
    if (session && known.isOpen(session)) return session;
    guard.missed(ip);
    throw sessionGone(code, session);
  }

  /** Brings this process's followers the changes made elsewhere (and the end of sessions that ended or went idle). */
  let polling = false;
  async function poll(): Promise<void> {
    const codes = hub.codes();
    if (polling || codes.length === 0) return;
    polling = true;
    await known
      .refresh(codes, { changed: (session) => hub.broadcast(session.id, stateEvent(session)), over: (code) => hub.endSession(code, END_EVENT) })
      .finally(() => (polling = false));
  }

  const timers = [
    setInterval(() => void poll().catch(warn('lecture des sessions')), options.pollMs ?? 300),
    setInterval(() => {
      known.sweep((code) => hub.count(code) > 0, KEEP_ENDED_MS);
      void presence.tick().catch(warn('écriture des participants'));
    }, presenceTickMs),
    setInterval(() => hub.ping(), options.pingMs ?? 15_000),
  ];
  for (const timer of timers) timer.unref();

  return {
    async create() {
      const t = now();
      let code = newLiveCode();
      // 1 chance in ~10,000 of drawing a code in use when a hundred sessions run: draw again.
      for (let tries = 0; known.get(code) || (await store.read(code)); tries++) {
        if (tries >= 5) throw new Error('no free live code after 5 draws');
        code = newLiveCode();
      }
      const presenterToken = newPresenterToken();
      const session: SessionDoc = { id: code, kind: 'session', tokenHash: hashToken(presenterToken), path: '/', seq: 0, shown: false, createdAt: t, activeAt: t, endedAt: null };
      known.set(session);
      try {
        await store.create(session, CREATE_WAIT_MS);
      } catch (error) {
        // Queued behind an import: this process can already serve it; the others will once the engine gets to it.
        if (!(error instanceof TaskPendingError)) {
          known.forget(code);
          throw error;
        }
        warn('session créée, en attente dans la file du moteur')(error);
      }
      void store.removeBefore(t - idleMs - KEEP_ENDED_MS).catch(warn('nettoyage des sessions'));
      return { code, presenterToken };
    },

    async setState(code, token, path, show = false) {
      const session = await controlled(code, token);
      const t = now();
      // A clock, not a counter: a presenter's next change may reach another process before this one's write lands.
      const next: SessionDoc = { ...session, path, seq: Math.max(t, session.seq + 1), shown: show, activeAt: t };
      known.set(next);
      hub.broadcast(code, stateEvent(next));
      writer.schedule(code, { path: next.path, seq: next.seq, shown: show, activeAt: t });
    },

    async end(code, token) {
      const session = await controlled(code, token);
      known.set({ ...session, endedAt: now() });
      hub.endSession(code, END_EVENT);
      await store.update(code, { endedAt: now() }, END_WAIT_MS).catch((error: unknown) => {
        if (!(error instanceof TaskPendingError)) throw error;
      });
    },

    async participants(code, ip) {
      await joinable(code, ip);
      return presence.total(code);
    },

    async follow(code, stream) {
      if (hub.streamsFrom(stream.ip) >= streamsPerIp) throw tooManyStreams(retryMs);
      const session = await joinable(code, stream.ip);
      if (stream.closed) return;
      stream.open(retryMs);
      // The latest state (a change may have been made here while the engine was being read); a newcomer follows anyway.
      stream.send(stateEvent({ ...(known.get(code) ?? session), shown: false }));
      hub.add(code, stream);
    },

    dropStreams: () => hub.dropAll(),
    close() {
      for (const timer of timers) clearInterval(timer);
      writer.close();
      hub.dropAll();
      options.engine.close();
    },
  };
}
