import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { EngineResponseError, EngineUnreachableError } from './errors.js';

// A keep-alive node:http JSON client: built-in fetch paid a 10–40 ms floor per POST to the engine here, this ~1 ms.

export interface EngineClientOptions {
  url: string;
  key: string;
  /** Per-call deadline, connection included. */
  timeoutMs?: number;
  maxSockets?: number;
}

export interface CallOptions {
  timeoutMs?: number;
}

export interface EngineClient {
  readonly url: string;
  request<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown, options?: CallOptions): Promise<T>;
  /** Closes idle sockets (at shutdown). */
  close(): void;
}

export function createEngineClient(options: EngineClientOptions): EngineClient {
  const base = new URL(options.url);
  const secure = base.protocol === 'https:';
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64, maxFreeSockets: 64, keepAliveMsecs: 10_000 };
  const agent = secure ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  const send = secure ? httpsRequest : httpRequest;
  const defaultTimeout = options.timeoutMs ?? 5_000;
  const prefix = base.pathname.replace(/\/$/, '');

  function once<T>(method: string, path: string, payload: string | undefined, timeoutMs: number): Promise<{ value: T } | { retry: true }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (options.key) headers.Authorization = `Bearer ${options.key}`;
      if (payload !== undefined) {
        headers['Content-Type'] = 'application/json';
        headers['Content-Length'] = String(Buffer.byteLength(payload));
      }
      const req = send({ protocol: base.protocol, hostname: base.hostname, port: base.port, method, path: prefix + path, headers, agent });
      const timer = setTimeout(() => req.destroy(new EngineUnreachableError(`no answer from the engine within ${timeoutMs} ms`)), timeoutMs);
      req.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        // A kept-alive socket the engine closed meanwhile (e.g. it restarted): retry once on a fresh one, as Node's docs advise.
        if (req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return resolve({ retry: true });
        reject(error instanceof EngineUnreachableError ? error : new EngineUnreachableError('engine unreachable', { cause: error }));
      });
      req.once('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('error', (error) => {
          clearTimeout(timer);
          reject(new EngineUnreachableError('engine response interrupted', { cause: error }));
        });
        res.once('end', () => {
          clearTimeout(timer);
          // A search answer (~40 KB) mostly comes in one read: decoded as it is, not copied into a new buffer first.
          const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch (error) {
            return reject(new EngineResponseError('engine sent invalid JSON', res.statusCode ?? 0, undefined, { cause: error }));
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve({ value: json as T });
          const body = (json ?? {}) as { code?: string; message?: string };
          reject(new EngineResponseError(`engine answered ${status}: ${body.message ?? ''}`, status, body.code));
        });
      });
      req.end(payload);
    });
  }

  return {
    url: options.url,
    async request<T>(method: string, path: string, body?: unknown, call?: CallOptions): Promise<T> {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const timeoutMs = call?.timeoutMs ?? defaultTimeout;
      for (let attempt = 0; ; attempt++) {
        const result = await once<T>(method, path, payload, timeoutMs);
        if ('value' in result) return result.value;
        if (attempt >= 1) throw new EngineUnreachableError('engine closed the connection twice');
      }
    },
    close: () => agent.destroy(),
  };
}
