import type { ErrorRequestHandler, RequestHandler } from 'express';
import { EngineClientError, EngineResponseError, isEngineOutage } from '../engine-client/errors.js';
import { HttpError, errorBody } from './http-error.js';

/** Maps any thrown error to an HttpError; engine details stay in the logs (cause), never in the body. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof EngineResponseError && error.status < 500 && error.code !== 'index_not_found' && error.status !== 401 && error.status !== 403) {
    return new HttpError(500, 'internal', 'Erreur interne du serveur.', undefined, { cause: error });
  }
  if (error instanceof EngineClientError) {
    return new HttpError(503, 'engine_unavailable', 'Le moteur de recherche est momentanément indisponible. Réessayez dans un instant.', undefined, { cause: error });
  }
  const status = (error as { status?: number; type?: string }).status;
  if (status === 400 || (error as { type?: string }).type === 'entity.parse.failed') {
    return new HttpError(400, 'invalid_request', 'Requête mal formée.', undefined, { cause: error });
  }
  return new HttpError(500, 'internal', 'Erreur interne du serveur.', undefined, { cause: error });
}

/** The single place errors become HTTP responses. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const httpError = toHttpError(error);
  const log = (req as { log?: { error: (o: object, m: string) => void; warn: (o: object, m: string) => void } }).log;
  // An engine outage is logged once by withOutageLog, not once per refused request.
  if (httpError.status >= 500 && !isEngineOutage(error)) log?.error({ err: error }, httpError.message);
  if (res.headersSent) {
    // Mid-stream failure (export): all we can do is cut the response so the client sees it incomplete.
    res.destroy(error instanceof Error ? error : undefined);
    return;
  }
  if (httpError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(Math.max(1, Math.ceil(httpError.retryAfterSeconds))));
  res.status(httpError.status).json(errorBody(httpError));
};

/** Unknown `/api/...` paths: JSON 404, never the SPA page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `Aucune route ${req.method} ${req.baseUrl}${req.path} dans l’API.`));
};
