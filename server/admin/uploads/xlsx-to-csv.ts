import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify';

// Until the importer reads .xlsx itself (issue 11), the workspace hands it the first sheet holding data as a UTF-8 CSV:
// hyperlinks read as their URL, dates as ISO dates, formulas as their result (data-format.md §1). Only ever run on a
// workbook that passed the zip guard.

type CellValue = ExcelJS.CellValue;

/** A cell as the text a CSV export of it would hold. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('hyperlink' in value) return String(value.hyperlink ?? '');
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText((value.result ?? '') as CellValue);
  if ('error' in value) return '';
  return String((value as { text?: unknown }).text ?? '');
}

interface SheetRows {
  name: string;
  rows: AsyncIterable<{ number: number; values: CellValue[] }>;
}

/** Sheets read whole (hyperlinks resolved): the usual laureate list or spreadsheet of a few megabytes. */
async function* wholeSheets(path: string): AsyncGenerator<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const sheet of workbook.worksheets) {
    const rows: { number: number; values: CellValue[] }[] = [];
    sheet.eachRow((row) => rows.push({ number: row.number, values: row.values as CellValue[] }));
    yield { name: sheet.name, rows: (async function* () { yield* rows; })() };
  }
}

/** Sheets streamed row by row, for large workbooks: memory stays flat, but exceljs's stream reader leaves hyperlinks as their text. */
async function* streamedSheets(path: string): AsyncGenerator<SheetRows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'emit' });
  for await (const sheet of reader) {
    yield { name: (sheet as unknown as { name?: string }).name ?? 'Feuille 1', rows: (async function* () { for await (const row of sheet) yield { number: row.number, values: row.values as CellValue[] }; })() };
  }
}

const WHOLE_UP_TO = 15 * 1024 * 1024;

/** Writes the first worksheet with data to `csvPath` (`;`, UTF-8); returns its name, or undefined when every sheet is empty. */
export async function xlsxToCsv(xlsxPath: string, csvPath: string): Promise<string | undefined> {
  const sheets = (await stat(xlsxPath)).size <= WHOLE_UP_TO ? wholeSheets(xlsxPath) : streamedSheets(xlsxPath);
  for await (const sheet of sheets) {
    const out = createWriteStream(csvPath);
    const csv = stringify({ delimiter: ';', quoted_match: /[;"\n\r]/ });
    csv.pipe(out);
    let rows = 0;
    let line = 0;
    for await (const row of sheet.rows) {
      // Empty lines for the rows the sheet skips, so report lines are the sheet's row numbers.
      for (; line < row.number - 1; line++) csv.write(['']);
      line++;
      const cells = Array.from(row.values.slice(1), cellText);
      if (cells.some((c) => c.trim() !== '')) rows++;
      if (!csv.write(cells)) await once(csv, 'drain');
    }
    csv.end();
    await once(out, 'close');
    if (rows > 0) return sheet.name;
  }
  return undefined;
}
