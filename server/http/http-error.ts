import type { ErrorBody, ErrorCode } from '#domain/api-types.js';

// The one error class routes throw; the central handler turns it into `{ error: { code, message, details? } }`.
export type { ErrorBody, ErrorCode };

export interface HttpErrorOptions extends ErrorOptions {
  /** Sent as `Retry-After` (429, 503): when trying again makes sense. */
  retryAfterSeconds?: number;
  /** Other response headers that go with the refusal (WWW-Authenticate). */
  headers?: Record<string, string>;
}

export class HttpError extends Error {
  override name = 'HttpError';
  readonly retryAfterSeconds?: number;
  readonly headers: Record<string, string>;
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: HttpErrorOptions,
  ) {
    super(message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds;
    this.headers = options?.headers ?? {};
  }
}

export function errorBody(error: HttpError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
}
