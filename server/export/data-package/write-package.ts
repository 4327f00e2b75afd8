import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { Lang } from '#domain/facet-registry.js';
import type { Example } from '#domain/example.js';
import type { ExportMeta } from '../export-meta.js';
import { ExportDataChangedError, type MatchSet } from '../read-all.js';
import { ExportAbortedError } from '../sink.js';
import { writeCsv, writeJson } from '../write-text.js';
import { packageDescriptor } from './descriptor.js';
import { hashingEntry } from './hashing-entry.js';
import { licenceText, packageReadme } from './readme.js';

// The data package as a zip streamed with yazl: the CSV and the JSON each read the selection once from the engine, a
// page at a time, through a measuring pass-through into the zip, so memory stays flat however large the set.

export interface PackageOptions {
  /** Package name (lowercase, for datapackage.json) and the base of its files' names. */
  name: string;
  separator: ';' | ',';
  lang: Lang;
  /** The export's meta, known once the selection is opened (total, data version). */
  metaOf(set: MatchSet): ExportMeta;
}

const FILES = { csv: 'exemples.csv', json: 'exemples.json' };

/** Counts the examples a set yields as they go by. */
function counting(set: MatchSet): { set: MatchSet; count: () => number } {
  let n = 0;
  async function* batches(): AsyncGenerator<Example[]> {
    for await (const batch of set.batches) {
      n += batch.length;
      yield batch;
    }
  }
  return { set: { ...set, batches: batches() }, count: () => n };
}

/** Writes the package of a selection to `out`: `opened` feeds the CSV, `reopen` opens the same selection again for the JSON. */
export async function writeDataPackage(opened: MatchSet, reopen: () => Promise<MatchSet>, out: Writable, options: PackageOptions): Promise<void> {
  const first = counting(opened);
  const meta = options.metaOf(opened);
  const mtime = new Date(meta.exportedAt);
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, out);
  const live = new Set<{ destroy(): void }>();
  let complete = false;
  // A client gone mid-way: the entry being written is destroyed, so the writer stops reading the engine.
  out.once('close', () => { if (!complete) for (const s of live) s.destroy(); });
  const entry = async (path: string, fill: (target: Writable) => Promise<unknown>) => {
    const e = hashingEntry();
    live.add(e.stream);
    zip.addReadStream(e.stream, path, { mtime });
    await fill(e.stream);
    e.stream.end();
    await once(e.stream, 'finish');
    live.delete(e.stream);
    return { path, ...e.digest() };
  };
  try {
    const csv = await entry(FILES.csv, (target) => writeCsv(first.set, target, { separator: options.separator, lang: options.lang, bom: false }));
    const second = await reopen();
    if (second.dataVersion !== first.set.dataVersion || second.total !== first.set.total) throw new ExportDataChangedError(`data replaced during the package (${first.set.dataVersion} → ${second.dataVersion})`);
    const json = await entry(FILES.json, (target) => writeJson(second, target, meta));
    const descriptor = packageDescriptor({ name: options.name, meta, csv: { ...csv, rows: first.count(), delimiter: options.separator }, json });
    zip.addBuffer(Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`), 'datapackage.json', { mtime });
    zip.addBuffer(Buffer.from(packageReadme(meta, FILES)), 'README.md', { mtime });
    zip.addBuffer(Buffer.from(licenceText(options.lang)), 'LICENCE.md', { mtime });
    zip.end();
    await written;
    complete = true;
  } catch (error) {
    (zip.outputStream as unknown as { destroy(e?: Error): void }).destroy();
    await written.catch(() => {});
    if (out.destroyed && !(error instanceof ExportDataChangedError)) throw new ExportAbortedError('client disconnected');
    throw error;
  }
}
