import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Example } from '#domain/example.js';

/** Where a stored example is. */
export interface StoreRef {
  offset: number;
  length: number;
}

const FLUSH_AT = 4 * 1024 * 1024;

/**
 * The examples of a run, kept on disk until every file is read (a later row may merge into any of them), so memory
 * stays flat: only where each one is stays in memory. A temporary file, deleted on close.
 */
export class ExampleStore {
  private readonly dir = mkdtempSync(join(tmpdir(), 'odd17-import-'));
  private readonly fd = openSync(join(this.dir, 'examples.bin'), 'w+');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;

  put(example: Example): StoreRef {
    const bytes = serialize(example);
    const ref = { offset: this.written + this.pendingBytes, length: bytes.length };
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
    return ref;
  }

  get(ref: StoreRef): Example {
    if (ref.offset + ref.length > this.written) this.flush();
    const bytes = Buffer.allocUnsafe(ref.length);
    readSync(this.fd, bytes, 0, ref.length, ref.offset);
    return deserialize(bytes) as Example;
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    writeSync(this.fd, bytes, 0, bytes.length, this.written);
    this.written += bytes.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}
