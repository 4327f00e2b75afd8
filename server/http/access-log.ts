import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/**
 * One access-log line per request, health checks aside: method, URL, client address (`req.ip`, so the real client
 * behind a trusted proxy), status and the app's time, never a header or cookie. Written here rather than with
 * pino-http, whose per-request child logger and serializers were a sixth of a search's CPU in this thin proxy
 * (bench:proxy-cpu, docs/decisions.md §45); the line keeps pino-http's shape.
 */
export function accessLog(logger: Logger): RequestHandler {
  let sequence = 0;
  return (req, res, next) => {
    if (req.url === '/api/health') return next();
    const id = ++sequence;
    const started = performance.now();
    res.locals.requestLog = { logger, id };
    res.once('close', () => {
      // A client that went before the answer (a superseded keystroke) is no error: its line says so.
      const status = res.statusCode;
      const level = status >= 500 && status !== 503 ? 'error' : 'info';
      const line = { req: { id, method: req.method, url: req.originalUrl, remoteAddress: req.ip }, res: { statusCode: status }, responseTime: Math.round(performance.now() - started) };
      logger[level](line, res.writableFinished ? 'request completed' : 'request aborted');
    });
    next();
  };
}

/** The request's logger (its lines carry the access line's `reqId`), for errors and audit lines; absent without a log. */
export function requestLogger(res: Response): Logger | undefined {
  const locals = res.locals as { requestLog?: { logger: Logger; id: number; child?: Logger } };
  const log = locals.requestLog;
  if (!log) return undefined;
  return (log.child ??= log.logger.child({ reqId: log.id }));
}

