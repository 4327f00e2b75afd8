import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { EngineClientError, EngineResponseError, isEngineOutage } from '../engine-client/errors.js';
import { requestLogger } from './access-log.js';
import { HttpError, errorBody, type ErrorCode } from './http-error.js';

/** 4xx errors Express's own parts raise (send for files, body parsers), by status: our code and a French message. */
const CLIENT_ERRORS: Record<number, [ErrorCode, string]> = {
  400: ['invalid_request', 'Requête mal formée.'],
  412: ['precondition_failed', 'Condition non remplie (If-Match, If-Unmodified-Since) : la ressource a changé.'],
  416: ['range_not_satisfiable', 'Plage demandée (Range) hors du fichier ou invalide.'],
};

/** Codes of a client's connection failing under a response: a reset, a request the HTTP parser refused, an abort. */
const CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);

/** The client's connection failed, not the app: nothing of ours to fix, and nobody left to read an answer. */
export function isClientGone(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && (code.startsWith('HPE_') || CONNECTION_CODES.has(code));
}

/** Maps any thrown error to an HttpError; engine details stay in the logs (cause), never in the body. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof EngineResponseError && error.status < 500 && error.code !== 'index_not_found' && error.status !== 401 && error.status !== 403) {
    return new HttpError(500, 'internal', 'Erreur interne du serveur.', undefined, { cause: error });
  }
  if (error instanceof EngineClientError) {
    return new HttpError(503, 'engine_unavailable', 'Le moteur de recherche est momentanément indisponible. Réessayez dans un instant.', undefined, { cause: error });
  }
  if (isClientGone(error)) return new HttpError(400, 'invalid_request', 'Connexion interrompue ou requête illisible.', undefined, { cause: error });
  const { status, type } = error as { status?: number; type?: string };
  const known = CLIENT_ERRORS[type === 'entity.parse.failed' ? 400 : (status ?? 0)];
  if (known) return new HttpError(type === 'entity.parse.failed' ? 400 : status!, known[0], known[1], undefined, { cause: error });
  return new HttpError(500, 'internal', 'Erreur interne du serveur.', undefined, { cause: error });
}

/** What a file response had set before failing (send sets them first) must not describe the error instead. */
function clearEntityHeaders(res: Response, error: unknown): void {
  for (const name of ['Content-Type', 'Content-Length', 'ETag', 'Last-Modified', 'Accept-Ranges', 'Content-Range']) res.removeHeader(name);
  // An error is never cached (a static file's one-year Cache-Control would otherwise stick to a 416).
  res.setHeader('Cache-Control', 'no-store');
  // 416 says the file's size (RFC 9110 §15.5.17); send puts it in the error's headers.
  const range = (error as { headers?: Record<string, string> }).headers?.['Content-Range'];
  if (range) res.setHeader('Content-Range', range);
}

/** The single place errors become HTTP responses. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const httpError = toHttpError(error);
  const log = requestLogger(res);
  // A stack for what is wrong with us (a bug, a bad engine key); not for an outage (logged once by withOutageLog) nor
  // for a 503 busy, an expected answer that its access line records.
  if (httpError.code === 'internal' || (httpError.code === 'engine_unavailable' && !isEngineOutage(error))) log?.error({ err: error }, httpError.message);
  if (res.headersSent) {
    // Mid-stream failure (export): all we can do is cut the response so the client sees it incomplete.
    res.destroy(error instanceof Error ? error : undefined);
    return;
  }
  clearEntityHeaders(res, error);
  if (httpError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(Math.max(1, Math.ceil(httpError.retryAfterSeconds))));
  res.status(httpError.status).set(httpError.headers).json(errorBody(httpError));
};

/** Unknown `/api/...` paths: JSON 404, never the SPA page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `Aucune route ${req.method} ${req.baseUrl}${req.path} dans l’API.`));
};
