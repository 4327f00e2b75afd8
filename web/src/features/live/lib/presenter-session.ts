import { useSyncExternalStore } from 'react';
import type { PresenterSession } from '../api/create-session';
import { PRESENTER_KEY } from '../live-keys';

// The presenter's control of a session lives in this tab only (sessionStorage): the join link never carries it.
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: PresenterSession | null } = { raw: null, session: null };

function read(): PresenterSession | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(PRESENTER_KEY);
  } catch {
    return null;
  }
  if (raw !== cached.raw) cached = { raw, session: raw ? (JSON.parse(raw) as PresenterSession) : null };
  return cached.session;
}

export function savePresenterSession(session: PresenterSession | null): void {
  try {
    if (session) sessionStorage.setItem(PRESENTER_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(PRESENTER_KEY);
  } catch {
    // Storage refused (private mode quota): the session still runs until this page is left.
    cached = { raw: session ? JSON.stringify(session) : null, session };
  }
  listeners.forEach((l) => l());
}

/** The session this tab presents, if any. */
export function usePresenterSession(): PresenterSession | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
  );
}
