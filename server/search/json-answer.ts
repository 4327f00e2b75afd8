import { gzipSync } from 'node:zlib';

/**
 * A serialised search answer and what sending it needs, each made at most once whoever asks: its bytes, its ETag
 * and its gzipped copy. A kept answer serves a webinar's 250 identical requests, which would otherwise each encode,
 * hash and gzip the same 40 KB (gzip alone was half of a kept answer's CPU: 2.9 → 1.5 ms per request, loaded machine).
 * The text is encoded once, at once, and only the bytes are kept: hashing the text for the ETag encoded it a second
 * time, and the text (two bytes a character, French typography) is twice the bytes' size.
 */
export class JsonAnswer {
  readonly #bytes: Buffer;
  #etag: string | undefined;
  #gzipped: Buffer | undefined;
  constructor(body: string) {
    this.#bytes = Buffer.from(body, 'utf8');
  }

  /** The body as UTF-8, for a client that does not take gzip (browsers all do: a kept answer seldom holds both). */
  bytes(): Buffer {
    return this.#bytes;
  }

  /** The ETag `etagOf` gives the body (the app's own `etag fn`, so as Express's res.send would say it). */
  etag(etagOf: (body: Buffer) => string): string {
    return (this.#etag ??= etagOf(this.#bytes));
  }

  /** Level 1, as app.ts's compression middleware does for every other answer. */
  gzipped(): Buffer {
    return (this.#gzipped ??= gzipSync(this.#bytes, { level: 1 }));
  }
}
