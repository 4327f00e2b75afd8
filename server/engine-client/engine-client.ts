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
  /** Abandons the call: it fails with the signal's reason (as fetch does). */
  signal?: AbortSignal;
}

export interface SendOptions extends CallOptions {
  /** The body's type when it is not JSON (e.g. CSV). */
  contentType?: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface EngineClient {
  readonly url: string;
  request<T>(method: Method, path: string, body?: unknown, options?: CallOptions): Promise<T>;
  /** Closes idle sockets (at shutdown). */
  close(): void;
}

/** The client's transport: a body already serialised, `path` with its query string (meilisearch-js's requests, engine-admin.ts). */
export interface EngineTransport {
  readonly url: string;
  send<T>(method: Method, path: string, payload: string | undefined, options?: SendOptions): Promise<T>;
  close(): void;
}

export function createEngineClient(options: EngineClientOptions): EngineClient {
  const transport = createEngineTransport(options);
  return {
    url: options.url,
    request: <T>(method: Method, path: string, body?: unknown, call?: CallOptions) => transport.send<T>(method, path, body === undefined ? undefined : JSON.stringify(body), call),
    close: transport.close,
  };
}

export function createEngineTransport(options: EngineClientOptions): EngineTransport {
  const base = new URL(options.url);
  const secure = base.protocol === 'https:';
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64, maxFreeSockets: 64, keepAliveMsecs: 10_000 };
  const agent = secure ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  const send = secure ? httpsRequest : httpRequest;
  const defaultTimeout = options.timeoutMs ?? 5_000;
  const prefix = base.pathname.replace(/\/$/, '');

  function once<T>(method: string, path: string, payload: string | undefined, timeoutMs: number, call: SendOptions): Promise<{ value: T } | { retry: true }> {
    return new Promise((resolve, reject) => {
      const { signal } = call;
      if (signal?.aborted) return reject(signal.reason);
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (options.key) headers.Authorization = `Bearer ${options.key}`;
      if (payload !== undefined) {
        headers['Content-Type'] = call.contentType ?? 'application/json';
        headers['Content-Length'] = String(Buffer.byteLength(payload));
      }
      const req = send({ protocol: base.protocol, hostname: base.hostname, port: base.port, method, path: prefix + path, headers, agent });
      const timer = setTimeout(() => req.destroy(new EngineUnreachableError(`no answer from the engine within ${timeoutMs} ms`)), timeoutMs);
      const abort = (): void => {
        clearTimeout(timer);
        req.destroy();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      const settled = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      };
      req.once('error', (error: NodeJS.ErrnoException) => {
        settled();
        // A kept-alive socket the engine closed meanwhile (e.g. it restarted): retry once on a fresh one, as Node's docs advise.
        if (req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return resolve({ retry: true });
        reject(error instanceof EngineUnreachableError ? error : new EngineUnreachableError('engine unreachable', { cause: error }));
      });
      req.once('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('error', (error) => {
          settled();
          reject(new EngineUnreachableError('engine response interrupted', { cause: error }));
        });
        res.once('end', () => {
          settled();
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

  async function sendPayload<T>(method: Method, path: string, payload: string | undefined, call: SendOptions = {}): Promise<T> {
    const timeoutMs = call.timeoutMs ?? defaultTimeout;
    for (let attempt = 0; ; attempt++) {
      const result = await once<T>(method, path, payload, timeoutMs, call);
      if ('value' in result) return result.value;
      if (attempt >= 1) throw new EngineUnreachableError('engine closed the connection twice');
    }
  }

  return { url: options.url, send: sendPayload, close: () => agent.destroy() };
}
