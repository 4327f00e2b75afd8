import type { Request, Response } from 'express';

// Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html) over an Express response.

/** One follower's open stream, as the hub sees it. */
export interface EventStream {
  readonly ip: string;
  readonly closed: boolean;
  /** Sends the status line and headers, then the reconnection delay the browser should wait. */
  open(retryMs: number): void;
  send(chunk: string): void;
  end(): void;
  onClose(listener: () => void): void;
}

/** An event; `id` comes back as Last-Event-ID when the browser reconnects. */
export const sseEvent = (event: string, data: unknown, id?: number): string => `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** A comment line: ignored by browsers, it keeps proxies and load balancers from closing an idle stream. */
export const SSE_PING = ': ping\n\n';

// A follower that stopped reading (a frozen tab behind a proxy) is cut past this much unsent data; it reconnects later.
const MAX_BUFFERED = 64 * 1024;

export function eventStream(req: Request, res: Response): EventStream {
  let closed = false;
  const listeners: (() => void)[] = [];
  const close = () => {
    if (closed) return;
    closed = true;
    for (const listener of listeners) listener();
  };
  res.once('close', close);
  return {
    ip: req.ip ?? 'unknown',
    get closed() {
      return closed;
    },
    open(retryMs) {
      // no-transform keeps the compression middleware out (it would hold events in its buffer); X-Accel-Buffering: nginx.
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
      req.socket.setNoDelay(true);
      req.socket.setTimeout(0);
      res.write(`retry: ${retryMs}\n\n`);
    },
    send(chunk) {
      if (closed) return;
      if (res.writableLength > MAX_BUFFERED) {
        close();
        return void res.destroy();
      }
      res.write(chunk);
    },
    end() {
      if (closed) return;
      close();
      res.end();
    },
    onClose: (listener) => void listeners.push(listener),
  };
}
