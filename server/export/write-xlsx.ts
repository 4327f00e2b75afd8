import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { exampleRow, headerRow } from './columns.js';
import type { Lang } from '#domain/facet-registry.js';
import { attribution } from './dataset-credits.js';
import type { DescriptionLine } from './describe-selection.js';
import type { MatchSet } from './read-all.js';
import { ExportAbortedError } from './sink.js';

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
export async function writeXlsx(set: MatchSet, out: Writable, about: XlsxAbout, lang: Lang): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(WORDS.examples[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(headerRow(lang));
  header.font = { bold: true };
  header.commit();
  for await (const batch of set.batches) {
    if (out.destroyed) throw new ExportAbortedError('client disconnected');
    for (const example of batch) sheet.addRow(exampleRow(example, lang)).commit();
    // The zip is piped into `out`; wait while the socket is full so compressed rows do not pile up in memory.
    if (out.writableNeedDrain) await new Promise((resolve) => { out.once('drain', resolve); out.once('close', resolve); });
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
}
