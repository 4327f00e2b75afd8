// One fetch wrapper for the whole app: JSON in, typed error out (the API's { error: { code, message } }). The page never
// shows an error's message: what it says is written by the page, in its language (service-banner.tsx).
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }

  /** True when the service (or the engine behind it) is down, as opposed to a bad request. */
  get isUnavailable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }

  /** True when trying again shortly should work: the service is down, or the per-address budget is spent (429). */
  get isTransient(): boolean {
    return this.isUnavailable || this.status === 429;
  }
}

/** GETs /api/<path>?<params> and returns the parsed JSON, or throws ApiError. */
export async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const qs = params?.toString();
  let res: Response;
  try {
    res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'no answer from the service', { cause });
  }
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'http_error', body?.error?.message ?? res.statusText);
  return body as T;
}

/** The URL of an API download (export, stats CSV) for the same params. */
export const apiUrl = (path: string, params: URLSearchParams): string => {
  const qs = params.toString();
  return `/api/${path}${qs ? `?${qs}` : ''}`;
};

/** React Query refetchInterval: poll every 3 s while the service is down or busy, so screens recover without a reload. */
export const pollWhileDown = (query: { state: { error: unknown } }): number | false =>
  query.state.error instanceof ApiError && query.state.error.isTransient ? 3_000 : false;
