import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createAppServer } from '#server/http/app-server.js';

export interface Listening {
  server: Server;
  baseUrl: string;
  close(): Promise<void>;
}

/** The app on a real HTTP server on 127.0.0.1 and a free port (for tests that need real sockets and concurrency). */
export async function listen(app: Express): Promise<Listening> {
  const server: Server = await new Promise((ok) => {
    const s = createAppServer(app).listen(0, '127.0.0.1', () => ok(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    baseUrl,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Runs `count` tasks with at most `concurrency` at once; resolves with their results in order. */
export async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}
