import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, get, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishExamples } from '#server/import/publish.js';
import { generatedExamples } from '../fixtures/api/fixture-examples.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// A real server process (serveApp, as `npm start` runs it) on the test engine, stopped with SIGTERM under load.
const engine = testEngine();
const index = uniqueIndexName('shutdown');
const GRACE_MS = 1_500;
// Long texts make the export far larger than what the sockets' buffers hold, so a client that stops reading keeps it in flight.
const EXAMPLES = generatedExamples(800).map((e) => ({ ...e, description: `${'Texte long. '.repeat(1_200)}${e.id}` }));

beforeAll(async () => {
  await publishExamples({ ...engine, index, examples: EXAMPLES, files: ['long.csv'] });
}, 120_000);

function startServer(): Promise<{ child: ChildProcess; base: string; logs: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/soak/serve-app.ts'], {
    env: { ...process.env, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey, MEILI_INDEX: index, PORT: '0', HOST: '127.0.0.1', SHUTDOWN_GRACE_MS: String(GRACE_MS), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${logs.join('')}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString());
      const port = /prêt : http:\/\/localhost:(\d+)\//.exec(logs.join(''))?.[1];
      if (port) resolve({ child, base: `http://127.0.0.1:${port}`, logs });
    });
  });
}

type Outcome = { status: number; connection?: string } | { error: string };

/** A GET on the kept-alive agent: its status and Connection header, or the socket error it met. */
function fetchOn(agent: Agent, url: string): Promise<Outcome> {
  return new Promise((resolve) => {
    get(url, { agent }, (res) => {
      res.resume();
      res.once('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
      res.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    }).once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}

let server: Awaited<ReturnType<typeof startServer>>;
afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
});

describe('SIGTERM under load', () => {
  it('answers requests sent right after the signal on kept-alive sockets (Connection: close) or refuses to connect, never resets; cuts a long export visibly after the grace period', async () => {
    server = await startServer();
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    // Another agent's sockets, warm and idle when the signal comes: the ones requests sent after it travel on.
    const idle = new Agent({ keepAlive: true, maxSockets: 8 });
    const search = (i: number, on = agent) => fetchOn(on, `${server.base}/api/search?q=partenariat&page=${1 + (i % 5)}`);
    expect((await Promise.all(Array.from({ length: 32 }, (_, i) => search(i)))).every((o) => 'status' in o && o.status === 200)).toBe(true);
    expect((await Promise.all(Array.from({ length: 8 }, (_, i) => search(i, idle)))).every((o) => 'status' in o && o.status === 200)).toBe(true);

    // A long export whose client stops reading: it stays in flight past the signal and the grace period.
    const exportSeen = new Promise<{ bytes: number; complete: boolean; error?: string; total: number }>((resolve) => {
      get(`${server.base}/api/export?format=ndjson`, (res: IncomingMessage) => {
        let bytes = 0;
        res.once('data', (c: Buffer) => ((bytes += c.length), res.pause(), setTimeout(() => res.resume(), GRACE_MS + 1_000)));
        res.on('data', (c: Buffer) => (bytes += c.length));
        const total = Number(res.headers['x-total-count']);
        res.once('end', () => resolve({ bytes, complete: res.complete, total }));
        res.once('error', (e: NodeJS.ErrnoException) => resolve({ bytes, complete: false, error: e.code ?? e.message, total }));
      });
    });
    await new Promise((r) => setTimeout(r, 300));

    const inFlight = Array.from({ length: 16 }, (_, i) => search(i));
    server.child.kill('SIGTERM');
    // Requests sent during the next 600 ms, on the sockets kept alive.
    const after: Promise<Outcome>[] = [];
    for (let round = 0; round < 6; round++) {
      await new Promise((r) => setTimeout(r, 100));
      for (let i = 0; i < 8; i++) after.push(search(i, idle));
    }

    expect((await Promise.all(inFlight)).map((o) => ('status' in o ? o.status : o.error))).toEqual(Array(16).fill(200));
    const outcomes = await Promise.all(after);
    const resets = outcomes.filter((o) => 'error' in o && o.error !== 'ECONNREFUSED');
    expect(resets).toEqual([]);
    const answered = outcomes.filter((o): o is { status: number; connection?: string } => 'status' in o);
    expect(answered.map((o) => o.status)).toEqual(answered.map(() => 200));
    // Answered after the server took the signal: each says its socket closes (before it, a loaded machine may still keep-alive).
    expect(answered.filter((o) => o.connection === 'close').length).toBeGreaterThan(0);

    const cut = await exportSeen;
    expect(cut.complete).toBe(false);
    expect(cut.total).toBe(EXAMPLES.length);
    const exit = await new Promise<number | null>((r) => (server.child.exitCode !== null ? r(server.child.exitCode) : server.child.once('exit', r)));
    expect(exit).toBe(143);
    const stopped = server.logs.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((l) => l.msg === 'serveur arrêté');
    expect(stopped).toMatchObject({ exportsCut: 1, exportsFinished: 0 });
    agent.destroy();
    idle.destroy();
  });
});
