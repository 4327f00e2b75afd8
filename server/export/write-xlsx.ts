import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { exampleCells, headerRow } from './columns.js';
import type { Lang } from './labels.js';
import type { MatchSet } from './read-all.js';
import { ExportAbortedError } from './sink.js';

/** One sheet of examples and one of metadata, streamed row by row (exceljs's streaming writer, no shared strings). */
export async function writeXlsx(set: MatchSet, out: Writable, meta: Record<string, unknown>, lang: Lang): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(lang === 'fr' ? 'Exemples' : 'Examples', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(headerRow(lang));
  header.font = { bold: true };
  header.commit();
  for await (const batch of set.batches) {
    if (out.destroyed) throw new ExportAbortedError('client disconnected');
    for (const example of batch) sheet.addRow(exampleCells(example, lang)).commit();
    // The zip is piped into `out`; wait while the socket is full so compressed rows do not pile up in memory.
    if (out.writableNeedDrain) await new Promise((resolve) => { out.once('drain', resolve); out.once('close', resolve); });
  }
  sheet.commit();
  const about = workbook.addWorksheet(lang === 'fr' ? 'Métadonnées' : 'Metadata');
  for (const [key, value] of Object.entries(meta)) {
    about.addRow([key, typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value)]).commit();
  }
  about.commit();
  await workbook.commit();
}
