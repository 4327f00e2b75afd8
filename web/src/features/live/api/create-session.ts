import { liveRequest } from './live-request';

export interface PresenterSession {
  code: string;
  presenterToken: string;
}

/** POST /api/live: a new session and the token that controls it. */
export async function createSession(): Promise<PresenterSession> {
  return (await liveRequest<PresenterSession>('POST', ''))!;
}
