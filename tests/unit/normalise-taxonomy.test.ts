import { describe, expect, it } from 'vitest';
import { normaliseActorType, normaliseDepartment, normaliseMode, normaliseRegion, normaliseScale, normaliseSdg, normaliseStatus, normaliseTheme } from '#domain/normalise/facet-values.js';

describe('normaliseRegion', () => {
  it.each([
    ['Auvergne Rhône Alpes', 'auvergne-rhone-alpes'],
    ['AUVERGNE-RHONE-ALPES', 'auvergne-rhone-alpes'],
    ['auvergne-rhône-alpes', 'auvergne-rhone-alpes'],
    ['Provence Alpes Cote d Azur', 'provence-alpes-cote-d-azur'],
    ['ile de france', 'ile-de-france'],
    ['Région Bretagne', 'bretagne'],
  ])('maps the official name in any spelling: %s', (value, id) => expect(normaliseRegion(value)).toBe(id));
  it.each([
    ['AURA', 'auvergne-rhone-alpes'], ['PACA', 'provence-alpes-cote-d-azur'], ['IDF', 'ile-de-france'],
    ['BFC', 'bourgogne-franche-comte'], ['HDF', 'hauts-de-france'], ['CVL', 'centre-val-de-loire'],
  ])('maps the abbreviation %s', (value, id) => expect(normaliseRegion(value)).toBe(id));
  it.each([['84', 'auvergne-rhone-alpes'], ['53', 'bretagne'], ['11', 'ile-de-france'], ['04', 'la-reunion']])('maps the INSEE code %s', (value, id) =>
    expect(normaliseRegion(value)).toBe(id),
  );
  it.each([
    ['Alsace', 'grand-est'], ['Rhône-Alpes', 'auvergne-rhone-alpes'], ['Midi-Pyrénées', 'occitanie'],
    ['Nord-Pas-de-Calais', 'hauts-de-france'], ['Basse-Normandie', 'normandie'], ['Limousin', 'nouvelle-aquitaine'],
  ])('maps a pre-2016 region to its successor: %s', (value, id) => expect(normaliseRegion(value)).toBe(id));
  it.each(['National', 'France entière', 'France'])('maps %s to national', (value) => expect(normaliseRegion(value)).toBe('national'));
  it('matches nothing for an unknown place', () => expect(normaliseRegion('Atlantide')).toBeUndefined());
});

describe('normaliseDepartment', () => {
  it.each([
    ['35', '35'], ['2A', '2A'], ['2b', '2B'], ['974', '974'], ['01', '01'], ['1', '01'],
    ['Ille-et-Vilaine', '35'], ['ille et vilaine', '35'], ['Ille-et-Vilaine (35)', '35'], ['35 - Ille-et-Vilaine', '35'],
    ['Corse-du-Sud', '2A'], ['La Réunion', '974'],
  ])('maps %s', (value, code) => expect(normaliseDepartment(value)).toBe(code));
  it('matches nothing for a code that does not exist', () => expect(normaliseDepartment('99')).toBeUndefined());
});

describe('normaliseSdg', () => {
  it.each([
    '17', 'ODD 17', 'ODD17', 'odd 17', 'SDG 17', 'Objectif 17', 'ODD 17 - Partenariats pour la réalisation des objectifs',
    '17. Partenariats…', 'Partenariats pour la réalisation des objectifs', 'Partnerships for the goals', 'ODD n°17',
  ])('reads %s as 17', (value) => expect(normaliseSdg(value)).toBe(17));
  it('reads the label that contains a comma', () => expect(normaliseSdg('Industrie, innovation et infrastructure')).toBe(9));
  it.each(['0', '18', 'ODD 42', 'Climat'])('rejects %s', (value) => expect(normaliseSdg(value)).toBeUndefined());
});

describe('normaliseActorType', () => {
  it.each([
    ['Associations', 'association'], ['association', 'association'], ['Collectivités territoriales', 'collectivite'],
    ['Collectivité', 'collectivite'], ['COLLECTIVITES', 'collectivite'], ['État', 'etat'], ['Etat', 'etat'],
    ["Services de l'État", 'etat'], ['Services de l’Etat', 'etat'], ['Acteurs académiques', 'academique'], ['Université', 'academique'],
    ['Entreprise', 'entreprise'], ['Entreprises', 'entreprise'], ['Fondations', 'fondation'], ['fondation', 'fondation'], ['Citoyens', 'citoyens'],
  ])('maps %s', (value, id) => expect(normaliseActorType(value)).toBe(id));
  it('matches nothing for a person’s name', () => expect(normaliseActorType('Jean Dupont')).toBeUndefined());
});

describe('other facets', () => {
  it('maps themes by label, id, singular or plural', () => {
    expect(normaliseTheme('Environnement et biodiversité')).toBe('environnement');
    expect(normaliseTheme('emploi-insertion')).toBe('emploi-insertion');
    expect(normaliseTheme('SANTE')).toBe('sante');
  });
  it('maps modes, scales and statuses', () => {
    expect(normaliseMode('Mécénat')).toBe('mecenat');
    expect(normaliseMode('innovation societale')).toBe('innovation-societale');
    expect(normaliseScale('Régionale')).toBe('regional');
    expect(normaliseScale('national')).toBe('national');
    expect(normaliseStatus('Terminé')).toBe('termine');
    expect(normaliseStatus('en cours')).toBe('en-cours');
  });
});
