import type { CrossTable, DimensionValue } from '#domain/api-types.js';
import { facetOf, type StatsDimension } from '#domain/facet-registry.js';
import type { Filters } from '#domain/query.js';
import { buildFilter, equals } from '../search/filter.js';
import { multiSearch, orEmpty, type SearchContext } from '../engine-client/multi-search.js';

export type { CrossTable, DimensionValue };

const attributeOf = (dim: StatsDimension): string => (dim === 'year' ? 'year' : facetOf(dim).field);

/**
 * The values of a dimension, in display order: every term of a facet (a region with no example is a row of zeros, not a
 * missing row), every year from the selection's first to its last (a year without an example is a gap people must see).
 */
function values(dim: StatsDimension, distribution: Record<string, number> = {}): DimensionValue[] {
  if (dim !== 'year') return facetOf(dim).terms.map((t) => t.id as DimensionValue);
  const years = Object.keys(distribution).map(Number).filter(Number.isInteger);
  if (years.length === 0) return [];
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: max - min + 1 }, (_, k) => min + k);
}

/**
 * Example counts for every (row value, column value) pair over the filtered set: one round trip for the totals of both
 * dimensions, one multi-search with a query per row value that has examples. Examples lacking a value count in no cell.
 */
export async function crossTable(ctx: SearchContext, filters: Filters, rowsDim: StatsDimension, colsDim: StatsDimension): Promise<CrossTable> {
  const rowAttr = attributeOf(rowsDim);
  const colAttr = attributeOf(colsDim);
  const [overview] = await orEmpty(multiSearch(ctx.engine, [{ indexUid: ctx.index, q: filters.q ?? '', filter: buildFilter(filters), page: 1, hitsPerPage: 0, facets: [rowAttr, colAttr] }]), []);
  const rowCounts = overview?.facetDistribution?.[rowAttr] ?? {};
  const colCounts = overview?.facetDistribution?.[colAttr] ?? {};
  const rows = values(rowsDim, rowCounts);
  const cols = values(colsDim, colCounts);
  const rowTotals = rows.map((r) => rowCounts[String(r)] ?? 0);
  const colTotals = cols.map((c) => colCounts[String(c)] ?? 0);
  const filled = rows.filter((_, i) => rowTotals[i]! > 0);
  const perRow =
    filled.length === 0
      ? []
      : await multiSearch(
          ctx.engine,
          filled.map((value) => ({ indexUid: ctx.index, q: filters.q ?? '', filter: buildFilter(filters, undefined, [equals(rowAttr, value)]), limit: 0, facets: [colAttr] })),
        );
  const byRow = new Map(filled.map((value, k) => [value, perRow[k]?.facetDistribution?.[colAttr] ?? {}]));
  const counts = rows.map((r) => cols.map((c) => byRow.get(r)?.[String(c)] ?? 0));
  return { rows, cols, counts, total: overview?.totalHits ?? 0, rowTotals, colTotals };
}
