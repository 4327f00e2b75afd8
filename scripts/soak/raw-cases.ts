import { connect } from 'node:net';
import { findLeaks, type Secrets } from './leaks.js';
import type { Tally } from './tally.js';

// Requests no HTTP client library would send: bad request lines, forbidden bytes, smuggling shapes, oversize heads.
export const RAW_CASES: string[] = [
  'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
  'GET /api/search?q=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /api/search?q=caf\xe9 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /api/search HTTP/1.0\r\n\r\n',
  'GET /api/search HTTP/9.9\r\nHost: x\r\n\r\n',
  'GARBAGE\r\n\r\n',
  'GET\r\n\r\n',
  'GET /api/search HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\n\r\n',
  'GET /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
  'GET /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
  'POST /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n',
  'GET http://evil.example/api/health HTTP/1.1\r\nHost: evil.example\r\n\r\n',
  'GET /api/health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/taxonomy HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  `GET /api/search HTTP/1.1\r\nHost: x\r\nX-Huge: ${'a'.repeat(20_000)}\r\n\r\n`,
  `GET /api/search HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 3_000 }, (_, i) => `X-${i}: y\r\n`).join('')}\r\n`,
  `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  'GET /api/search HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nabcd',
  'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
  'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n',
  'GET /api/search HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
];

/** Sends raw bytes, reads until the server closes or goes quiet; the first status line counts (none in 10 s: a hang). */
export function sendRaw(port: number, bytes: string, tally: Tally, secrets: Secrets): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let quiet: NodeJS.Timeout | undefined;
    let finished = false;
    const done = (why?: string) => {
      if (finished) return;
      finished = true;
      clearTimeout(hang);
      clearTimeout(quiet);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      if (status) tally.status(Number(status), performance.now() - started);
      else if (why === 'hang') tally.hang();
      else tally.error(why ?? 'closed-without-answer', `raw ${bytes.slice(0, 60)}`);
      for (const leak of findLeaks(text, secrets)) tally.leak(`${leak} : raw ${bytes.slice(0, 40)}`);
      resolve();
    };
    const hang = setTimeout(() => done(chunks.length ? undefined : 'hang'), 10_000);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      clearTimeout(quiet);
      quiet = setTimeout(() => done(), 300);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => (chunks.length ? done() : done(e.code)));
    socket.once('close', () => done());
    socket.write(Buffer.from(bytes, 'latin1'));
  });
}
