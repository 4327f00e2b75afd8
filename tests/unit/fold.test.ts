import { describe, expect, it } from 'vitest';
import { fold, foldSingular, slugify } from '#domain/fold.js';

describe('fold', () => {
  it('drops case, accents and punctuation', () => {
    expect(fold('  AUVERGNE-RHÔNE-ALPES ')).toBe('auvergne rhone alpes');
  });
  it('folds ligatures', () => {
    expect(fold('Œuvres')).toBe('oeuvres');
  });
});

describe('foldSingular', () => {
  it('makes plural and singular meet', () => {
    expect(foldSingular('Collectivités territoriales')).toBe(foldSingular('collectivite territoriale'));
  });
});

describe('slugify', () => {
  it('gives the region ids of the contract', () => {
    expect(slugify("Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
    expect(slugify('La Réunion')).toBe('la-reunion');
  });
});
