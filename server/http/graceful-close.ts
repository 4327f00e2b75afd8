import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { ExportSlots } from '../export/export-slots.js';

export interface GracefulCloseOptions {
  /** How long exports still streaming may finish before they are cut. */
  graceMs: number;
  exports: ExportSlots;
  /** Kept-alive sockets stay open at least this long, so a request already sent on one is answered, not reset. */
  idleWindowMs?: number;
  /** The longest any other request (a live event stream) is waited for once exports are settled. */
  requestCapMs?: number;
}

export interface CloseReport {
  exportsFinished: number;
  exportsCut: number;
  ms: number;
}

/**
 * Stops a server without resetting anyone. Every answer from now on carries `Connection: close`, so kept-alive clients
 * reconnect (and are refused cleanly: the port no longer listens); in-flight searches finish; exports get `graceMs`,
 * then are cut so the client sees an incomplete transfer (and the file lacks its end marker). Only then are idle
 * sockets closed, and last whatever still hangs on.
 */
export async function closeGracefully(server: Server, options: GracefulCloseOptions): Promise<CloseReport> {
  const started = Date.now();
  const { idleWindowMs = 1_000, requestCapMs = 2_000 } = options;
  server.prependListener('request', (_req, res) => res.setHeader('Connection', 'close'));
  // net's close, not http's: since Node 19 http.Server#close also closes idle kept-alive sockets at once, and a
  // request already on its way on one of them then meets a reset (issue 9: 40 ECONNRESET).
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
  const { finished, cut } = await options.exports.drain(options.graceMs);
  await delay(Math.max(0, idleWindowMs - (Date.now() - started)));
  server.closeIdleConnections();
  const capped = delay(requestCapMs, undefined, { ref: false }).then(() => server.closeAllConnections());
  await Promise.race([closed, capped]);
  await closed;
  return { exportsFinished: finished, exportsCut: cut, ms: Date.now() - started };
}
