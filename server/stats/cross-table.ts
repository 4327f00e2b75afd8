import { ACTOR_TYPE_IDS, MODE_IDS, SCALE_IDS, STATUS_IDS, THEME_IDS } from '#domain/facets.js';
import { FACET_ATTRIBUTES, type Filters, type StatsDimension } from '#domain/query.js';
import { REGION_IDS } from '#domain/regions.js';
import { SDG_IDS } from '#domain/sdgs.js';
import { buildFilter, equals } from '../search/filter.js';
import { isMissingIndex, multiSearch, type SearchContext } from '../engine-client/multi-search.js';

export type DimensionValue = string | number;

export interface CrossTable {
  rows: DimensionValue[];
  cols: DimensionValue[];
  counts: number[][];
  total: number;
}

const attributeOf = (dim: StatsDimension): string => (dim === 'year' ? 'year' : FACET_ATTRIBUTES[dim]);

// Display order of each facet; years go ascending.
const ORDER: Record<Exclude<StatsDimension, 'year'>, readonly DimensionValue[]> = {
  region: REGION_IDS,
  actorType: ACTOR_TYPE_IDS,
  sdg: SDG_IDS,
  theme: THEME_IDS,
  mode: MODE_IDS,
  scale: SCALE_IDS,
  status: STATUS_IDS,
};

/** The values of a dimension that occur in the filtered set, in display order, typed as the API shows them. */
function present(dim: StatsDimension, distribution: Record<string, number> = {}): DimensionValue[] {
  if (dim === 'year') return Object.keys(distribution).map(Number).sort((a, b) => a - b);
  return ORDER[dim].filter((id) => (distribution[String(id)] ?? 0) > 0);
}

/**
 * Example counts for every (row value, column value) pair over the filtered set: one round trip for the
 * values present and the total, one multi-search with a query per row value. Examples lacking a value count in no cell.
 */
export async function crossTable(ctx: SearchContext, filters: Filters, rowsDim: StatsDimension, colsDim: StatsDimension): Promise<CrossTable> {
  const rowAttr = attributeOf(rowsDim);
  const colAttr = attributeOf(colsDim);
  let overview;
  try {
    [overview] = await multiSearch(ctx.engine, [
      { indexUid: ctx.index, q: filters.q ?? '', filter: buildFilter(filters), page: 1, hitsPerPage: 0, facets: [rowAttr, colAttr] },
    ]);
  } catch (error) {
    if (isMissingIndex(error)) return { rows: [], cols: [], counts: [], total: 0 };
    throw error;
  }
  const rows = present(rowsDim, overview?.facetDistribution?.[rowAttr]);
  const cols = present(colsDim, overview?.facetDistribution?.[colAttr]);
  const perRow =
    rows.length === 0
      ? []
      : await multiSearch(
          ctx.engine,
          rows.map((value) => ({ indexUid: ctx.index, q: filters.q ?? '', filter: buildFilter(filters, undefined, [equals(rowAttr, value)]), limit: 0, facets: [colAttr] })),
        );
  const counts = perRow.map((result) => cols.map((col) => result.facetDistribution?.[colAttr]?.[String(col)] ?? 0));
  return { rows, cols, counts, total: overview?.totalHits ?? 0 };
}
