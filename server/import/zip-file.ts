import yauzl, { type Entry, type ZipFile } from 'yauzl';

// A zip opened by its central directory (yauzl): every entry addressable, each read as a real stream of its own.

export type { Entry, ZipFile };

export const openZip = (path: string): Promise<ZipFile> =>
  new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, autoClose: false }, (e, z) => (e ? reject(e) : resolve(z!))));

/** Every entry of the central directory, in its order. */
export function entriesOf(zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => (entries.push(entry), zip.readEntry()));
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

export const entryStream = (zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream & AsyncIterable<Buffer>> =>
  new Promise((resolve, reject) => zip.openReadStream(entry, (e, s) => (e ? reject(e) : resolve(s as NodeJS.ReadableStream & AsyncIterable<Buffer>))));
