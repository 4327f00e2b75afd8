import { fold } from '#domain/fold.js';
import { ImportError } from './errors.js';
import { bookEvents, type BookParts } from './xlsx-book.js';
import { columnNumber, sheetCells, type SheetRow, type XlsxCell } from './xlsx-cells.js';
import { tapMerges, type Merge } from './xlsx-merges.js';

// Excel workbooks (data-format.md §1) through exceljs's streaming reader, so memory stays flat whatever the sheet's
// size. Hyperlinks and merged cells are written after a sheet's rows in its XML, so a first pass notes them (and which
// sheets have data), a second reads the rows: a hyperlink reads as its URL, a date as a date, a cell merged down its
// rows gives its value to each, a header merged across columns heads each of them once.

/** What the survey pass learns of one sheet. */
interface SheetSurvey {
  name: string;
  rows: number;
  /** Its first rows' texts, to tell a table from a cover sheet. */
  head: string[][];
  merges: Merge[];
  /** Row → column → hyperlink relationship id. */
  links: Map<number, Map<number, string>>;
  /** Number of its XML part (`xl/worksheets/sheet3.xml`), which its hyperlinks' targets are filed under. */
  part: string;
}

interface Streamed {
  id: string | number;
  name: string;
  iterator: AsyncIterable<Buffer>;
  parse(): AsyncIterable<{ eventType: string; value: unknown }[]>;
}
interface StreamedWorkbook extends BookParts {
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}
interface LinkReader {
  id: string;
  on(event: 'hyperlink', listener: (rel: { rId: string; target: string }) => void): void;
  read(): Promise<void>;
}

const HEAD_ROWS = 12;
const CELL_REF = /^([A-Z]+)(\d+)$/;

// Loaded when a workbook is read (~0.3 s of every import's start otherwise): most runs read CSV only.
const reader = async (path: string, options: object): Promise<StreamedWorkbook> => {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', entries: 'ignore', ...options }) as unknown as StreamedWorkbook;
};

/** The XML part number of a sheet (its id in workbook.xml is not always the part's). */
function partOf(book: StreamedWorkbook, sheet: Streamed): string {
  const rId = book.model?.sheets?.find((s) => String(s.id) === String(sheet.id))?.rId;
  const target = book.workbookRels?.find((r) => r.Id === rId)?.Target;
  return /sheet(\d+)\.xml/.exec(target ?? '')?.[1] ?? String(sheet.id);
}

async function survey(path: string): Promise<{ sheets: SheetSurvey[]; targets: Map<string, Map<string, string>> }> {
  const book = await reader(path, { hyperlinks: 'emit', styles: 'ignore' });
  const sheets: SheetSurvey[] = [];
  const targets = new Map<string, Map<string, string>>();
  for await (const { eventType, value } of bookEvents(book, path)) {
    if (eventType === 'hyperlinks') {
      const links = value as LinkReader;
      const byId = new Map<string, string>();
      links.on('hyperlink', (rel) => byId.set(rel.rId, rel.target));
      await links.read();
      targets.set(String(links.id), byId);
      continue;
    }
    if (eventType !== 'worksheet') continue;
    const sheet = value as Streamed;
    const found: SheetSurvey = { name: sheet.name, rows: 0, head: [], merges: [], links: new Map(), part: partOf(book, sheet) };
    sheet.iterator = tapMerges(sheet.iterator, found.merges);
    for await (const events of sheet.parse()) {
      for (const event of events) {
        if (event.eventType === 'row') {
          const row = event.value as SheetRow;
          if (!row.hasValues) continue;
          found.rows++;
          if (found.head.length < HEAD_ROWS) found.head.push(sheetCells(row, undefined).map((c) => c.text));
        } else if (event.eventType === 'hyperlink') {
          const { ref, rId } = event.value as { ref: string; rId: string };
          const at = CELL_REF.exec(ref);
          if (!at) continue;
          const row = Number(at[2]);
          found.links.set(row, (found.links.get(row) ?? new Map()).set(columnNumber(at[1]!), rId));
        }
      }
    }
    sheets.push(found);
  }
  return { sheets, targets };
}

/** The sheet to read: the one named, else the first whose first rows hold a header that `isTable` accepts, else the first with data. */
function choose(sheets: SheetSurvey[], named: string | undefined, isTable: (row: string[]) => boolean): SheetSurvey {
  const list = sheets.map((s) => `« ${s.name} »`).join(', ');
  if (named) {
    const sheet = sheets.find((s) => fold(s.name) === fold(named));
    if (!sheet) throw new ImportError(`Feuille « ${named} » introuvable dans le classeur (feuilles : ${list || 'aucune'})`);
    return sheet;
  }
  const sheet = sheets.find((s) => s.head.some(isTable)) ?? sheets.find((s) => s.rows > 0);
  if (!sheet) throw new ImportError(sheets.length ? `Classeur sans données : toutes ses feuilles sont vides (${list})` : 'Classeur sans feuille lisible');
  return sheet;
}

export interface XlsxRecord {
  line: number;
  cells: string[];
  links: (string | undefined)[];
  /** For a column covered by a cell merged across from another column, that column's index. */
  under: (number | undefined)[];
}

/** The sheet's rows as records (line = row number), with each cell's link; and the sheet read and every sheet's name. */
export async function readXlsx(path: string, options: { sheet?: string; isTable: (row: string[]) => boolean }): Promise<{ sheet: string; sheets: string[]; records: AsyncGenerator<XlsxRecord> }> {
  const { sheets, targets } = await survey(path).catch((error: unknown) => {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`Classeur illisible (${error instanceof Error ? error.message : String(error)}) : enregistrez-le à nouveau depuis Excel en .xlsx`);
  });
  const chosen = choose(sheets, options.sheet, options.isTable);
  const byId = targets.get(chosen.part) ?? new Map<string, string>();
  const linkAt = (row: number, column: number): string | undefined => {
    const rId = chosen.links.get(row)?.get(column);
    return rId ? byId.get(rId) : undefined;
  };
  return { sheet: chosen.name, sheets: sheets.map((s) => s.name), records: rows(path, chosen, linkAt) };
}

async function* rows(path: string, chosen: SheetSurvey, linkAt: (row: number, column: number) => string | undefined): AsyncGenerator<XlsxRecord> {
  const book = await reader(path, { hyperlinks: 'ignore', styles: 'cache' });
  const fill = mergeFill(chosen.merges);
  for await (const { eventType, value } of bookEvents(book, path)) {
    if (eventType !== 'worksheet') continue;
    const sheet = value as Streamed;
    // Another sheet is read through and dropped: exceljs deletes a sheet's temporary file as soon as the next is asked
    // for, and a sheet left unread would then fail to open it (an uncaught ENOENT).
    if (sheet.name !== chosen.name) {
      for await (const _ of sheet.parse());
      continue;
    }
    for await (const events of sheet.parse()) {
      for (const event of events) {
        if (event.eventType !== 'row') continue;
        const row = event.value as SheetRow;
        const { cells, under } = fill(row.number, sheetCells(row, (column) => linkAt(row.number, column)));
        if (cells.some((c) => c.text.trim() !== '')) yield { line: row.number, cells: cells.map((c) => c.text), links: cells.map((c) => c.link), under };
      }
    }
    return;
  }
}

/**
 * Merged cells: down its rows a merged cell gives its value to each (a project's cell spanning its rows); across columns
 * it is read once, in its first column, and the columns it covers are said to be under it (a merged header heads them).
 */
function mergeFill(merges: Merge[]): (rowNumber: number, cells: XlsxCell[]) => { cells: XlsxCell[]; under: (number | undefined)[] } {
  const masters = new Map<Merge, XlsxCell>();
  return (rowNumber, cells) => {
    const under: (number | undefined)[] = [];
    for (const m of merges) {
      if (rowNumber < m.top || rowNumber > m.bottom) continue;
      if (rowNumber === m.top) {
        const master = cells[m.left - 1];
        if (master) masters.set(m, master);
      } else {
        const master = masters.get(m);
        if (master) cells[m.left - 1] = master;
      }
      for (let c = m.left + 1; c <= m.right; c++) under[c - 1] = m.left - 1;
    }
    for (let i = 0; i < cells.length; i++) cells[i] ??= { text: '' };
    return { cells, under };
  };
}
