import type { Request, Response } from 'express';
import type { KeptAnswer } from '../search/kept-answer.js';

/**
 * Sends a kept JSON answer: to a client that accepts gzip, its gzipped copy (made once for all of them; the
 * compression middleware leaves a response that already has a Content-Encoding alone), else as text. ETag and 304
 * as Express's res.send gives them.
 */
export function sendKept(req: Request, res: Response, kept: KeptAnswer): void {
  if (req.acceptsEncodings('gzip') !== 'gzip') return void res.type('json').send(kept.body);
  const etag = req.app.get('etag fn') as ((body: string, encoding: string) => string) | undefined;
  res.type('json').vary('Accept-Encoding');
  if (etag) res.setHeader('ETag', etag(kept.body, 'utf8'));
  if (req.fresh) return void res.status(304).end();
  const gzipped = kept.gzipped();
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', gzipped.length);
  res.end(req.method === 'HEAD' ? undefined : gzipped);
}
