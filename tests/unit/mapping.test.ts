import { describe, expect, it } from 'vitest';
import { applyValueMapping, headerSignature } from '#domain/mapping.js';
import { ColumnMappingSchema } from '#domain/mapping-schema.js';
import { ExampleSchema, type Example } from '#domain/example.js';

const example = (unmapped: Example['unmapped'], extra: Partial<Example> = {}): Example =>
  ExampleSchema.parse({ id: 'a', title: 'A', summary: '', description: '', results: '', partners: [], actorTypes: [], regions: [], departments: [], sdgs: [], themes: [], audiences: [], unmapped, source: { file: 'a.csv', line: 2 }, ...extra });

describe('applyValueMapping', () => {
  it('turns a mapped unmapped value into its taxonomy id, in the facet’s order, and out of unmapped', () => {
    const mapped = applyValueMapping(example([{ field: 'themes', value: 'Tourisme durable' }, { field: 'status', value: 'En pause' }], { themes: ['sante'] }), { themes: { 'Tourisme durable': 'economie-locale' } });
    expect(mapped.themes).toEqual(['sante', 'economie-locale']);
    expect(mapped.unmapped).toEqual([{ field: 'status', value: 'En pause' }]);
  });

  it('sets a single-valued facet, brings a département’s region and a lead type’s actor type', () => {
    const mapped = applyValueMapping(
      example([{ field: 'status', value: 'En pause' }, { field: 'departments', value: 'Ille et V.' }, { field: 'lead.type', value: 'Asso loi 1901' }], { lead: { name: 'Graines' } }),
      { status: { 'En pause': 'en-cours' }, departments: { 'Ille et V.': '35' }, 'lead.type': { 'Asso loi 1901': 'association' } },
    );
    expect(mapped).toMatchObject({ status: 'en-cours', departments: ['35'], regions: ['bretagne'], lead: { name: 'Graines', type: 'association' }, actorTypes: ['association'], unmapped: [] });
  });

  it('keeps a value mapped to an id the facet does not have, and leaves an example without mapped values as it is', () => {
    const original = example([{ field: 'themes', value: 'Tourisme' }]);
    expect(applyValueMapping(original, { themes: { Tourisme: 'pas-un-theme' } }).unmapped).toEqual(original.unmapped);
    expect(applyValueMapping(original, {})).toBe(original);
  });

  it('reads SDG ids as numbers', () => {
    expect(applyValueMapping(example([{ field: 'sdgs', value: 'Obj. dix-sept' }], { sdgs: [4] }), { sdgs: { 'Obj. dix-sept': 17 } }).sdgs).toEqual([4, 17]);
  });
});

describe('headerSignature', () => {
  it('is the same for the same headers whatever their case and accents, and differs when they do', () => {
    expect(headerSignature(['Intitulé de l’action', 'Territoire'])).toBe(headerSignature(['INTITULE DE L ACTION ', 'territoire']));
    expect(headerSignature(['Titre', 'Région'])).not.toBe(headerSignature(['Région', 'Titre']));
  });
});

describe('ColumnMappingSchema', () => {
  it('accepts known fields or null, and refuses an unknown field', () => {
    expect(ColumnMappingSchema.parse({ columns: { Intitulé: 'title', Contact: null } })).toEqual({ columns: { Intitulé: 'title', Contact: null }, values: {} });
    expect(ColumnMappingSchema.safeParse({ columns: { Intitulé: 'email' } }).success).toBe(false);
  });
});
