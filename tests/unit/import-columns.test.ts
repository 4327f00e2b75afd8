import { describe, expect, it } from 'vitest';
import { headerSignature, ImportMappingSchema, profileFor, valueMapOf } from '#domain/import-mapping.js';
import { cellsOf, CONTENT_THRESHOLD, idColumnVerdict, planColumns } from '#domain/normalise/column-plan.js';
import { detectDelimiter } from '#server/import/delimiter.js';
import { kindOf } from '#server/import/file-kind.js';

const SDG_VALUES = ['10- Réduction des inégalités', '4- Éducation de qualité', '3- Bonne santé et bien-être', '13- Lutte contre les changements climatiques', 'Coup de cœur'];

describe('planColumns', () => {
  it('reads a column no header names by its content when ≥ 80 % of its values are a facet’s, with the figures', () => {
    expect(CONTENT_THRESHOLD).toBe(0.8);
    const plan = planColumns(['Titre', 'Tags sourceur'], SDG_VALUES.map((v, i) => [`P${i}`, v]));
    expect(plan.columns[1]).toEqual({ position: 2, header: 'Tags sourceur', field: 'sdgs', how: 'content', recognised: { values: 4, of: 5 } });
    // « 10- Réduction… » starts like département 10: a column is read as départements only where their names are.
    expect(planColumns(['Titre', 'Lieu'], [['P', 'Isère (38)'], ['P', 'Finistère'], ['P', '35 - Ille-et-Vilaine']]).columns[1]).toMatchObject({ field: 'departments', how: 'content' });
  });
  it('does not below 80 %, nor for a facet a header already fills, nor for a column of bare numbers', () => {
    expect(planColumns(['Titre', 'Tags'], SDG_VALUES.slice(2).map((v) => ['P', v])).columns[1]!.how).toBe('header');
    expect(planColumns(['Titre', 'Notes'], [['P', SDG_VALUES[0]!], ['P', 'x'], ['P', 'y'], ['P', 'z']]).columns[1]!.how).toBe('ignored');
    expect(planColumns(['Titre', 'ODD', 'Autres'], SDG_VALUES.map((v) => ['P', '17', v])).columns[2]!.how).toBe('ignored');
    expect(planColumns(['Titre', 'Nombre'], [['P', '3'], ['P', '12'], ['P', '5']]).columns[1]!.how).toBe('ignored');
  });
  it('calls a column of e-mails and phone numbers a contact column, whatever its header', () => {
    expect(planColumns(['Titre', 'Notes'], [['P', 'a@example.org'], ['P', '01 00 00 00 00'], ['P', 'b@example.org']]).columns[1]!.how).toBe('contact');
  });
  it('unites numbered columns of a multi-valued field and compares repeated columns of a single-valued one', () => {
    const plan = planColumns(['Titre', 'Thématiques 1', 'Thématiques 2', 'Site web', 'URL projet'], []);
    expect(cellsOf(plan, ['P', 'Santé', 'Sport', 'http://a.example.org', 'http://b.example.org'])).toEqual({
      cells: { title: 'P', themes: 'Santé\nSport', website: 'http://a.example.org' },
      conflicts: [{ field: 'website', values: ['http://a.example.org', 'http://b.example.org'] }],
    });
  });
  it('follows the mapping profile before the headers', () => {
    const profile = ImportMappingSchema.parse({ columns: { Intitulé: 'ignorer', 'Nom du lauréat': 'Titre', Tags: 'ignorer' } }).profiles[0]!;
    const plan = planColumns(['Intitulé', 'Nom du lauréat', 'Tags'], [], profile);
    expect(plan.columns.map((c) => [c.field, c.how])).toEqual([[undefined, 'ignored'], ['title', 'mapping'], [undefined, 'ignored']]);
  });
});

describe('idColumnVerdict', () => {
  const plan = planColumns(['ID', 'Titre'], []);
  it('says an ID column shared by different examples, with fewer values than 80 % of them, names categories', () => {
    const rows = ['A', 'B', 'C', 'D', 'E'].flatMap((code, i) => [[code, `Projet ${i}a`], [code, `Projet ${i}b`]]);
    expect(idColumnVerdict(plan, rows)).toEqual({ header: 'ID', values: 5, examples: 10, used: false });
  });
  it('keeps an ID column that identifies rows, even with one shared id (a conflict, listed as such)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`EX-${i}`, `Projet ${i}`]).concat([['EX-1', 'Autre projet']]);
    expect(idColumnVerdict(plan, rows)).toMatchObject({ used: true });
  });
});

describe('the mapping file', () => {
  it('gives the same header signature in any order, case or accents, and another for other headers', () => {
    expect(headerSignature(['Titre', 'Région'])).toBe(headerSignature(['REGION', 'titre']));
    expect(headerSignature(['Titre', 'Région'])).not.toBe(headerSignature(['Titre', 'Département']));
  });
  it('applies a profile by signature, by file name, or to every file when it names neither', () => {
    const mapping = ImportMappingSchema.parse({ profiles: [{ signature: 'h-1', columns: {} }, { files: ['laureats-*.csv'], columns: {} }, { name: 'défaut', columns: {} }] });
    expect(profileFor(mapping, { name: 'x.csv', signature: 'h-1' })).toBe(mapping.profiles[0]);
    expect(profileFor(mapping, { name: 'dossier/laureats-2016.csv', signature: 'h-2' })).toBe(mapping.profiles[1]);
    expect(profileFor(mapping, { name: 'autre.csv', signature: 'h-3' })?.name).toBe('défaut');
  });
  it('maps odd values to ids from any spelling, or to null when they are to be ignored', () => {
    const map = valueMapOf(ImportMappingSchema.parse({ values: { themes: { Parentalité: 'Jeunesse', Divers: 'ignorer', Autre: '' } } }).profiles[0])!;
    expect([map('themes', 'parentalite'), map('themes', 'DIVERS'), map('themes', 'Autre')]).toEqual(['jeunesse', null, undefined]);
  });
});

describe('file kinds and delimiters', () => {
  it.each([
    [Buffer.from('Titre;Région\n'), '.csv', 'csv'],
    [Buffer.from('PK\u0003\u0004....[Content_Types].xml', 'latin1'), '.csv', 'xlsx'],
    [Buffer.from('%PDF-1.4'), '.csv', 'refused'],
    [Buffer.from('<html><table>'), '.xls', 'refused'],
    [Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), '.xls', 'refused'],
    [Buffer.from([0x00, 0x01, 0x02, 0x00]), '.txt', 'refused'],
  ])('tells a file by its content (%#)', (head, extension, kind) => expect(kindOf(head, extension).kind).toBe(kind));
  it.each([
    ['Titre|Région|ODD\n', '|'],
    ['Lauréats 2016\nTitre;Région;ODD\n', ';'],
    ['Nom du projet|Résumé, court|Région\n', '|'],
  ])('finds the delimiter of %j', (head, delimiter) => expect(detectDelimiter(head)).toBe(delimiter));
});
