import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';

/** The client went away mid-export: stop reading the engine. */
export class ExportAbortedError extends Error {
  override name = 'ExportAbortedError';
}

/** Resolves on the stream's next `drain` or `close`, whichever comes first, leaving no listener behind. */
export function drainOrClose(stream: EventEmitter): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}

/** Writes that wait for the socket to drain, so a slow client never makes the server buffer the whole export. */
export function backpressured(out: Writable): (chunk: string | Buffer) => Promise<void> {
  return async (chunk) => {
    if (out.destroyed || out.writableEnded) throw new ExportAbortedError('client disconnected');
    if (out.write(chunk)) return;
    await drainOrClose(out);
    if (out.destroyed) throw new ExportAbortedError('client disconnected');
  };
}
