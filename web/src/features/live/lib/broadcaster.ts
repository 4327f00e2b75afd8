import { isLivePath } from '#domain/live-code.js';
import type { PresenterSession } from '../api/create-session';
import { LiveApiError } from '../api/live-request';
import { putState } from '../api/put-state';

export interface Broadcaster {
  /** Shows `path` to the followers: the latest one wins, at most one request in flight. */
  send(path: string): void;
  /** « Montrer à tous »: the current screen to every participant, those exploring alone included. */
  showToAll(): void;
  stop(): void;
}

/** Sends the presenter's screens to the server; `onGone` when the session is over (ended elsewhere, or idle). */
export function createBroadcaster(session: PresenterSession, onGone: () => void): Broadcaster {
  let latest: string | null = null;
  let sent: string | null = null;
  let show = false;
  let busy = false;
  let stopped = false;

  async function pump(): Promise<void> {
    if (busy || stopped || latest === null || latest === sent) return;
    busy = true;
    const path = latest;
    const toAll = show;
    show = false;
    try {
      await putState(session, path, toAll);
      sent = path;
    } catch (error) {
      if (error instanceof LiveApiError && error.sessionGone) {
        stopped = true;
        return onGone();
      }
      // Refused path: skip it. Network or engine trouble: try again in a second, with whatever is latest then.
      if (error instanceof LiveApiError && error.status === 400) sent = path;
      else {
        show ||= toAll;
        await new Promise((r) => setTimeout(r, 1_000));
      }
    } finally {
      busy = false;
    }
    void pump();
  }

  return {
    send(path) {
      // A screen outside the ones a follower can show (a 404 page) is simply not sent.
      if (!isLivePath(path)) return;
      latest = path;
      void pump();
    },
    showToAll() {
      sent = null;
      show = true;
      void pump();
    },
    stop: () => void (stopped = true),
  };
}
