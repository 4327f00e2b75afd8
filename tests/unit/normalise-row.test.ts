import { describe, expect, it } from 'vitest';
import { deriveId, idFromColumn } from '#domain/normalise/id.js';
import { rowToExample, type RowCells } from '#domain/normalise/row.js';
import type { Example } from '#domain/example.js';

const SOURCE = { file: 'a.csv', line: 2 };
function example(cells: RowCells): Example {
  const result = rowToExample(cells, SOURCE);
  if (!result.ok) throw new Error(result.reason);
  return result.example;
}

describe('rowToExample', () => {
  it('builds the full canonical document from a complete row', () => {
    expect(
      example({
        id: 'EX-1', title: '<b>Jardins</b> &amp; insertion', summary: '<p>Un</p><p>Deux</p>', description: 'D', results: 'R',
        lead: 'Association Les Jardins', leadType: 'Associations', partners: 'Fondation Agir (fondation) | Ville de Rennes',
        actorTypes: 'Entreprises', regions: 'Bretagne', departments: 'Ille-et-Vilaine (35); 56', city: ' Rennes ', scale: 'Locale',
        sdgs: 'ODD 17; 2', themes: 'Alimentation, Emploi', mode: 'Mécénat', year: '01/09/2019', status: 'En cours',
        website: 'www.jardins.example.org', updatedAt: '15/03/2024',
      }),
    ).toEqual({
      id: 'EX-1', title: 'Jardins & insertion', summary: 'Un\nDeux', description: 'D', results: 'R',
      lead: { name: 'Association Les Jardins', type: 'association' },
      partners: [{ name: 'Fondation Agir', type: 'fondation' }, { name: 'Ville de Rennes', type: 'collectivite' }],
      actorTypes: ['association', 'entreprise', 'collectivite', 'fondation'], regions: ['bretagne'], departments: ['35', '56'], city: 'Rennes',
      scale: 'local', sdgs: [2, 17], themes: ['emploi-insertion', 'alimentation-agriculture'], audiences: [], mode: 'mecenat', year: 2019,
      status: 'en-cours', website: 'https://www.jardins.example.org', updatedAt: '2024-03-15', unmapped: [], source: SOURCE,
    });
  });
  it('rejects a row without a title, or whose title is only markup', () => {
    expect(rowToExample({ regions: 'Bretagne' }, SOURCE)).toEqual({ ok: false, reason: 'Titre manquant' });
    expect(rowToExample({ title: '<p> </p>' }, SOURCE)).toMatchObject({ ok: false });
  });
  it('derives regions from départements and keeps both', () => {
    expect(example({ title: 'T', departments: '2A, 974' }).regions).toEqual(['corse', 'la-reunion']);
    expect(example({ title: 'T', regions: 'National', departments: '35' }).regions).toEqual(['bretagne', 'national']);
  });
  it('makes actorTypes the union of the column, the lead type and the partner types', () => {
    const e = example({ title: 'T', actorTypes: 'Citoyens', lead: 'Mairie (collectivité)', partners: 'Fac (Université), Boîte (Entreprise)' });
    expect(e.actorTypes).toEqual(['entreprise', 'collectivite', 'academique', 'citoyens']);
  });
  it('keeps the row and lists every value that matches nothing in unmapped', () => {
    const e = example({ title: 'T', regions: 'Atlantide', sdgs: '42', themes: 'Astrologie', year: '1800', website: 'javascript:alert(1)', status: 'Peut-être', leadType: 'Inconnu' });
    expect(e.unmapped).toEqual([
      { field: 'lead.type', value: 'Inconnu' },
      { field: 'regions', value: 'Atlantide' },
      { field: 'sdgs', value: '42' },
      { field: 'themes', value: 'Astrologie' },
      { field: 'status', value: 'Peut-être' },
      { field: 'website', value: 'javascript:alert(1)' },
      { field: 'year', value: '1800' },
    ]);
    expect(e.website).toBeUndefined();
    expect(e.year).toBeUndefined();
  });
  it('sorts and dedupes SDGs and gives facet values in canonical order whatever the cell order', () => {
    const a = example({ title: 'T', sdgs: '17; ODD 3; 17', regions: 'Occitanie; Bretagne' });
    const b = example({ title: 'T', sdgs: '3, 17', regions: 'Bretagne | Occitanie' });
    expect(a.sdgs).toEqual([3, 17]);
    expect(a.regions).toEqual(b.regions);
    expect(a.id).toBe(b.id);
  });
  it('truncates text longer than the contract allows instead of rejecting the row', () => {
    const e = example({ title: 'x'.repeat(400), summary: 'y'.repeat(3_000) });
    expect(e.title).toHaveLength(300);
    expect(e.summary).toHaveLength(2_000);
  });
  it('records every cut with its field, length after cleaning and limit, and keeps it out of unmapped', () => {
    const result = rowToExample(
      {
        title: `<b>${'titre '.repeat(70)}</b>`, summary: 's'.repeat(2_001), description: 'mot '.repeat(6_000), results: 'r'.repeat(5_000),
        city: 'c'.repeat(250), lead: `${'p'.repeat(310)} (association)`, partners: `${'a'.repeat(301)} | Court | ${'b'.repeat(400)}`,
      },
      SOURCE,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.cuts).toEqual([
      { field: 'title', length: 419, limit: 300 },
      { field: 'lead.name', length: 310, limit: 300 },
      { field: 'partners.name', length: 301, limit: 300 },
      { field: 'partners.name', length: 400, limit: 300 },
      { field: 'city', length: 250, limit: 200 },
      { field: 'summary', length: 2_001, limit: 2_000 },
      { field: 'description', length: 23_999, limit: 20_000 },
    ]);
    expect(result.example.unmapped).toEqual([]);
    expect(result.example.lead).toEqual({ name: `${'p'.repeat(299)}…`, type: 'association' });
    expect(result.example.partners.map((p) => p.name.length)).toEqual([300, 5, 300]);
    expect(result.example.results).toHaveLength(5_000);
  });
  it('cuts an over-long title and description after a whole word', () => {
    const result = rowToExample({ title: 'Jardins partagés '.repeat(20), description: 'Une phrase complète. '.repeat(1_000) }, SOURCE);
    if (!result.ok) throw new Error(result.reason);
    expect(result.example.title).toMatch(/(?:Jardins|partagés)…$/);
    expect(result.example.title.length).toBeLessThanOrEqual(300);
    expect(result.example.description).toMatch(/(?:Une|phrase|complète\.)…$/);
    expect(result.example.description.length).toBeLessThanOrEqual(20_000);
  });
  it('records no cut for text within the limits', () => {
    expect(rowToExample({ title: 't'.repeat(300), description: 'd'.repeat(20_000), city: 'Rennes' }, SOURCE)).toMatchObject({ ok: true, cuts: [] });
  });
  it('cleans an invalid ID into a valid one and reports the original', () => {
    const e = example({ id: 'EX 001/2', title: 'T' });
    expect(e.id).toBe('EX-001-2');
    expect(e.unmapped).toEqual([{ field: 'id', value: 'EX 001/2' }]);
  });
});

describe('id derivation', () => {
  it('is a readable slug plus a short hash, within the id alphabet and 64 characters', () => {
    const id = deriveId('Jardins partagés & insertion à Rennes', 'bretagne');
    expect(id).toMatch(/^jardins-partages-insertion-a-rennes-[0-9a-z]{1,11}$/);
    expect(deriveId('é'.repeat(300), undefined)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
  it('is the same for the same normalised title and first region, whatever the case or accents', () => {
    expect(deriveId('Jardins Partagés', 'bretagne')).toBe(deriveId('jardins partages', 'bretagne'));
  });
  it('differs when the first region differs', () => {
    expect(deriveId('Jardins', 'bretagne')).not.toBe(deriveId('Jardins', 'corse'));
  });
  it('is derived by rowToExample when the ID column is empty or absent, the same on every run', () => {
    const a = example({ title: 'Café réparation', regions: 'Bretagne' });
    expect(a.id).toBe(deriveId('Café réparation', 'bretagne'));
    expect(example({ id: ' ', title: 'Café réparation', regions: 'BRETAGNE' }).id).toBe(a.id);
  });
  it('keeps a valid ID column as is', () => {
    expect(idFromColumn(' abc_DEF-12 ')).toBe('abc_DEF-12');
    expect(idFromColumn('###')).toBeUndefined();
  });
});
