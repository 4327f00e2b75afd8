import { ApiError } from '../../../lib/api-client';

/** A live-session call: JSON in and out, the presenter token as a bearer; an error answer becomes ApiError (with details). */
export async function liveRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: { token?: string; body?: unknown } = {}): Promise<T | undefined> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/live${path}`, { method, headers, body: options.body === undefined ? null : JSON.stringify(options.body) });
  } catch (cause) {
    throw new ApiError(0, 'network', 'Le service ne répond pas.', { cause });
  }
  if (res.status === 204) return undefined;
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: { reason?: string } } } | null;
  if (!res.ok) throw new LiveApiError(res.status, body?.error?.code ?? 'http_error', body?.error?.message ?? res.statusText, body?.error?.details?.reason);
  return body as T;
}

/** An API error that says, for a 404, whether the session ended or never existed. */
export class LiveApiError extends ApiError {
  constructor(status: number, code: string, message: string, readonly reason?: string) {
    super(status, code, message);
  }

  /** The session is over or unknown, or this token is not its presenter's: nothing more to send. */
  get sessionGone(): boolean {
    return this.status === 404 || this.status === 401;
  }
}
