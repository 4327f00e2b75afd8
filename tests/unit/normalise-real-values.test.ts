import { describe, expect, it } from 'vitest';
import { THEME, AUDIENCE, REGION } from '#domain/facet-registry.js';
import { pieceValues, readsAs } from '#domain/normalise/facet-values.js';
import { matchHeader, isContactHeader } from '#domain/normalise/headers.js';
import { typeFromName } from '#domain/normalise/party.js';
import { maskPersonal } from '#domain/normalise/personal-data.js';
import { rowToExample } from '#domain/normalise/row.js';
import { listItems, splitNames } from '#domain/normalise/split.js';
import { readWebsite, yearInText } from '#domain/normalise/values.js';
import { SDG } from '#domain/facet-registry.js';

// The values and headers real exports bring (data-format.md §1), one rule at a time.

describe('matchHeader', () => {
  it.each([
    ['Titre du projet', 'title'], ['Nom du projet', 'title'], ['Résumé du projet', 'summary'], ['Partenaires du projet', 'partners'],
    ['Structure porteuse', 'lead'], ['URL projet', 'website'], ['Tags', 'themes'], ['ID interne', 'id'], ['Année de création', 'year'],
  ])('reads %j, with the words exports add, as %s', (header, field) => expect(matchHeader(header)).toEqual({ field }));
  it('reads a prefixed, numbered header as its field and number', () => {
    expect(matchHeader('Tag X - Niveau 1 - Thématiques 1')).toEqual({ field: 'themes', number: 1 });
    expect(matchHeader('Thématiques 3')).toEqual({ field: 'themes', number: 3 });
  });
  it('leaves a header that only starts like one unread (« Tags sourceur » is judged by its content)', () => {
    expect(matchHeader('Tags sourceur')).toBeUndefined();
    expect(matchHeader('Latitude')).toBeUndefined();
  });
  it('tells contact columns apart', () => {
    expect(['Contact', 'Contact référent', 'E-mail du porteur', 'Téléphone'].every(isContactHeader)).toBe(true);
    expect(isContactHeader('Commentaire interne')).toBe(false);
  });
});

describe('readWebsite', () => {
  it.each([
    ['http://site.example.org mailto:nom@example.org', 'http://site.example.org', true],
    ['mailto:nom@example.org http://site.example.org', 'http://site.example.org', true],
    ['Site : https://x.example.org/p, tél. 01 00 00 00 00', 'https://x.example.org/p', true],
    ['www.site.example.org', 'https://www.site.example.org', false],
  ])('gives the first http(s) link of %j', (cell, url, picked) => expect(readWebsite(cell)).toMatchObject({ url, picked }));
  it.each(['www.site.example.org (officiel)', 'http://nom@example.org', 'javascript:alert(1)', 'voir le site'])('builds no URL from %j, and reports it', (cell) => {
    expect(readWebsite(cell)).toEqual({ picked: false, dropped: [cell] });
  });
  it('never lets an e-mail become the host of a link', () => expect(readWebsite('http://site.fr mailto:name@domain.fr').url).toBe('http://site.fr'));
});

describe('yearInText', () => {
  it.each([['Lauréats 2016', 2016], ['Promotion 2019 – Bretagne', 2019]])('reads the one year of %j', (text, year) => expect(yearInText(text)).toBe(year));
  it.each(['Lauréats 2016 et 2017', 'vers 1900', 'x'.repeat(90) + ' 2016'])('reads none in %j', (text) => expect(yearInText(text)).toBeUndefined());
});

describe('maskPersonal', () => {
  it('masks e-mail addresses and French phone numbers in their usual spellings', () => {
    expect(maskPersonal('Écrire à contact@asso.example.org, 01 00 00 00 00 ou +33 6 00 00 00 00').text).toBe('Écrire à [e-mail masqué], [téléphone masqué] ou [téléphone masqué]');
  });
  it('leaves amounts, years and other numbers alone', () => {
    expect(maskPersonal('10 000 personnes, 2019-2023, SIRET 123 456 789 00012, +44 %').masked).toBe(0);
  });
});

describe('multi-valued cells as exports write them', () => {
  it('splits bullets and dashes, and keeps names whole', () => {
    expect(splitNames(listItems('• Ville de Rennes • Fondation Agir'))).toEqual(['Ville de Rennes', 'Fondation Agir']);
    expect(splitNames(listItems('- Ville de Rennes\n- Fondation Agir, antenne Bretagne').replace(/\n/g, ';'))).toEqual(['Ville de Rennes', 'Fondation Agir, antenne Bretagne']);
  });
  it('reads compound labels as each of their parts', () => {
    expect(pieceValues(THEME, 'EDUCATION ET JEUNESSE')).toEqual({ ids: ['education', 'jeunesse'], rest: [], how: 'compound' });
    expect(pieceValues(THEME, 'ARTS ET CULTURE').ids).toEqual(['culture-patrimoine', 'culture-patrimoine']);
    expect(pieceValues(THEME, 'TERRITOIRES')).toEqual({ ids: ['economie-locale'], rest: [] });
  });
  it('reads space-joined tags word by word, the unknown ones kept as tags, a phrase kept whole', () => {
    expect(pieceValues(THEME, 'parentalité numérique solidarité')).toEqual({ ids: ['numerique', 'solidarite-precarite'], rest: ['parentalité'], how: 'tags' });
    expect(pieceValues(THEME, 'Tourisme durable')).toEqual({ ids: [], rest: ['Tourisme durable'] });
    expect(pieceValues(AUDIENCE, 'Accompagnement des jeunes en difficulté').ids).toEqual([]);
    expect(pieceValues(REGION, 'Bretagne Normandie').ids).toEqual(['bretagne', 'normandie']);
  });
  it('recognises SDGs by content only with words of their label, never a bare number', () => {
    expect(readsAs(SDG)('10- Réduction des inégalités')).toBe(true);
    expect(readsAs(SDG)('4 rue de la Paix')).toBe(false);
    expect(readsAs(SDG)('12')).toBe(false);
  });
});

describe('actor types from names', () => {
  it.each([
    ['Ville de Nantes', 'collectivite'], ['Communauté d\'agglomération du Pays Exemple', 'collectivite'], ['Association Roue Libre', 'association'],
    ['Fondation Lien Exemple', 'fondation'], ['Université Exemple de Bordeaux', 'academique'], ['Villeneuve Solidaire', undefined],
  ])('reads %j as %s', (name, type) => expect(typeFromName(name)).toBe(type));
  it('marks each inferred type in the row’s inferences, and never overrides a type in brackets or the type column', () => {
    const result = rowToExample({ title: 'T', lead: 'Ville de Brest', partners: 'Fondation X (entreprise) | Association Y' }, { file: 'a.csv', line: 2 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.example.partners).toEqual([{ name: 'Fondation X', type: 'entreprise' }, { name: 'Association Y', type: 'association' }]);
    expect(result.inferred.filter((i) => i.rule === 'name').map((i) => i.from)).toEqual(['Ville de Brest', 'Association Y']);
    const typed = rowToExample({ title: 'T', lead: 'Ville de Brest', leadType: 'Entreprise' }, { file: 'a.csv', line: 2 });
    expect(typed.ok && typed.example.lead).toEqual({ name: 'Ville de Brest', type: 'entreprise' });
  });
});

describe('personal data in a row', () => {
  it('is masked in every published text and never kept in unmapped', () => {
    const result = rowToExample({ title: 'Atelier', description: 'Inscription : jean@example.org', city: 'Rennes 01 00 00 00 00', website: 'mailto:jean@example.org', status: 'jean@example.org' }, { file: 'a.csv', line: 2 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.example).toMatchObject({ description: 'Inscription : [e-mail masqué]', city: 'Rennes [téléphone masqué]', unmapped: [] });
    expect(result.example.website).toBeUndefined();
    expect(result.masked).toBe(4);
  });
});

describe('odd values mapped by the mapping file', () => {
  it('reads a mapped value as its id, a tag among tags included, and drops an ignored one', async () => {
    const { ImportMappingSchema, valueMapOf } = await import('#domain/import-mapping.js');
    const values = valueMapOf(ImportMappingSchema.parse({ values: { themes: { parentalité: 'Jeunesse', famille: 'ignorer' }, status: { 'En pause': 'en-cours' } } }).profiles[0]);
    const result = rowToExample({ title: 'T', themes: 'parentalité famille solidarité', status: 'En pause' }, { file: 'a.csv', line: 2 }, { values: values! });
    if (!result.ok) throw new Error(result.reason);
    expect(result.example).toMatchObject({ themes: ['solidarite-precarite', 'jeunesse'], status: 'en-cours', unmapped: [] });
  });
});
