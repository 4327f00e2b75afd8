import { DEPARTMENTS } from '#domain/departments.js';
import { ACTOR_TYPES, MODES, SCALES, STATUSES, THEMES } from '#domain/facets.js';
import { FACET_ATTRIBUTES } from '#domain/query.js';
import { REGIONS } from '#domain/regions.js';
import { SDGS } from '#domain/sdgs.js';
import { isMissingIndex, multiSearch, type SearchContext } from '../engine-client/multi-search.js';

interface Term {
  id: string;
  label: string;
  labelEn: string;
}

/** Every facet with its values in display order and the number of examples carrying each. */
export async function taxonomyWithCounts(ctx: SearchContext) {
  let counts: Record<string, Record<string, number>> = {};
  try {
    const [result] = await multiSearch(ctx.engine, [
      { indexUid: ctx.index, q: '', limit: 0, facets: [...Object.values(FACET_ATTRIBUTES), 'departments'] },
    ]);
    counts = result?.facetDistribution ?? {};
  } catch (error) {
    // No index yet: the taxonomy is still worth showing, with zero counts.
    if (!(isMissingIndex(error))) throw error;
  }
  const count = (attribute: string, id: string | number) => counts[attribute]?.[String(id)] ?? 0;
  const terms = (attribute: string, list: readonly Term[]) =>
    list.map((t) => ({ id: t.id, label: t.label, labelEn: t.labelEn, count: count(attribute, t.id) }));
  return {
    region: terms('regions', REGIONS),
    department: DEPARTMENTS.map((d) => ({ id: d.code, label: d.name, region: d.region, count: count('departments', d.code) })),
    actorType: terms('actorTypes', ACTOR_TYPES),
    sdg: SDGS.map((s) => ({ id: s.id, label: s.label, labelEn: s.labelEn, color: s.color, count: count('sdgs', s.id) })),
    theme: terms('themes', THEMES),
    mode: terms('mode', MODES),
    scale: terms('scale', SCALES),
    status: terms('status', STATUSES),
  };
}

export type Taxonomy = Awaited<ReturnType<typeof taxonomyWithCounts>>;
