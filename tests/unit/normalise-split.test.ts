import { describe, expect, it } from 'vitest';
import { splitNames, splitTerms } from '#domain/normalise/split.js';
import { isWholeSdg } from '#domain/normalise/facet-values.js';
import { normaliseRegion } from '#domain/normalise/facet-values.js';

const region = (v: string) => normaliseRegion(v) !== undefined;

describe('splitTerms', () => {
  it.each([
    ['Bretagne;Normandie', ['Bretagne', 'Normandie']],
    ['Bretagne | Normandie', ['Bretagne', 'Normandie']],
    ['Bretagne, Normandie', ['Bretagne', 'Normandie']],
    ['Bretagne/Normandie', ['Bretagne', 'Normandie']],
    ['Bretagne\nNormandie', ['Bretagne', 'Normandie']],
    ['Bretagne\r\nNormandie ;; ', ['Bretagne', 'Normandie']],
  ])('separates values of %j', (cell, expected) => {
    expect(splitTerms(cell, region)).toEqual(expected);
  });
  it('keeps an SDG label that contains a comma in one piece', () => {
    expect(splitTerms('Industrie, innovation et infrastructure', isWholeSdg)).toEqual(['Industrie, innovation et infrastructure']);
    expect(splitTerms('ODD 9 - Industrie, innovation et infrastructure, ODD 17', isWholeSdg)).toEqual(['ODD 9 - Industrie, innovation et infrastructure', 'ODD 17']);
  });
  it('still separates numbered SDGs joined by commas', () => {
    expect(splitTerms('ODD 3, ODD 17', isWholeSdg)).toEqual(['ODD 3', 'ODD 17']);
    expect(splitTerms('9,17', isWholeSdg)).toEqual(['9', '17']);
  });
  it('leaves an unrecognised piece alone so it can be reported', () => {
    expect(splitTerms('Bretagne, Atlantide', region)).toEqual(['Bretagne', 'Atlantide']);
  });
});

describe('splitNames', () => {
  it('uses only the strong separators when a cell has any, so names keep their commas', () => {
    expect(splitNames('Caisse d’Épargne Bretagne, Pays de Loire ; Ville de Rennes')).toEqual(['Caisse d’Épargne Bretagne, Pays de Loire', 'Ville de Rennes']);
  });
  it('splits on commas outside brackets and on spaced slashes otherwise', () => {
    expect(splitNames('Fondation Agir (fondation, mécénat), Ville de Rennes / SNCF')).toEqual(['Fondation Agir (fondation, mécénat)', 'Ville de Rennes', 'SNCF']);
  });
  it('keeps an unspaced slash inside a name', () => {
    expect(splitNames('Emmaüs Connect/Défi')).toEqual(['Emmaüs Connect/Défi']);
  });
});
