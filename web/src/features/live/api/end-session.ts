import type { PresenterSession } from './create-session';
import { liveRequest } from './live-request';

/** DELETE /api/live/:code: followers are told it ended. */
export async function endSession(session: PresenterSession): Promise<void> {
  await liveRequest('DELETE', `/${session.code}`, { token: session.presenterToken });
}
