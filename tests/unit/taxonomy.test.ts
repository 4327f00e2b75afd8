import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '#domain/departments.js';
import { ACTOR_TYPES, MODES, SCALES, STATUSES, THEMES } from '#domain/facets.js';
import { fold, slugify } from '#domain/fold.js';
import { OLD_REGIONS, REGION_IDS, REGIONS } from '#domain/regions.js';
import { SDGS } from '#domain/sdgs.js';

describe('taxonomy', () => {
  it('has the 18 current regions plus national, each id the slug of its official name', () => {
    expect(REGIONS).toHaveLength(19);
    expect(REGIONS.map((r) => r.id)).toEqual([...REGION_IDS]);
    for (const region of REGIONS.filter((r) => r.id !== 'national')) expect(region.id).toBe(slugify(region.label));
  });

  it('has the 101 départements, each in a current region, with overseas codes', () => {
    expect(DEPARTMENTS).toHaveLength(101);
    for (const d of DEPARTMENTS) expect(REGION_IDS).toContain(d.region);
    expect(DEPARTMENTS.map((d) => d.code)).toEqual(expect.arrayContaining(['01', '2A', '2B', '971', '976']));
  });

  it('maps every pre-2016 region to a current one', () => {
    expect(OLD_REGIONS).toHaveLength(22);
    for (const old of OLD_REGIONS) expect(REGION_IDS).toContain(old.region);
  });

  it('has the 17 SDGs with official hex colours', () => {
    expect(SDGS.map((s) => s.id)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const sdg of SDGS) expect(sdg.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(SDGS[16]).toMatchObject({ label: 'Partenariats pour la réalisation des objectifs', color: '#19486A' });
  });

  it('uses lowercase ASCII ids and gives every value a French and an English label', () => {
    for (const term of [...ACTOR_TYPES, ...THEMES, ...MODES, ...SCALES, ...STATUSES]) {
      expect(term.id).toMatch(/^[a-z-]+$/);
      expect(term.label.length).toBeGreaterThan(0);
      expect(term.labelEn.length).toBeGreaterThan(0);
    }
  });

  it('never lets one spelling name two values of the same facet', () => {
    for (const facet of [ACTOR_TYPES, THEMES, MODES, SCALES, STATUSES]) {
      const owner = new Map<string, string>();
      for (const term of facet) {
        for (const spelling of [term.id, term.label, term.labelEn, ...term.aliases]) {
          const key = fold(spelling);
          expect(owner.get(key) ?? term.id, `« ${spelling} »`).toBe(term.id);
          owner.set(key, term.id);
        }
      }
    }
  });
});
