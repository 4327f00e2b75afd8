import type { CrossTable, DimensionValue } from '#domain/api-types.js';
import { facetOf, type StatsDimension } from '#domain/facet-registry.js';
import type { Filters } from '#domain/query.js';
import { buildFilter, equals } from '../search/filter.js';
import { multiSearch, orEmpty, type SearchContext } from '../engine-client/multi-search.js';

export type { CrossTable, DimensionValue };

const attributeOf = (dim: StatsDimension): string => (dim === 'year' ? 'year' : facetOf(dim).field);

/** The values of a dimension that occur in the filtered set, in display order, typed as the API shows them. */
function present(dim: StatsDimension, distribution: Record<string, number> = {}): DimensionValue[] {
  if (dim === 'year') return Object.keys(distribution).map(Number).sort((a, b) => a - b);
  return facetOf(dim).terms.map((t) => t.id as DimensionValue).filter((id) => (distribution[String(id)] ?? 0) > 0);
}

/**
 * Example counts for every (row value, column value) pair over the filtered set: one round trip for the
 * values present and the total, one multi-search with a query per row value. Examples lacking a value count in no cell.
 */
export async function crossTable(ctx: SearchContext, filters: Filters, rowsDim: StatsDimension, colsDim: StatsDimension): Promise<CrossTable> {
  const rowAttr = attributeOf(rowsDim);
  const colAttr = attributeOf(colsDim);
  const [overview] = await orEmpty(multiSearch(ctx.engine, [{ indexUid: ctx.index, q: filters.q ?? '', filter: buildFilter(filters), page: 1, hitsPerPage: 0, facets: [rowAttr, colAttr] }]), []);
  if (!overview) return { rows: [], cols: [], counts: [], total: 0 };
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
