import { Agent, request, validateHeaderValue } from 'node:http';
import { findLeaks, type Secrets } from './leaks.js';
import type { Tally } from './tally.js';

export interface Ask {
  method?: string;
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** At most the first `keepBytes` of the body. */
  body: Buffer;
  bytes: number;
  ms: number;
  complete: boolean;
}

// No answer in 30 s is a hang: the app's own engine deadline (ENGINE_TIMEOUT_MS, 5 s) answers every request long before.
const HANG_MS = 30_000;

export interface SendOptions {
  base: string;
  agent?: Agent;
  /** Past this with no answer at all, the request counts as a hang. */
  hangMs?: number;
  keepBytes?: number;
}

export type Outcome = { answer: Answer } | { error: string } | { hang: true };

/** One request on 127.0.0.1, timed; never throws: an error or a hang is an outcome. */
export function send(ask: Ask, options: SendOptions): Promise<Outcome> {
  const url = new URL(ask.path.startsWith('/') ? options.base + ask.path : `${options.base}/${ask.path}`);
  if (url.hostname !== '127.0.0.1') throw new Error(`soak targets 127.0.0.1 only, not ${url.hostname}`);
  const keep = options.keepBytes ?? 256 * 1024;
  const started = performance.now();
  return new Promise((resolve) => {
    // Node's client refuses some bytes in headers outright; those cases are the raw ones (raw-cases.ts).
    try {
      ask.headers && Object.values(ask.headers).forEach((v) => [v].flat().forEach((h) => validateHeaderValue('x', h)));
    } catch (error) {
      return resolve({ error: `client:${(error as NodeJS.ErrnoException).code}` });
    }
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = request(
      { host: '127.0.0.1', port: url.port, method: ask.method ?? 'GET', path: ask.path, headers: ask.headers, agent: options.agent ?? false, insecureHTTPParser: false },
      (res) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        res.on('data', (c: Buffer) => {
          if (bytes < keep) chunks.push(c);
          bytes += c.length;
        });
        const finish = () => settle({ answer: { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).subarray(0, keep), bytes, ms: performance.now() - started, complete: res.complete } });
        res.once('end', finish);
        res.once('error', finish);
        res.once('aborted', finish);
      },
    );
    const timer = setTimeout(() => {
      settle({ hang: true });
      req.destroy();
    }, options.hangMs ?? HANG_MS);
    req.once('error', (e: NodeJS.ErrnoException) => settle({ error: e.code ?? e.message }));
    req.end(ask.body);
  });
}

/** Records an outcome in a tally and scans its answer for leaks; returns the answer when there is one. */
export function record(outcome: Outcome, tally: Tally, secrets: Secrets, label: string): Answer | undefined {
  if ('hang' in outcome) return void tally.hang();
  if ('error' in outcome) return void tally.error(outcome.error, label);
  const { answer } = outcome;
  tally.status(answer.status, answer.ms);
  for (const leak of findLeaks(`${JSON.stringify(answer.headers)}\n${answer.body.toString('utf8')}`, secrets)) tally.leak(`${leak} : ${label.slice(0, 120)}`);
  return answer;
}
