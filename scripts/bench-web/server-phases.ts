import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';

/** When this process received a search, asked the engine, had its answer and finished the response (performance.now()). */
export interface ServerPhases {
  start: number;
  engineStart?: number;
  engineEnd?: number;
  end?: number;
}

/**
 * Watches this process's /api/search requests through Node's HTTP diagnostics channels (the engine client uses
 * node:http), one search at a time as while typing; `take(q)` returns and forgets the phases of the search for `q`.
 */
export function watchServerPhases(): { take(q: string): ServerPhases | undefined } {
  const byQuery = new Map<string, ServerPhases>();
  const byRequest = new WeakMap<IncomingMessage, ServerPhases>();
  let serving: ServerPhases | undefined;
  subscribe('http.server.request.start', (m) => {
    const { request } = m as { request: IncomingMessage };
    if (!request.url?.startsWith('/api/search')) return;
    serving = { start: performance.now() };
    byQuery.set(new URLSearchParams(request.url.split('?')[1]).get('q') ?? '', serving);
    byRequest.set(request, serving);
  });
  subscribe('http.client.request.start', () => serving && (serving.engineStart ??= performance.now()));
  subscribe('http.client.response.finish', () => serving && (serving.engineEnd ??= performance.now()));
  subscribe('http.server.response.finish', (m) => {
    const phases = byRequest.get((m as { request: IncomingMessage }).request);
    if (phases) phases.end = performance.now();
  });
  return {
    take(q) {
      const phases = byQuery.get(q);
      byQuery.delete(q);
      return phases;
    },
  };
}
