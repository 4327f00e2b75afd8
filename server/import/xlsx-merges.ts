import { columnNumber } from './xlsx-cells.js';

/** A merged range of a sheet, 1-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// exceljs's streaming reader skips `<mergeCell>`: the sheet's XML is read on its way to the parser for them.
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
const TAIL = 256;

/** Passes the sheet's XML through unchanged, noting every merged range in `merges`. */
export async function* tapMerges(source: AsyncIterable<Buffer>, merges: Merge[]): AsyncGenerator<Buffer> {
  let tail = '';
  for await (const chunk of source) {
    const text = tail + chunk.toString('latin1');
    let end = 0;
    for (const m of text.matchAll(MERGE)) {
      merges.push({ left: columnNumber(m[1]!), top: Number(m[2]), right: columnNumber(m[3]!), bottom: Number(m[4]) });
      end = m.index + m[0].length;
    }
    tail = text.slice(Math.max(end, text.length - TAIL));
    yield chunk;
  }
}
