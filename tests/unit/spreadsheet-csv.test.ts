import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralise, restoreNeutralised, toSpreadsheetCsv } from '#server/csv/spreadsheet-csv.js';

describe('toSpreadsheetCsv', () => {
  it('quotes a cell holding a line break, so the row stays one record', () => {
    const csv = toSpreadsheetCsv([['id', 'description'], ['a', 'ligne 1\nligne 2'], ['b', 'fin\r\nde ligne']]);
    expect(parse(csv, { delimiter: ';' })).toEqual([['id', 'description'], ['a', 'ligne 1\nligne 2'], ['b', 'fin\r\nde ligne']]);
  });

  it('ends records with CRLF and uses the separator asked for', () => {
    expect(toSpreadsheetCsv([['a', 'b;c']], ',')).toBe('a,b;c\r\n');
    expect(toSpreadsheetCsv([['a', 'b;c']])).toBe('a;"b;c"\r\n');
  });
});

describe('neutralise', () => {
  it.each(['=HYPERLINK("x")', '+33 1 23', '-2', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a quote', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(neutralise('Mécénat = soutien')).toBe('Mécénat = soutien');
    expect(neutralise(2019)).toBe(2019);
    expect(neutralise(undefined)).toBe('');
  });
});

describe('restoreNeutralised', () => {
  it.each(['=HYPERLINK("x")', '+33 1 23', '-fx03', '@SUM(A1)', '\tx', '\rx'])('gives back %j from its neutralised form', (cell) => {
    expect(restoreNeutralised(String(neutralise(cell)))).toBe(cell);
  });

  it('keeps a quote that guards nothing, and a lone quote', () => {
    expect(restoreNeutralised("'Aujourd’hui")).toBe("'Aujourd’hui");
    expect(restoreNeutralised("'")).toBe("'");
    expect(restoreNeutralised('Mécénat')).toBe('Mécénat');
  });
});
