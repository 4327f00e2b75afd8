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

/** What was written: a reader compares it with the total to tell a whole file from a cut one. */
export interface Written {
  count: number;
}

/** CSV for French Excel: BOM, `;` by default, CRLF, labels, neutralised formulas (data-format.md §5). */
export async function writeCsv(set: MatchSet, out: Writable, options: CsvOptions): Promise<Written> {
  const write = backpressured(out);
  await write((options.bom === false ? '' : BOM) + toSpreadsheetCsv([headerRow(options.lang)], options.separator));
  let count = 0;
  for await (const batch of set.batches) {
    await write(toSpreadsheetCsv(batch.map((e) => exampleRow(e, options.lang)), options.separator));
    count += batch.length;
  }
  return { count };
}

/**
 * `{ "examples": [...], "meta": {...} }`, written a page at a time; `meta` comes last so that it can hold `count`, the
 * examples written: a file cut on a page boundary would otherwise parse as whole (api.md: JSON ends with meta.count).
 */
export async function writeJson(set: MatchSet, out: Writable, meta: object): Promise<Written> {
  const write = backpressured(out);
  await write('{"examples":[');
  let count = 0;
  for await (const batch of set.batches) {
    if (batch.length === 0) continue;
    await write(`${count === 0 ? '\n' : ',\n'}${batch.map((e) => JSON.stringify(e)).join(',\n')}`);
    count += batch.length;
  }
  await write(`\n],\n"meta":${JSON.stringify({ ...meta, count })}}\n`);
  return { count };
}

/** One example per line, nothing before; the last line `{"end":true,"count":N}` says the file is whole. */
export async function writeNdjson(set: MatchSet, out: Writable): Promise<Written> {
  const write = backpressured(out);
  let count = 0;
  for await (const batch of set.batches) {
    if (batch.length === 0) continue;
    await write(`${batch.map((e) => JSON.stringify(e)).join('\n')}\n`);
    count += batch.length;
  }
  await write(`${JSON.stringify({ end: true, count })}\n`);
  return { count };
}
