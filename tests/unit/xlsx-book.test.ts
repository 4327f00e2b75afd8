import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '#server/import/read-xlsx.js';
import { bookEvents, type BookParts } from '#server/import/xlsx-book.js';

// The laureates' workbook was written by exceljs: xl/workbook.xml stored last, shared strings after the sheets, a cover
// sheet before the data. exceljs's own streaming parse() loses the entries after one its consumer is slow on (exceljs
// #3064): with a consumer taking 100 ms over the hyperlinks, every read failed with « reading 'sheets' »; under load
// about one read in 300 did.
const WORKBOOK = 'tests/fixtures/import/real-shapes/fondation-laureats-2016.xlsx';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an exceljs-written workbook read through its central directory', () => {
  it('loses no part to a slow consumer: both sheets, named, with their hyperlinks and rows', async () => {
    const book = new ExcelJS.stream.xlsx.WorkbookReader(WORKBOOK, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'emit', styles: 'ignore', entries: 'ignore' }) as unknown as BookParts;
    const seen: string[] = [];
    for await (const { eventType, value } of bookEvents(book, WORKBOOK)) {
      await sleep(100);
      if (eventType === 'hyperlinks') {
        let links = 0;
        (value as { on(e: string, f: () => void): void }).on('hyperlink', () => links++);
        await (value as { read(): Promise<void> }).read();
        seen.push(`liens ${links}`);
      } else if (eventType === 'worksheet') {
        let rows = 0;
        for await (const events of (value as { parse(): AsyncIterable<{ eventType: string }[]> }).parse()) rows += events.filter((e) => e.eventType === 'row').length;
        seen.push(`${(value as { name: string }).name} ${rows}`);
      }
    }
    // The same figures as exceljs's parse() with a prompt consumer; a sheet's hyperlinks come just before it.
    expect(seen).toEqual(['Notice 2', 'liens 11', 'Lauréats 2016 21']);
  });

  it('gives every read the same sheet and records, eight reads at a time', async () => {
    const recordsOf = async () => {
      const { sheet, records } = await readXlsx(WORKBOOK, { isTable: (row) => row.some((c) => /titre|nom/i.test(c)) });
      let n = 0;
      for await (const _ of records) n++;
      return `${sheet} ${n}`;
    };
    const reads = (await Promise.all(Array.from({ length: 4 }, () => Promise.all(Array.from({ length: 8 }, recordsOf))))).flat();
    expect(new Set(reads)).toEqual(new Set(['Lauréats 2016 21']));
  }, 60_000);
});
