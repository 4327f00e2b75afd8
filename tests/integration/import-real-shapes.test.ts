import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminClient } from '#server/publish/engine-admin.js';
import { describe, expect, it } from 'vitest';
import type { Example } from '#domain/example.js';
import { ImportReportSchema } from '#domain/import-report.js';
import type { IndexDocument } from '#server/engine/documents.js';
import { runImport } from '#server/import/run-import.js';
import { formatSummary } from '#server/import/summary.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// Exports nobody here wrote, in the shapes of issue 11, imported as they are (data-format.md §1, §3, §4).
const SHAPES = 'tests/fixtures/import/real-shapes';
const engine = testEngine();
const client = adminClient({ url: engine.url, masterKey: engine.masterKey });
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `odd17-${name}-`));
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,}/;
const PHONE = /0[1-9](?:[\s.-]?\d{2}){4}/;

async function documents(index: string): Promise<IndexDocument[]> {
  return (await client.index(index).getDocuments<IndexDocument>({ limit: 1_000 })).results;
}

describe('a scraper’s « | » export with ragged rows and link + mailto websites', () => {
  const file = `${SHAPES}/scraper-innovation-sociale.csv`;

  it('reads « | », rejects the rows with too few cells (both counts), keeps the first http(s) link, and publishes no e-mail or phone', async () => {
    const index = uniqueIndexName('scraper');
    const report = await runImport({ paths: [file], engine, index, dryRun: false, reportDir: tmp('scraper') });
    expect(report.files[0]).toMatchObject({ delimiter: '|', rows: 14, rejected: 3, titleColumn: true, ragged: { rows: 3, headerCells: 20, fewest: 9, most: 14 } });
    expect(report.counts).toMatchObject({ rowsRead: 14, imported: 10, rejected: 3, duplicates: 1, conflicts: 0 });
    expect(report.rejects.map((r) => [r.line, r.reason])).toEqual([
      [13, 'Nombre de cellules différent de l’en-tête : 11 cellules pour 20 colonnes (cellules impossibles à attribuer sans deviner)'],
      [14, 'Nombre de cellules différent de l’en-tête : 9 cellules pour 20 colonnes (cellules impossibles à attribuer sans deviner)'],
      [15, 'Nombre de cellules différent de l’en-tête : 14 cellules pour 20 colonnes (cellules impossibles à attribuer sans deviner)'],
    ]);
    const docs = await documents(index);
    expect(docs).toHaveLength(10);
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get('SCR-0001')?.website).toBe('http://cafes-parents.example.org');
    expect(byId.get('SCR-0002')).toMatchObject({ website: 'http://rouelibre.example.org', description: 'Atelier ouvert deux soirs par semaine, et désormais le samedi.' });
    expect(byId.get('SCR-0005')?.website).toBe('http://clic-solidaire.example.org');
    for (const d of docs) {
      expect(d.website).toMatch(/^http:\/\/[a-z-]+\.example\.org$/);
      expect(JSON.stringify(d)).not.toMatch(EMAIL);
      expect(JSON.stringify(d)).not.toMatch(PHONE);
    }
    expect(byId.get('SCR-0001')?.description).toBe('Rencontres hebdomadaires animées par des bénévoles. Inscriptions : [e-mail masqué] ou [téléphone masqué].');
    // Contact and Email are contact columns: never read.
    expect(report.files[0]!.columns.filter((c) => c.how === 'contact').map((c) => c.header)).toEqual(['Contact', 'Email']);
    // The JSON report is the workspace's contract: what is written parses with its schema.
    expect(ImportReportSchema.parse(JSON.parse(readFileSync(report.reportFile!, 'utf8')))).toEqual(JSON.parse(JSON.stringify(report)));
    const text = `${formatSummary(report)}\n${readFileSync(report.reportFile!, 'utf8')}`;
    expect(text).not.toMatch(EMAIL);
    expect(text).not.toMatch(PHONE);
  });

  it('makes an unmapped tag searchable: « parentalité », only in the tags, finds its rows', async () => {
    const index = uniqueIndexName('scraper');
    const report = await runImport({ paths: [file], engine, index, dryRun: false });
    // Read word by word where a tag is known (« parentalité famille solidarité »), kept whole where none is (« parentalité école »).
    expect(report.unmapped.themes!.values.find((v) => v.value === 'parentalité')).toMatchObject({ count: 3 });
    expect(report.unmapped.themes!.values.find((v) => v.value === 'parentalité école')).toMatchObject({ count: 1 });
    const found = await client.index(index).search('parentalité', { attributesToRetrieve: ['id'] });
    expect(found.hits.map((h) => h.id).sort()).toEqual(['SCR-0001', 'SCR-0003', 'SCR-0008', 'SCR-0010']);
  });

  it('says first, for a file whose rows mostly lack cells, that they were rejected and with which delimiter', async () => {
    const report = await runImport({ paths: [`${SHAPES}/scraper-cellules-omises.csv`], index: 'unused', dryRun: true });
    expect(report.counts).toMatchObject({ rowsRead: 8, imported: 2, rejected: 6 });
    expect(report.files[0]!.ragged).toEqual({ rows: 6, headerCells: 10, fewest: 3, most: 5 });
    expect(report.attention[0]).toBe(
      'scraper-cellules-omises.csv : 6 lignes sur 8 n’ont pas autant de cellules que l’en-tête (3 à 5 cellules pour 10 colonnes avec le séparateur « | ») : l’export a sans doute omis les cellules vides ; ces lignes sont rejetées plutôt que lues au hasard',
    );
    expect(formatSummary(report).split('\n').indexOf(`    - ${report.attention[0]}`)).toBeLessThan(formatSummary(report).split('\n').indexOf('  Lignes lues : 8'));
  });
});

describe('a foundation’s laureate list, as CSV and as the .xlsx it is published in', () => {
  const csv = `${SHAPES}/fondation-laureats-2016.csv`;
  const xlsx = `${SHAPES}/fondation-laureats-2016.xlsx`;
  // Where a row came from, when it was published and the hash of a content whose dates and links differ by kind are set aside.
  const comparable = (e: Example) => ({ ...e, source: undefined, updatedAt: undefined, firstPublished: undefined, lastChanged: undefined, contentHash: undefined, website: e.website?.replace('https://www.', 'www.').replace(/^www\./, 'http://www.') });

  it('gives one example per project: rows merged, ids derived past a category ID column, numbered themes united, SDGs read from « Tags sourceur »', async () => {
    const index = uniqueIndexName('laureats');
    const report = await runImport({ paths: [csv], engine, index, dryRun: false });
    expect(report.counts).toMatchObject({ rowsRead: 19, imported: 11, rejected: 0, duplicates: 8, conflicts: 0 });
    expect(report.files[0]!.idColumn).toEqual({ header: 'ID', values: 5, examples: 10, used: false });
    expect(report.files[0]!.columns.find((c) => c.header === 'Tags sourceur')).toEqual({ position: 13, header: 'Tags sourceur', field: 'sdgs', how: 'content', recognised: { values: 10, of: 11 } });
    expect(formatSummary(report)).toContain('« Tags sourceur » lue comme ODD par son contenu (10/11 valeurs reconnues)');
    const docs = await documents(index);
    expect(docs).toHaveLength(11);
    const explorers = docs.find((d) => d.title === 'Les Explorateurs du mercredi')!;
    expect(explorers).toMatchObject({
      regions: ['bretagne'], departments: ['35'], themes: ['education', 'numerique', 'jeunesse'], sdgs: [4], year: 2016,
      lead: { name: 'Association Les Explorateurs', type: 'association' },
      partners: [{ name: 'Ville de Rennes', type: 'collectivite' }, { name: 'Fondation Agir Exemple', type: 'fondation' }, { name: 'Collège Exemple de Rennes', type: 'academique' }],
    });
    // Two projects of one title, different leads: two examples.
    expect(docs.filter((d) => d.title === 'Jardin solidaire').map((d) => d.lead?.name).sort()).toEqual(['Association Terre Commune', 'Ville de Quimper']);
    expect(docs.find((d) => d.title === 'Orchestre des quartiers')!.themes).toEqual(['education', 'culture-patrimoine', 'jeunesse']);
    expect(docs.find((d) => d.title === 'Forêt urbaine des Capucins')!.themes).toEqual(['environnement', 'economie-locale']);
    expect(docs.find((d) => d.title === 'Forêt urbaine des Capucins')!.lead).toEqual({ name: 'Communauté d\'agglomération Exemple', type: 'collectivite' });
    const parents = docs.find((d) => d.title === 'Université populaire des parents')!;
    expect(parents.partners).toHaveLength(7);
    expect(parents.partners.every((p) => !p.name.includes('•') && p.name.length < 80)).toBe(true);
    expect(parents.lead?.type).toBe('academique');
    for (const d of docs) expect(d.regions).toHaveLength(1);
    expect(report.inferred.map((i) => [i.field, i.rule])).toEqual(expect.arrayContaining([['actorTypes', 'name'], ['year', 'year-in-text'], ['themes', 'compound']]));
    expect(report.unmapped).toEqual({ sdgs: { rows: 1, values: [{ value: 'Coup de cœur du jury', count: 1, firstLines: [{ file: 'fondation-laureats-2016.csv', line: 17 }] }] } });
  });

  it('reads the workbook’s sheet of laureates into the same examples: hyperlinks as URLs, dates as dates, merged cells read once', async () => {
    const fromCsv = await runImport({ paths: [csv], engine, index: uniqueIndexName('laureats'), dryRun: false });
    const fromXlsx = await runImport({ paths: [xlsx], engine, index: uniqueIndexName('laureats'), dryRun: false });
    expect(fromXlsx.files[0]).toMatchObject({ kind: 'xlsx', sheet: 'Lauréats 2016', sheets: ['Notice', 'Lauréats 2016'], headerLine: 3, rows: 19, rejected: 0 });
    expect(fromXlsx.counts).toMatchObject({ imported: 11, duplicates: 8 });
    const csvDocs = (await documents(fromCsv.index!)).sort((a, b) => a.id.localeCompare(b.id));
    const xlsxDocs = (await documents(fromXlsx.index!)).sort((a, b) => a.id.localeCompare(b.id));
    expect(xlsxDocs.map(comparable)).toEqual(csvDocs.map(comparable));
    expect(xlsxDocs.find((d) => d.title === 'Les Explorateurs du mercredi')).toMatchObject({ website: 'http://explorateurs.example.org', updatedAt: '2016-11-01' });
  });

  it('reads the sheet named by --sheet, and refuses a sheet that is not there, naming the sheets', async () => {
    await expect(runImport({ paths: [xlsx], index: 'unused', dryRun: true, sheet: 'Feuil9' })).rejects.toThrow('fondation-laureats-2016.xlsx : Feuille « Feuil9 » introuvable dans le classeur (feuilles : « Notice », « Lauréats 2016 »)');
    const notice = await runImport({ paths: [xlsx], index: 'unused', dryRun: true, sheet: 'notice' }).catch((e: Error) => e.message);
    expect(notice).toMatch(/aucun fichier n’a de colonne « Titre »/);
  });
});

describe('the rejects file', () => {
  it('is re-imported as it is once a row is fixed: the fixed row imported, the others rejected again, ligne and motif ignored', async () => {
    const dir = tmp('rejects');
    const first = await runImport({ paths: [`${SHAPES}/scraper-innovation-sociale.csv`], index: 'unused', dryRun: true, reportDir: dir });
    const rejects = first.rejectsFiles[0]!.path;
    const text = readFileSync(rejects, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffligne;motif;Nom du projet;Résumé du projet;Description;Structure porteuse;Type de structure;Partenaires du projet;Région;Département;Ville;Thématiques;Tags;ODD;Année de création;Statut;URL projet;Contact;Email;Date de publication;Source;ID interne');
    // The curator fills the Ressourcerie's missing cells in the rejects file.
    const fixed = text.replace(/^14;.*$/m, '14;à corriger;Ressourcerie des Deux Rives;Collecte et revente d’objets;;Association Deux Rives;Association;;Grand Est;67;Strasbourg;Environnement;réemploi;ODD 12;2016;En cours;http://ressourcerie.example.org;;;;scraper v2;SCR-0012');
    const path = join(dir, 'rejets-corriges.csv');
    writeFileSync(path, fixed);
    const again = await runImport({ paths: [path], index: 'unused', dryRun: true });
    expect(again.counts).toMatchObject({ rowsRead: 3, imported: 1, rejected: 2 });
    expect(again.rejects.map((r) => r.reason)).toEqual([
      'Nombre de cellules différent de l’en-tête : 13 cellules pour 22 colonnes (cellules impossibles à attribuer sans deviner)',
      'Nombre de cellules différent de l’en-tête : 16 cellules pour 22 colonnes (cellules impossibles à attribuer sans deviner)',
    ]);
    expect(again.files[0]!.columns.filter((c) => c.how === 'rejects-file').map((c) => c.header)).toEqual(['ligne', 'motif']);
    expect(again.files[0]!.extraColumns).not.toContain('ligne');
  });
});

describe('a mapping file', () => {
  it('is proposed by every run for what it could not map, and applied as edited: columns to fields or ignored, odd values to ids', async () => {
    const dir = tmp('mapping');
    const first = await runImport({ paths: [`${SHAPES}/scraper-innovation-sociale.csv`], index: 'unused', dryRun: true, reportDir: dir });
    const proposal = JSON.parse(readFileSync(first.mappingFile!, 'utf8'));
    const profile = proposal.profiles[0];
    expect(profile).toMatchObject({ name: 'scraper-innovation-sociale.csv', signature: first.files[0]!.signature, columns: { 'Date de publication': 'ignorer', Source: 'ignorer' } });
    expect(profile.values.themes.parentalité).toBe('');
    profile.columns['Date de publication'] = 'updatedAt';
    profile.values.themes.parentalité = 'Jeunesse';
    profile.values.themes.aidants = 'ignorer';
    const { loadMapping } = await import('#server/import/mapping-file.js');
    const path = join(dir, 'correspondance.json');
    writeFileSync(path, JSON.stringify(proposal));
    const mapping = await loadMapping(path);
    const again = await runImport({ paths: [`${SHAPES}/scraper-innovation-sociale.csv`], index: 'unused', dryRun: true, mapping });
    expect(again.files[0]).toMatchObject({ profile: 'scraper-innovation-sociale.csv' });
    expect(again.files[0]!.columns.find((c) => c.header === 'Date de publication')).toMatchObject({ field: 'updatedAt', how: 'mapping' });
    const left = again.unmapped.themes!.values.map((v) => v.value);
    expect(left).not.toContain('parentalité');
    expect(left).not.toContain('aidants');
    expect(left).toContain('étudiants');
    // « parentalité », a tag among tags, now reads as Jeunesse on its rows.
    expect(again.unmapped.themes!.rows).toBeLessThan(first.unmapped.themes!.rows);
    // Another export (another header signature) is not touched by that profile.
    const other = await runImport({ paths: [`${SHAPES}/scraper-cellules-omises.csv`], index: 'unused', dryRun: true, mapping });
    expect(other.files[0]!.profile).toBeUndefined();
  });

  it('is refused with every problem listed when it names a field or a value that does not exist', async () => {
    const dir = tmp('mapping');
    const path = join(dir, 'mauvaise.json');
    writeFileSync(path, JSON.stringify({ columns: { Tags: 'couleur' }, values: { themes: { parentalité: 'astrologie' }, year: { 'vers 2019': '2019' } } }));
    const { loadMapping } = await import('#server/import/mapping-file.js');
    await expect(loadMapping(path)).rejects.toThrow(
      `Fichier de correspondance ${path} invalide — columns.Tags : champ inconnu « couleur » (un champ comme « title », « themes », un en-tête comme « Thématiques », ou « ignorer ») ; values.themes.parentalité : « astrologie » n’est pas une valeur de themes ; values.year.vers 2019 : « year » n’a pas de valeurs de taxonomie : seul « ignorer » est possible`,
    );
  });
});

describe('files the import cannot read', () => {
  const dir = tmp('kinds');
  const write = (name: string, bytes: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  it.each([
    ['ancien.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ancien.xls refusé : ancien format Excel (.xls) ou classeur protégé par un mot de passe, non lu'],
    ['calc.ods', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]), 'calc.ods refusé : classeur OpenDocument (LibreOffice, .ods), non lu'],
    ['rapport.csv', '%PDF-1.7\n%âãÏÓ\n', 'rapport.csv refusé : document PDF (malgré l’extension .csv), pas un tableur'],
  ])('refuses %s with a French reason and writes the report of the stopped run', async (name, bytes, message) => {
    const reports = tmp('kinds-report');
    const error = await runImport({ paths: [write(name, bytes)], index: 'unused', dryRun: true, reportDir: reports }).catch((e: Error & { reportFile?: string }) => e);
    expect((error as Error).message).toContain(message);
    expect(JSON.parse(readFileSync((error as { reportFile: string }).reportFile, 'utf8')).fatal.message).toContain(message);
  });
  it('reads a workbook renamed .csv as the workbook it is', async () => {
    const path = join(dir, 'laureats.csv');
    copyFileSync(`${SHAPES}/fondation-laureats-2016.xlsx`, path);
    const report = await runImport({ paths: [path], index: 'unused', dryRun: true });
    expect(report.files[0]).toMatchObject({ kind: 'xlsx', rows: 19 });
  });
});
