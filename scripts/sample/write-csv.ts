// Streams rows to a CSV file in a dialect's encoding and punctuation, a batch at a time.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Dialect } from './dialect.js';

/** A row of cells, or a raw line written as is (a truly empty line in an export). */
export type Line = readonly string[] | { readonly raw: string };

export class UnencodableTextError extends Error {
  constructor(file: string, char: string) {
    super(`${file} : le caractère « ${char} » (U+${char.codePointAt(0)!.toString(16).toUpperCase()}) n’existe pas en Windows-1252`);
    this.name = 'UnencodableTextError';
  }
}

const BATCH = 500;

function encode(dialect: Dialect, text: string): Buffer {
  if (dialect.encoding === 'utf8') return Buffer.from(text, 'utf8');
  const bytes = iconv.encode(text, 'win1252');
  // iconv-lite silently writes "?" for what cp1252 lacks: catch it rather than ship a corrupted sample.
  if (iconv.decode(bytes, 'win1252') !== text) {
    const bad = [...text].find((c) => iconv.decode(iconv.encode(c, 'win1252'), 'win1252') !== c) ?? '?';
    throw new UnencodableTextError(dialect.file, bad);
  }
  return bytes;
}

/** Writes the header and every line; returns the number of data lines and bytes written. */
export async function writeCsvFile(path: string, dialect: Dialect, lines: Iterable<Line>): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(path);
  // quote_record_delimiter: with an explicit record_delimiter, csv-stringify 6.9 would leave a lone "\n" in a cell unquoted.
  const options = { delimiter: dialect.delimiter, record_delimiter: dialect.recordDelimiter === '\r\n' ? 'windows' : 'unix', quote_record_delimiter: true } as const;
  let bytes = 0;
  let rows = 0;
  const write = async (text: string): Promise<void> => {
    const chunk = encode(dialect, text);
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  let batch: (readonly string[])[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length > 0) await write(stringify(batch, options));
    batch = [];
  };
  if (dialect.bom) await write('\ufeff');
  await write(stringify([dialect.columns.map(([, header]) => header)], options));
  for (const line of lines) {
    rows++;
    if ('raw' in line) {
      await flush();
      await write(line.raw + dialect.recordDelimiter);
    } else {
      batch.push(line as readonly string[]);
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return { rows, bytes };
}
