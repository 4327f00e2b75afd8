import type { Writable } from 'node:stream';

/** The client went away mid-export: stop reading the engine. */
export class ExportAbortedError extends Error {
  override name = 'ExportAbortedError';
}

/** Writes that wait for the socket to drain, so a slow client never makes the server buffer the whole export. */
export function backpressured(out: Writable): (chunk: string | Buffer) => Promise<void> {
  return async (chunk) => {
    if (out.destroyed || out.writableEnded) throw new ExportAbortedError('client disconnected');
    if (out.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.once('drain', done);
      out.once('close', done);
    });
    if (out.destroyed) throw new ExportAbortedError('client disconnected');
  };
}
