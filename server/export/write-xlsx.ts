import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Lang } from '#domain/facet-registry.js';
import { exampleCells, headerRow } from './columns.js';
import { attribution } from './dataset-credits.js';
import type { DescriptionLine } from './describe-selection.js';
import type { MatchSet } from './read-all.js';
import { ExportAbortedError, drainOrClose } from './sink.js';

type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;
type DrainState = { writableLength?: number; _writableState?: { length?: number } } & NodeJS.EventEmitter;

// Rows between two looks at the zip's input, and the sheet XML let wait there: less starves compression (a 150k-row
// export took 30 s with 256 KB, 18 s with 1 MB, as long as unbounded).
const ROWS_PER_CHECK = 100;
const BACKLOG_BYTES = 1_000_000;

/**
 * exceljs's streaming writer never says when to wait (exceljs issue #734): its sheet stream writes into the zip's
 * input without heeding write()'s answer, so rows made faster than they are compressed and sent pile up in memory
 * (+100 MB per 150k-row export, 3.35 GB for 20 at once: issue 9). That input stream (archiver's PassThrough) counts what waits in
 * it; past 1 MB we wait for it to drain. Reached through exceljs internals (`stream.pipes`), checked so an upgrade that
 * moves them fails loudly instead of silently buffering again.
 */
function zipInput(sheet: SheetWriter): { full(): boolean; drained(): Promise<void> } {
  const input = (sheet as unknown as { stream?: { pipes?: DrainState[] } }).stream?.pipes?.[0];
  const backlog = () => input?.writableLength ?? input?._writableState?.length;
  if (typeof backlog() !== 'number') throw new Error('exceljs: the sheet stream is no longer piped as 4.4 did; XLSX backpressure needs a look');
  return { full: () => backlog()! > BACKLOG_BYTES, drained: () => drainOrClose(input!) };
}

/** Waits while the socket is full (the zip is piped into `out`), or the client went away. */
async function socketReady(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await drainOrClose(out);
  if (out.destroyed) throw new ExportAbortedError('client disconnected');
}

/** What the metadata sheet says: the selection line by line, and how to cite it. */
export interface XlsxAbout {
  lines: DescriptionLine[];
  citation: string;
}

const WORDS = {
  examples: { fr: 'Exemples', en: 'Examples' },
  about: { fr: 'Métadonnées', en: 'Metadata' },
  heading: { fr: 'Ce que contient ce fichier', en: 'What this file holds' },
  cite: { fr: 'Citer', en: 'How to cite' },
  licence: { fr: 'Licence', en: 'Licence' },
};

/** One sheet of examples and one of metadata in words, streamed row by row (exceljs's streaming writer, no shared strings). */
export async function writeXlsx(set: MatchSet, out: Writable, about: XlsxAbout, lang: Lang): Promise<{ count: number }> {
  // zlib level 6 said outright: archiver's own default gave files a quarter larger (69 vs 54 MB for 150k rows).
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true, zip: { zlib: { level: 6 } } });
  const sheet = workbook.addWorksheet(WORDS.examples[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  const input = zipInput(sheet);
  const header = sheet.addRow(headerRow(lang));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const batch of set.batches) {
    for (const example of batch) {
      sheet.addRow(exampleCells(example, lang)).commit();
      if (++count % ROWS_PER_CHECK === 0 && input.full()) await input.drained();
    }
    await socketReady(out);
  }
  sheet.commit();
  const meta = workbook.addWorksheet(WORDS.about[lang]);
  meta.columns = [{ width: 26 }, { width: 110 }];
  const title = meta.addRow([WORDS.heading[lang]]);
  title.font = { bold: true };
  title.commit();
  for (const line of about.lines) meta.addRow([line.label, line.value]).commit();
  meta.addRow([]).commit();
  meta.addRow([WORDS.cite[lang], about.citation]).commit();
  meta.addRow([WORDS.licence[lang], attribution(lang)]).commit();
  meta.commit();
  await workbook.commit();
  return { count };
}
