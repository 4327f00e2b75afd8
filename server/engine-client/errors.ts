// Typed engine errors: routes map them to 503/500 without ever showing the engine's own words.

/** Base of every failure talking to the engine; `cause` keeps the original for the logs. */
export class EngineClientError extends Error {
  override name = 'EngineClientError';
}

/** The engine could not be reached or did not answer in time. */
export class EngineUnreachableError extends EngineClientError {
  override name = 'EngineUnreachableError';
}

/** The engine answered with an error status; `code` is Meilisearch's error code (e.g. `index_not_found`). */
export class EngineResponseError extends EngineClientError {
  override name = 'EngineResponseError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The engine is down or overloaded (not a bad key or a bad query): requests get 503 and the outage is logged once. */
export const isEngineOutage = (error: unknown): boolean =>
  error instanceof EngineUnreachableError || (error instanceof EngineResponseError && error.status >= 500);
