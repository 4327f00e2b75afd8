import { entriesOf, entryStream, openZip } from './zip-file.js';

// exceljs's streaming WorkbookReader.parse() walks the zip's local headers in stored order (unzipper) and pauses that
// stream around each entry it hands on: an entry can be lost (exceljs issue #3064), most often xl/workbook.xml, which
// exceljs-written files store last (then « Cannot read properties of undefined (reading 'sheets') », about 1 read in
// 300 here); and sheets met before the shared strings go through temp files it may delete before they are opened.
// Here the zip is opened by its central directory and the same reader's parts are fed in the order they depend on:
// relationships, workbook, styles, shared strings, then each sheet (its hyperlinks first) streamed from the archive.

type Event = { eventType: string; value: unknown };
type Stream = NodeJS.ReadableStream & AsyncIterable<Buffer> & { destroy?(): void };

/** The parts of exceljs's WorkbookReader this drives (4.4.0; its own parse() is the only caller upstream). */
export interface BookParts {
  options: { hyperlinks?: string };
  _parseRels(entry: Stream): Promise<void>;
  _parseWorkbook(entry: Stream): Promise<void>;
  _parseStyles(entry: Stream): Promise<void>;
  _parseSharedStrings(entry: Stream): AsyncIterable<Event>;
  _parseHyperlinks(iterator: AsyncIterable<Buffer>, sheetNo: string): Iterable<Event>;
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Iterable<Event>;
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** What WorkbookReader.parse() yields (worksheets, hyperlinks, shared strings when emitted), with no entry lost. */
export async function* bookEvents(book: BookParts, path: string): AsyncGenerator<Event> {
  const zip = await openZip(path);
  const open: Stream[] = [];
  const read = async (entry: Parameters<typeof entryStream>[1]): Promise<Stream> => {
    const stream = await entryStream(zip, entry);
    open.push(stream);
    return stream;
  };
  try {
    const entries = new Map((await entriesOf(zip)).map((e) => [e.fileName, e]));
    const part = (name: string) => entries.get(name);
    for (const [name, parse] of [['xl/_rels/workbook.xml.rels', book._parseRels], ['xl/workbook.xml', book._parseWorkbook], ['xl/styles.xml', book._parseStyles]] as const) {
      const entry = part(name);
      if (entry) await parse.call(book, await read(entry));
    }
    const strings = part('xl/sharedStrings.xml');
    if (strings) yield* book._parseSharedStrings(await read(strings));
    const sheets = [...entries.keys()].flatMap((name) => SHEET.exec(name)?.[1] ?? []).sort((a, b) => Number(a) - Number(b));
    for (const no of sheets) {
      const links = part(`xl/worksheets/_rels/sheet${no}.xml.rels`);
      if (links && book.options.hyperlinks === 'emit') yield* book._parseHyperlinks(await read(links), no);
      yield* book._parseWorksheet(await read(part(`xl/worksheets/sheet${no}.xml`)!), no);
      // A sheet its reader skipped is not left open.
      for (const stream of open.splice(0)) stream.destroy?.();
    }
  } finally {
    for (const stream of open) stream.destroy?.();
    zip.close();
  }
}
