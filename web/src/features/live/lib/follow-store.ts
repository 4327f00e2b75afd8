import { useSyncExternalStore } from 'react';
import { isLiveCode, type LiveState } from '#domain/live-code.js';
import { FOLLOW_KEY } from '../live-keys';

// A participant's link to a session: one EventSource for the tab, kept while they move between screens (and on reload).

export type FollowStatus = 'connecting' | 'following' | 'detached' | 'ended' | 'unknown';

export interface FollowSnapshot {
  code: string | null;
  status: FollowStatus;
  /** The presenter's latest state, received even while detached (so « Revenir » goes straight to it). */
  state: LiveState | null;
  /** The stream dropped and the browser is reconnecting. */
  reconnecting: boolean;
  /** The seq of the last state « shown to all » that brought this participant back from exploring alone. */
  broughtBack: number | null;
}

const IDLE: FollowSnapshot = { code: null, status: 'connecting', state: null, reconnecting: false, broughtBack: null };
let snapshot = IDLE;
let source: EventSource | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;
let wantsToFollow = true;
const listeners = new Set<() => void>();

function update(next: Partial<FollowSnapshot>): void {
  snapshot = { ...snapshot, ...next };
  listeners.forEach((l) => l());
}

function remember(code: string | null, following: boolean): void {
  try {
    if (code) sessionStorage.setItem(FOLLOW_KEY, JSON.stringify({ code, following }));
    else sessionStorage.removeItem(FOLLOW_KEY);
  } catch {
    // No storage: following still works until the page is reloaded.
  }
}

function close(): void {
  clearTimeout(retry);
  retry = undefined;
  source?.close();
  source = null;
}

/** Over or unknown: nothing more will come; the tab forgets the session. */
function finish(status: 'ended' | 'unknown'): void {
  close();
  remember(null, false);
  update({ status, reconnecting: false });
}

function connect(code: string): void {
  const es = new EventSource(`/api/live/${code}/events`);
  source = es;
  es.addEventListener('state', (e) => {
    const state = JSON.parse((e as MessageEvent<string>).data) as LiveState;
    // « Montrer à tous »: a participant exploring alone is brought back to the presenter's screen.
    const shown = state.show === true && snapshot.status === 'detached';
    if (shown) {
      wantsToFollow = true;
      remember(code, true);
    }
    const status = snapshot.status === 'connecting' ? (wantsToFollow ? 'following' : 'detached') : shown ? 'following' : snapshot.status;
    update({ state: snapshot.state?.seq === state.seq ? snapshot.state : state, status, reconnecting: false, ...(shown ? { broughtBack: state.seq } : {}) });
  });
  es.addEventListener('end', () => finish('ended'));
  es.onerror = () => {
    if (es.readyState !== EventSource.CLOSED) return update({ reconnecting: true });
    // The browser gives up on an HTTP error (404, 429, 503): ask the session's status, then stop or try again.
    source = null;
    void fetch(`/api/live/${code}`, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (res.status !== 404) throw new Error(String(res.status));
        const body = (await res.json().catch(() => null)) as { error?: { details?: { reason?: string } } } | null;
        finish(body?.error?.details?.reason === 'ended' || snapshot.state ? 'ended' : 'unknown');
      })
      .catch(() => {
        update({ reconnecting: true });
        retry = setTimeout(() => {
          retry = undefined;
          connect(code);
        }, 3_000 + Math.random() * 2_000);
      });
  };
}

/** Follows `code` (already in its written form); a malformed one is unknown without asking. */
export function follow(code: string, following = true): void {
  if (snapshot.code === code && (source || retry)) return;
  close();
  wantsToFollow = following;
  snapshot = { ...IDLE, code };
  if (!isLiveCode(code)) return finish('unknown');
  remember(code, following);
  update({});
  connect(code);
}

/** After a reload: the session this tab followed, in the mode it was in. */
export function resumeFollowing(): void {
  if (snapshot.code) return;
  try {
    const saved = JSON.parse(sessionStorage.getItem(FOLLOW_KEY) ?? 'null') as { code: string; following: boolean } | null;
    if (saved) follow(saved.code, saved.following);
  } catch {
    // Nothing usable saved.
  }
}

export function detach(): void {
  if (snapshot.status !== 'following') return;
  wantsToFollow = false;
  remember(snapshot.code, false);
  update({ status: 'detached' });
}

export function rejoin(): void {
  if (snapshot.status !== 'detached') return;
  wantsToFollow = true;
  remember(snapshot.code, true);
  update({ status: 'following' });
}

/** Stops following and forgets the session (closing the « terminée » banner). */
export function leave(): void {
  close();
  remember(null, false);
  update(IDLE);
}

export function useFollow(): FollowSnapshot {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snapshot,
  );
}
