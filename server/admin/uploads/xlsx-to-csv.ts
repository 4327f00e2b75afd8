import { createWriteStream } from 'node:fs';
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

/** Writes the first worksheet with data to `csvPath` (`;`, UTF-8); returns its name, or undefined when every sheet is empty. */
export async function xlsxToCsv(xlsxPath: string, csvPath: string): Promise<string | undefined> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsxPath, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'cache', styles: 'cache', entries: 'emit' });
  for await (const sheet of reader) {
    const out = createWriteStream(csvPath);
    const csv = stringify({ delimiter: ';', quoted_match: /[;"\n\r]/ });
    csv.pipe(out);
    let rows = 0;
    let line = 0;
    for await (const row of sheet) {
      // Empty lines for the rows the sheet skips, so report lines are the sheet's row numbers.
      for (; line < row.number - 1; line++) csv.write(['']);
      line++;
      const cells = Array.from((row.values as CellValue[]).slice(1), cellText);
      if (cells.some((c) => c.trim() !== '')) rows++;
      if (!csv.write(cells)) await once(csv, 'drain');
    }
    csv.end();
    await once(out, 'close');
    if (rows > 0) return (sheet as unknown as { name?: string }).name ?? 'Feuille 1';
  }
  return undefined;
}
