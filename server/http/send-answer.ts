import type { Request, Response } from 'express';
import type { JsonAnswer } from '../search/json-answer.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Sends a search answer as Express's res.send would (Content-Type, ETag and 304, HEAD), gzipped when the client
 * accepts it. Search answers skip the compression middleware (app.ts): its per-response stream and hooks cost more than
 * one gzip of a body that is already whole, and a kept answer is gzipped once for all who ask. Headers are set
 * directly: this is every search's path, and res.type's MIME lookup, res.vary's parsing and req.fresh's header
 * comparison are only needed when something else set a Vary or the client sent a validator.
 */
export function sendAnswer(req: Request, res: Response, answer: JsonAnswer): void {
  res.setHeader('Content-Type', JSON_TYPE);
  if (res.hasHeader('Vary')) res.vary('Accept-Encoding');
  else res.setHeader('Vary', 'Accept-Encoding');
  const etagOf = req.app.get('etag fn') as ((body: Buffer) => string) | undefined;
  if (etagOf) res.setHeader('ETag', answer.etag(etagOf));
  // req.fresh is false without If-None-Match or If-Modified-Since (the `fresh` package): no need to ask it then.
  if ((req.headers['if-none-match'] || req.headers['if-modified-since']) && req.fresh) return void res.status(304).end();
  const gzip = req.headers['accept-encoding'] !== undefined && req.acceptsEncodings('gzip') === 'gzip';
  const bytes = gzip ? answer.gzipped() : answer.bytes();
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', bytes.length);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
