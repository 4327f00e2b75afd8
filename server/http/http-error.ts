// The one error class routes throw; the central handler turns it into `{ error: { code, message, details? } }`.

export type ErrorCode = 'invalid_request' | 'not_found' | 'precondition_failed' | 'range_not_satisfiable' | 'rate_limited' | 'busy' | 'engine_unavailable' | 'internal';

export interface HttpErrorOptions extends ErrorOptions {
  /** Sent as `Retry-After` (429, 503): when trying again makes sense. */
  retryAfterSeconds?: number;
}

export class HttpError extends Error {
  override name = 'HttpError';
  readonly retryAfterSeconds?: number;
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: HttpErrorOptions,
  ) {
    super(message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorBody(error: HttpError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
}
