import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '#server/import/delimiter.js';
import { decodeCp1252, detectEncoding, readHead, readText } from '#server/import/encoding.js';
import { expandPaths } from '#server/import/files.js';
import { readCsv, type CsvRecord } from '#server/import/read-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'odd17-csv-'));
const write = (name: string, bytes: Buffer | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const all = async (input: string, delimiter: ';' | ',' | '\t' = ';'): Promise<CsvRecord[]> => {
  const out: CsvRecord[] = [];
  for await (const r of readCsv(input, delimiter)) out.push(r);
  return out;
};

describe('detectEncoding', () => {
  it('reads a UTF-8 BOM as UTF-8 with BOM', async () => {
    expect(await detectEncoding(write('bom.csv', Buffer.from('\ufeffTitre;Région\n', 'utf8')))).toBe('utf-8-bom');
  });
  it('reads valid UTF-8 without BOM as UTF-8', async () => {
    expect(await detectEncoding(write('utf8.csv', 'Titre;Région\nÉté;Bretagne\n'))).toBe('utf-8');
  });
  it('reads Excel’s Windows-1252 bytes as Windows-1252, and decodes ’ œ € – correctly', async () => {
    const path = write('cp1252.csv', iconv.encode('Titre;Région\nCœur – l’été 5 €;Île-de-France\n', 'win1252'));
    expect(await detectEncoding(path)).toBe('windows-1252');
    expect(await readHead(path, 'windows-1252')).toBe('Titre;Région\nCœur – l’été 5 €;Île-de-France\n');
  });
  it('reads every Windows-1252 byte as iconv-lite does, in a file read chunk by chunk', async () => {
    const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    expect(decodeCp1252(every)).toBe(iconv.decode(every, 'win1252'));
    // 0x80–0x9F differ from Latin-1 (€ ’ “ ” – …), and five of them are undefined (U+FFFD).
    expect(decodeCp1252(Buffer.from([0x80, 0x92, 0x93, 0x94, 0x96, 0x85, 0x81, 0xe9]))).toBe('€’“”–…\ufffdé');
    const text = `Titre;Région\n${'Cœur – l’été 5 €;Île-de-France\n'.repeat(20_000)}`;
    let read = '';
    for await (const chunk of readText(write('cp1252-big.csv', iconv.encode(text, 'win1252')), 'windows-1252')) read += chunk;
    expect(read).toBe(text);
  });
  it('finds an invalid byte far into a large file (the whole file is checked, not a sample)', async () => {
    const big = Buffer.concat([Buffer.from(`Titre\n${'Ligne sans accent\n'.repeat(50_000)}`), iconv.encode('Fin é\n', 'win1252')]);
    expect(await detectEncoding(write('late.csv', big))).toBe('windows-1252');
  });
  it('does not mistake a UTF-8 character split across read chunks for an error', async () => {
    const text = `${'a'.repeat(65_535)}é\n`;
    expect(await detectEncoding(write('split.csv', text))).toBe('utf-8');
  });
  it('reads a UTF-16 BOM (Excel “Unicode text”)', async () => {
    expect(await detectEncoding(write('u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titre\tRégion\n', 'utf16le')])))).toBe('utf-16le');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Titre;Région;ODD\n', ';'],
    ['Titre,Région,ODD\n', ','],
    ['Titre\tRégion\tODD\n', '\t'],
    ['"Titre, long";Région\n', ';'],
    ['"Type; d\'acteur",Titre,Région\n', ','],
    ['\r\n\r\nTitre,Région\r\n', ','],
    ['Titre\na;b;c;d\n', ';'],
  ])('finds the delimiter of the header line outside quotes: %j', (head, expected) => expect(detectDelimiter(head)).toBe(expected));
});

describe('readCsv', () => {
  it('gives each record the physical line where it starts, with CRLF and multi-line quoted cells', async () => {
    const records = await all('Titre;Desc\r\n\r\nA;"un\r\ndeux\r\ntrois"\r\nB;x\r\n');
    expect(records).toEqual([
      { kind: 'record', line: 1, cells: ['Titre', 'Desc'] },
      { kind: 'record', line: 3, cells: ['A', 'un\r\ndeux\r\ntrois'] },
      { kind: 'record', line: 6, cells: ['B', 'x'] },
    ]);
  });
  it('reads "" escapes, trailing delimiters, short rows and empty lines', async () => {
    const records = await all('Titre,Desc,\n"Le ""Projet""",x,\n\nSeul\n,,\n', ',');
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['Titre', 'Desc', '']],
      [2, ['Le "Projet"', 'x', '']],
      [4, ['Seul']],
    ]);
  });
  it('reports a line with an unclosed quote as unreadable and reads the lines after it', async () => {
    const records = await all('Titre;Desc\nA;"jamais fermé\nB;ok\nC;ok\n');
    expect(records).toEqual([
      { kind: 'record', line: 1, cells: ['Titre', 'Desc'] },
      { kind: 'unreadable', line: 2, cells: ['A', '"jamais fermé'], reason: 'Ligne illisible : guillemet ouvert jamais fermé' },
      { kind: 'record', line: 3, cells: ['B', 'ok'] },
      { kind: 'record', line: 4, cells: ['C', 'ok'] },
    ]);
  });
  it('keeps stray quotes inside an unquoted cell as text', async () => {
    expect((await all('Titre\nLe "Projet" X\n'))[1]).toEqual({ kind: 'record', line: 2, cells: ['Le "Projet" X'] });
  });
});

describe('expandPaths', () => {
  it('lists CSV files of folders recursively, sorted, named relative to the folder given', async () => {
    const { files, skipped } = await expandPaths(['tests/fixtures/import/dialects/folder', 'tests/fixtures/import/dialects/tab-upper.csv']);
    expect(files.map((f) => f.name)).toEqual(['a.csv', 'sub/b.csv', 'tab-upper.csv']);
    expect(skipped).toEqual([]);
  });
  it('fails clearly on a missing path', async () => {
    await expect(expandPaths(['pas/la.csv'])).rejects.toThrow('Fichier ou dossier introuvable : pas/la.csv');
  });
});
