import { describe, expect, it } from 'vitest';
import { FACETS } from '#domain/facet-registry.js';
import { buildFilter, equals, FILTERABLE_ATTRIBUTES } from '#server/search/filter.js';

describe('buildFilter', () => {
  it('refuses an attribute outside the whitelist', () => {
    expect(() => equals('title', 'x')).toThrow(/not a filterable attribute/);
  });

  it('ANDs params and leaves out the excluded facet for disjunctive counts', () => {
    const filters = { region: ['bretagne' as const], sdg: [4, 17], yearMin: 2000 };
    expect(buildFilter(filters)).toBe('(regions IN ["bretagne"]) AND (sdgs IN [4, 17]) AND (year >= 2000)');
    expect(buildFilter(filters, 'region')).toBe('(sdgs IN [4, 17]) AND (year >= 2000)');
  });

  it('filters every facet of the registry on its own field', () => {
    for (const facet of FACETS) {
      const id = facet.terms[0]!.id;
      expect(buildFilter({ [facet.param]: [id] })).toBe(`(${facet.field} IN [${typeof id === 'number' ? id : `"${id}"`}])`);
      expect(FILTERABLE_ATTRIBUTES).toContain(facet.field);
    }
  });
});
