import { describe, expect, it } from 'vitest';
import { mapHeader } from '#domain/normalise/headers.js';
import { normaliseParty } from '#domain/normalise/party.js';
import { normaliseDate, normaliseWebsite, normaliseYear } from '#domain/normalise/values.js';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('normaliseYear', () => {
  it.each([['2019', 2019], ['01/09/2019', 2019], ['1/9/2019', 2019], ['2019-09-01', 2019], ['09/2019', 2019], ['2019.0', 2019], [' 2026 ', 2026]])(
    'reads %s',
    (value, year) => expect(normaliseYear(value, NOW)).toBe(year),
  );
  it.each(['1949', '2027', '31/02/2019', 'vers 2019', '19'])('rejects %s (outside 1950 … next year, or not a date)', (value) =>
    expect(normaliseYear(value, NOW)).toBeUndefined(),
  );
});

describe('normaliseDate (updatedAt)', () => {
  it.each([['15/03/2024', '2024-03-15'], ['5/3/2024', '2024-03-05'], ['2024-03-15', '2024-03-15'], ['2024-03-15T10:20:00Z', '2024-03-15'], ['15.03.2024', '2024-03-15']])(
    'reads %s',
    (value, iso) => expect(normaliseDate(value)).toBe(iso),
  );
  it.each(['31/02/2024', '2024-13-01', 'hier'])('rejects %s', (value) => expect(normaliseDate(value)).toBeUndefined());
});

describe('normaliseWebsite', () => {
  it.each([
    ['https://asso.example.org/page', 'https://asso.example.org/page'],
    ['http://asso.example.org', 'http://asso.example.org'],
    ['www.asso.example.org', 'https://www.asso.example.org'],
    ['asso.fr/projet', 'https://asso.fr/projet'],
    ['HTTPS://Asso.Example.org', 'HTTPS://Asso.Example.org'],
  ])('keeps or completes %s', (value, url) => expect(normaliseWebsite(value)).toBe(url));
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://asso.example.org', 'mailto:a@b.fr', 'voir le site', 'https://'])(
    'drops %s',
    (value) => expect(normaliseWebsite(value)).toBeUndefined(),
  );
});

describe('normaliseParty', () => {
  it('reads the type in brackets', () => {
    expect(normaliseParty('Fondation Agir (fondation)')).toEqual({ name: 'Fondation Agir', type: 'fondation' });
    expect(normaliseParty('Ville de Rennes [Collectivités territoriales]')).toEqual({ name: 'Ville de Rennes', type: 'collectivite' });
  });
  it('keeps brackets that are not a type in the name', () => {
    expect(normaliseParty('Ville de Rennes (35)')).toEqual({ name: 'Ville de Rennes (35)' });
    expect(normaliseParty('ADEME (Agence de la transition écologique)')).toEqual({ name: 'ADEME (Agence de la transition écologique)' });
  });
  it('cleans markup and ignores an empty name', () => {
    expect(normaliseParty('<b>Emmaüs</b>&nbsp;Connect')).toEqual({ name: 'Emmaüs Connect' });
    expect(normaliseParty('  ')).toBeUndefined();
  });
});

describe('mapHeader', () => {
  it.each([
    ['Titre', 'title'], ['TITRE', 'title'], ['titre :', 'title'], ['  Titre  ', 'title'], ['title', 'title'], ['Title:', 'title'],
    ['Résumé', 'summary'], ['Resume', 'summary'], ['Résultats / Impact', 'results'], ['results', 'results'],
    ['Porteur', 'lead'], ['Type de porteur', 'leadType'], ['lead type', 'leadType'], ['Partenaires', 'partners'],
    ["Types d'acteurs", 'actorTypes'], ['Types d’acteurs', 'actorTypes'], ['ACTOR TYPES', 'actorTypes'],
    ['Région', 'regions'], ['REGION :', 'regions'], ['Département', 'departments'], ['Commune', 'city'], ['Échelle', 'scale'], ['Echelle', 'scale'],
    ['ODD', 'sdgs'], ['SDG', 'sdgs'], ['Thématiques', 'themes'], ['Mode de partenariat', 'mode'], ['partnership mode', 'mode'],
    ['Année de lancement', 'year'], ['start year', 'year'], ['Statut', 'status'], ['Site web', 'website'], ['Date de mise à jour', 'updatedAt'],
    ['updated', 'updatedAt'], ['ID', 'id'], ['id', 'id'], ['Description', 'description'], ['City', 'city'],
  ])('maps %j', (header, field) => expect(mapHeader(header)).toBe(field));
  it('maps nothing for an unknown column', () => expect(mapHeader('Notes internes')).toBeUndefined());
});
