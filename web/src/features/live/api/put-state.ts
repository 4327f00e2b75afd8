import type { PresenterSession } from './create-session';
import { liveRequest } from './live-request';

/** PUT /api/live/:code/state: show `path` to every follower. */
export async function putState(session: PresenterSession, path: string): Promise<void> {
  await liveRequest('PUT', `/${session.code}/state`, { token: session.presenterToken, body: { path } });
}
