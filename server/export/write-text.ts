import type { Writable } from 'node:stream';
import { BOM, toSpreadsheetCsv } from '../csv/spreadsheet-csv.js';
import { exampleRow, headerRow } from './columns.js';
import type { Lang } from '#domain/facet-registry.js';
import type { MatchSet } from './read-all.js';
import { backpressured } from './sink.js';

export interface CsvOptions {
  separator: ';' | ',';
  lang: Lang;
  /** For Excel (the default); data packages go without: Frictionless readers take the BOM for part of the first header. */
  bom?: boolean;
}

/** CSV for French Excel: BOM, `;` by default, CRLF, labels, neutralised formulas (data-format.md §5). */
export async function writeCsv(set: MatchSet, out: Writable, options: CsvOptions): Promise<void> {
  const write = backpressured(out);
  await write((options.bom === false ? '' : BOM) + toSpreadsheetCsv([headerRow(options.lang)], options.separator));
  for await (const batch of set.batches) await write(toSpreadsheetCsv(batch.map((e) => exampleRow(e, options.lang)), options.separator));
}

/** `{ "meta": {...}, "examples": [...] }`, written a page at a time. */
export async function writeJson(set: MatchSet, out: Writable, meta: object): Promise<void> {
  const write = backpressured(out);
  await write(`{"meta":${JSON.stringify(meta)},"examples":[`);
  let first = true;
  for await (const batch of set.batches) {
    if (batch.length === 0) continue;
    await write(`${first ? '\n' : ',\n'}${batch.map((e) => JSON.stringify(e)).join(',\n')}`);
    first = false;
  }
  await write('\n]}\n');
}

/** One example per line, nothing before. */
export async function writeNdjson(set: MatchSet, out: Writable): Promise<void> {
  const write = backpressured(out);
  for await (const batch of set.batches) {
    if (batch.length > 0) await write(`${batch.map((e) => JSON.stringify(e)).join('\n')}\n`);
  }
}
