import type { PresenterSession } from './create-session';
import { liveRequest } from './live-request';

/** PUT /api/live/:code/state: show `path` to every follower; `show`: to those exploring alone as well. */
export async function putState(session: PresenterSession, path: string, show = false): Promise<void> {
  await liveRequest('PUT', `/${session.code}/state`, { token: session.presenterToken, body: show ? { path, show } : { path } });
}
