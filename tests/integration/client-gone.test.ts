import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.js';
import { isClientGone, toHttpError } from '#server/http/error-handler.js';
import { createSearchClient } from '#server/keys.js';
import { publishExamples } from '#server/import/publish.js';
import { testEngine, uniqueIndexName } from '#tests/support/engine.js';
import { listen, type Listening } from '#tests/support/listen.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';

// A client whose connection fails under its answer (pipelined bytes after « Connection: close », a method the parser
// refuses, a reset) is not an error of the app: the full soak found such requests logged as 500s with a stack.
const webDir = mkdtempSync(join(tmpdir(), 'odd17-gone-'));
const lines: { level: number; msg: string; res?: { statusCode: number } }[] = [];
let served: Listening;
let close: () => void;

beforeAll(async () => {
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>t</title>');
  const { url, masterKey } = testEngine();
  const index = uniqueIndexName('gone');
  await publishExamples({ url, masterKey, index, examples: fixtureExamples(), files: ['f.csv'] });
  const { client } = await createSearchClient({ url, masterKey, index, timeoutMs: 5_000 });
  close = () => client.close();
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  served = await listen(createApp({ search: { engine: client, index }, logger, webDir }));
});
afterAll(async () => {
  await served.close();
  close();
  rmSync(webDir, { recursive: true, force: true });
});

/** Writes raw bytes and waits until the server closes the connection (or 3 s). */
function sendRaw(bytes: string): Promise<void> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port: Number(new URL(served.baseUrl).port) }, () => socket.end(bytes));
    const timer = setTimeout(() => (socket.destroy(), done()), 3_000);
    socket.on('data', () => undefined);
    socket.on('close', () => (clearTimeout(timer), done()));
    socket.on('error', () => undefined);
  });
}

describe('a client whose connection fails is not an app error', () => {
  it('maps the HTTP parser’s refusals and resets to a client error, and anything else to internal', () => {
    for (const code of ['HPE_CLOSED_CONNECTION', 'HPE_INVALID_METHOD', 'ECONNRESET', 'EPIPE', 'ECONNABORTED']) {
      const error = Object.assign(new Error('Parse Error'), { code });
      expect(isClientGone(error)).toBe(true);
      expect(toHttpError(error).status).toBe(400);
    }
    expect(toHttpError(new Error('bug')).code).toBe('internal');
  });

  it('logs no error line for pipelined pages with bytes after « Connection: close », nor for a refused method', async () => {
    const page = (path: string, last = false) => `GET ${path} HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n${last ? 'Connection: close\r\n' : ''}\r\n`;
    for (let i = 0; i < 20; i++) {
      await sendRaw(page('/') + page('/exemples/%FF%FE') + page('/nope', true) + page('/statistiques') + 'GARBAGE\r\n\r\n');
      await sendRaw(`HEAD /exemples/%FF%FE HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\nG\u0001T / HTTP/1.1\r\n\r\n`);
    }
    await sendRaw(page('/', true));
    expect(lines.some((l) => l.res?.statusCode === 200)).toBe(true);
    expect(lines.filter((l) => l.level >= 50).map((l) => `${l.msg} ${l.res?.statusCode ?? ''}`)).toEqual([]);
  });
});
