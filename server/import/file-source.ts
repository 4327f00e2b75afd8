import type { FileReport } from '#domain/import-report.js';
import { detectDelimiter, type Delimiter } from './delimiter.js';
import { detectEncoding, readHead, readText, type Encoding } from './encoding.js';
import { ImportError } from './errors.js';
import { fileKind } from './file-kind.js';
import type { InputFile } from './files.js';
import { readCsvBatches } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';

/** One row of a file as it was read, whatever its kind. */
export interface SourceRecord {
  line: number;
  cells: string[];
  /** A spreadsheet's cell links, and the columns covered by a cell merged across (see read-xlsx.ts). */
  links?: (string | undefined)[];
  under?: (number | undefined)[];
  /** Set when the row could not be read (an unclosed quote). */
  unreadable?: string;
}

export interface Source {
  kind: FileReport['kind'];
  encoding?: Encoding;
  delimiter?: Delimiter;
  sheet?: string;
  sheets?: string[];
  /** Rows in batches (one await per batch, not per row). */
  records: AsyncIterable<SourceRecord[]>;
}

async function* csvRecords(path: string, encoding: Encoding, delimiter: Delimiter): AsyncGenerator<SourceRecord[]> {
  for await (const batch of readCsvBatches(readText(path, encoding), delimiter)) {
    yield batch.map((r) => (r.kind === 'record' ? { line: r.line, cells: r.cells } : { line: r.line, cells: r.cells, unreadable: r.reason }));
  }
}

const BATCH = 500;
async function* batched<T>(items: AsyncIterable<T>): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Opens a file by what its content is (not its name): a text export, or a workbook's sheet; anything else is refused (fatal). */
export async function openSource(file: InputFile, options: { sheet?: string; isTable: (row: string[]) => boolean }): Promise<Source> {
  const kind = await fileKind(file.path);
  if (kind.kind === 'refused') throw new ImportError(`${file.name} refusé : ${kind.reason}`);
  if (kind.kind === 'xlsx') {
    const { sheet, sheets, records } = await readXlsx(file.path, options).catch((error: unknown) => {
      throw error instanceof ImportError ? new ImportError(`${file.name} : ${error.message}`) : error;
    });
    return { kind: 'xlsx', sheet, sheets, records: batched(records) };
  }
  const encoding = await detectEncoding(file.path);
  const delimiter = detectDelimiter(await readHead(file.path, encoding));
  return { kind: 'csv', encoding, delimiter, records: csvRecords(file.path, encoding, delimiter) };
}
