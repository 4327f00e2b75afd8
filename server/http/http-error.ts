import type { ErrorBody, ErrorCode } from '#domain/api-types.js';

// The one error class routes throw; the central handler turns it into `{ error: { code, message, details? } }`.
export type { ErrorBody, ErrorCode };

export class HttpError extends Error {
  override name = 'HttpError';
  /** Response headers that go with the refusal (Retry-After, WWW-Authenticate). */
  readonly headers: Record<string, string>;
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: ErrorOptions & { headers?: Record<string, string> },
  ) {
    super(message, options);
    this.headers = options?.headers ?? {};
  }
}

export function errorBody(error: HttpError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
}
