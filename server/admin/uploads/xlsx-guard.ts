import { open } from 'node:fs/promises';
import { entriesOf, entryStream, openZip, type Entry, type ZipFile } from '../../import/zip-file.js';

// An .xlsx is a zip, so a small upload can inflate to gigabytes (a zip bomb). Before any spreadsheet reader sees it, every
// entry is inflated once here with yauzl, which checks each entry's real size against the size it declares, and the
// whole is bounded (entries, bytes). The entries must also tile the file: no bytes hidden between them for a reader
// that walks local headers (as streaming unzippers do) to inflate where this check did not look.

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

export class ZipRefused extends Error {
  override name = 'ZipRefused';
}

async function boundedEntries(zip: ZipFile, maxEntries: number): Promise<Entry[]> {
  if (zip.entryCount > maxEntries) throw new ZipRefused(`le classeur contient ${zip.entryCount} éléments (au plus ${maxEntries})`);
  return entriesOf(zip);
}

/** Inflates one entry, counting its bytes against what is left of the budget. */
async function inflate(zip: ZipFile, entry: Entry, budget: { left: number }): Promise<void> {
  for await (const chunk of await entryStream(zip, entry)) {
    budget.left -= chunk.length;
    if (budget.left < 0) throw new ZipRefused('le classeur décompressé dépasse la taille autorisée (archive piégée ?)');
  }
}

/** Local header + data of each entry, end to end: what is left between them must be a data descriptor at most. */
async function checkTiling(path: string, entries: Entry[], centralDirectory: number): Promise<void> {
  const file = await open(path, 'r');
  try {
    let end = 0;
    const header = Buffer.alloc(30);
    for (const entry of [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader)) {
      if (entry.relativeOffsetOfLocalHeader - end > 24) throw new ZipRefused('le classeur contient des données hors de son sommaire (archive piégée ?)');
      await file.read(header, 0, 30, entry.relativeOffsetOfLocalHeader);
      end = entry.relativeOffsetOfLocalHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28) + entry.compressedSize;
    }
    if (centralDirectory - end > 24) throw new ZipRefused('le classeur contient des données hors de son sommaire (archive piégée ?)');
  } finally {
    await file.close();
  }
}

/** The entry names of a zip within the limits, every entry inflated once; throws ZipRefused (a French reason) otherwise. */
export async function checkZip(path: string, limits: ZipLimits): Promise<string[]> {
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch (error) {
    throw new ZipRefused(`archive zip illisible (${(error as Error).message})`);
  }
  try {
    // yauzl starts reading entries at the central directory's offset.
    const centralDirectory = (zip as unknown as { readEntryCursor: number }).readEntryCursor;
    const entries = await boundedEntries(zip, limits.maxEntries);
    const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
    if (declared > limits.maxUncompressedBytes) throw new ZipRefused('le classeur décompressé dépasse la taille autorisée (archive piégée ?)');
    await checkTiling(path, entries, centralDirectory);
    const budget = { left: limits.maxUncompressedBytes };
    for (const entry of entries) await inflate(zip, entry, budget);
    return entries.map((e) => e.fileName);
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw new ZipRefused(`archive zip abîmée (${(error as Error).message})`);
  } finally {
    zip.close();
  }
}
