import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { Delimiter } from './delimiter.js';

export type CsvRecord =
  | { kind: 'record'; line: number; cells: string[] }
  | { kind: 'unreadable'; line: number; cells: string[]; reason: string };

const BREAKS = /\r\n|\r|\n/g;
const countBreaks = (text: string): number => text.match(BREAKS)?.length ?? 0;
const leadingBreaks = (text: string): number => /^(?:\r\n|\r|\n)*/.exec(text)![0].match(BREAKS)?.length ?? 0;

/**
 * Records of a CSV text stream, each with the physical line where it starts. csv-parse's own line
 * count drifts on CRLF inside quoted cells, so lines are counted from each record's raw text.
 * An unclosed quote would swallow the rest of the file: its line is reported unreadable and
 * parsing resumes on the next line.
 */
export async function* readCsv(input: NodeJS.ReadableStream | string, delimiter: Delimiter, firstLine = 1): AsyncGenerator<CsvRecord> {
  const skipped: CsvError[] = [];
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
  });
  parser.on('skip', (error: CsvError) => skipped.push(error));
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let consumed = firstLine - 1;
  for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    const line = consumed + 1 + leadingBreaks(raw);
    consumed += countBreaks(raw);
    if (record.every((cell) => cell.trim() === '')) continue;
    yield { kind: 'record', line, cells: record };
  }
  for (const error of skipped) {
    const raw = (error as CsvError & { raw?: string }).raw ?? '';
    const line = consumed + 1 + leadingBreaks(raw);
    const rest = raw.replace(/^(?:\r\n|\r|\n)+/, '');
    const firstBreak = rest.search(/\r\n|\r|\n/);
    const bad = firstBreak < 0 ? rest : rest.slice(0, firstBreak);
    yield { kind: 'unreadable', line, cells: bad.split(delimiter), reason: `Ligne illisible : ${csvReason(error)}` };
    if (firstBreak >= 0) yield* readCsv(rest.slice(firstBreak).replace(/^(?:\r\n|\r|\n)/, ''), delimiter, line + 1);
  }
}

function csvReason(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'guillemet ouvert jamais fermé';
  return error.message;
}
