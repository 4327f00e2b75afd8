import Papa from 'papaparse';
import type { Delimiter } from './delimiter.js';

export type CsvRecord =
  | { kind: 'record'; line: number; cells: string[] }
  | { kind: 'unreadable'; line: number; cells: string[]; reason: string };

// A quoted cell longer than this is an unclosed quote, not a cell: its line is reported and reading goes on.
const LONGEST_PENDING = 1024 * 1024;
const BREAK = /\r\n|\r|\n/g;

const breaksIn = (cell: string): number => (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 ? 0 : (cell.match(BREAK)?.length ?? 0));

/** The record separator: the first line break outside quotes. */
function lineBreakOf(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
    else if (!quoted && ch === '\n') return '\n';
  }
  return '\n';
}

/**
 * Records of a CSV text, each with the physical line where it starts (lines are counted from the breaks inside cells,
 * so multi-line quoted cells and CRLF keep every later line exact). Parsed by papaparse's core parser chunk by chunk
 * (flat memory). An unclosed quote would swallow the rest of the file: its line is reported unreadable and reading
 * resumes on the next line.
 */
export async function* readCsv(input: AsyncIterable<string> | string, delimiter: Delimiter, firstLine = 1): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(input, delimiter, firstLine)) yield* batch;
}

/** The records of readCsv, a chunk's worth at a time (one await per chunk, not per row). */
export async function* readCsvBatches(input: AsyncIterable<string> | string, delimiter: Delimiter, firstLine = 1): AsyncGenerator<CsvRecord[]> {
  let parser: InstanceType<typeof Papa.Parser> | undefined;
  let pending = '';
  let line = firstLine;
  const chunks = typeof input === 'string' ? [input] : input;
  function rows(data: string[][]): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (const cells of data) {
      const start = line;
      let breaks = 0;
      let blank = true;
      for (const cell of cells) {
        breaks += breaksIn(cell);
        if (blank && cell.trim() !== '') blank = false;
      }
      line += 1 + breaks;
      if (!blank) out.push({ kind: 'record', line: start, cells });
    }
    return out;
  }
  for await (const chunk of chunks) {
    pending += chunk;
    parser ??= new Papa.Parser({ delimiter, newline: lineBreakOf(pending) });
    const result = parser.parse(pending, 0, true);
    pending = pending.slice(result.meta.cursor);
    yield rows(result.data);
    if (pending.length > LONGEST_PENDING) {
      yield* unclosed(pending, delimiter, line);
      return;
    }
  }
  if (!pending) return;
  parser ??= new Papa.Parser({ delimiter, newline: lineBreakOf(pending) });
  const result = parser.parse(pending, 0, false);
  const bad = (result.errors as { code: string; row: number }[]).find((e) => e.code === 'MissingQuotes');
  if (!bad) return yield rows(result.data);
  yield rows(result.data.slice(0, bad.row));
  // The unclosed cell holds the rest of the text as it is: its row's cells rebuilt, then read again from the next line.
  const cells = result.data[bad.row]!;
  yield* unclosed(`${cells.slice(0, -1).map((c: string) => `${c}${delimiter}`).join('')}"${cells.at(-1)}`, delimiter, line);
}

/** The unclosed quote's line reported unreadable, then the text after it read again. */
async function* unclosed(text: string, delimiter: Delimiter, line: number): AsyncGenerator<CsvRecord[]> {
  const end = text.search(/\r\n|\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  yield [{ kind: 'unreadable', line, cells: first.split(delimiter), reason: 'Ligne illisible : guillemet ouvert jamais fermé' }];
  if (end >= 0) yield* readCsvBatches(text.slice(end).replace(/^(?:\r\n|\r|\n)/, ''), delimiter, line + 1);
}
