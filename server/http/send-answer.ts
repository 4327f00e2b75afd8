import type { Request, Response } from 'express';
import type { JsonAnswer } from '../search/json-answer.js';

/**
 * Sends a search answer as Express's res.send would (Content-Type, ETag and 304, HEAD), gzipped when the client
 * accepts it. Search answers skip the compression middleware (app.ts): its per-response stream and hooks cost more than
 * one gzip of a body that is already whole, and a kept answer is gzipped once for all who ask.
 */
export function sendAnswer(req: Request, res: Response, answer: JsonAnswer): void {
  res.type('json').vary('Accept-Encoding');
  const etagOf = req.app.get('etag fn') as ((body: string, encoding: 'utf8') => string) | undefined;
  if (etagOf) res.setHeader('ETag', answer.etag(etagOf));
  if (req.fresh) return void res.status(304).end();
  const gzip = req.acceptsEncodings('gzip') === 'gzip';
  const bytes = gzip ? answer.gzipped() : answer.bytes();
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', bytes.length);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
