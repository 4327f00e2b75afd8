import type { ErrorBody, ErrorCode } from '#domain/api-types.js';

// The one error class routes throw; the central handler turns it into `{ error: { code, message, details? } }`.
export type { ErrorBody, ErrorCode };

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function errorBody(error: HttpError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
}
