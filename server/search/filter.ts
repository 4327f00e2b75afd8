import { FACETS, type FacetParam } from '#domain/facet-registry.js';
import { valuesOf, type Filters } from '#domain/query.js';

// Engine filter strings built only from whitelisted attributes and quoted, escaped values (api.md: never pasted raw).

/** Attributes a filter may name; anything else is a programming error, not user input. */
export const FILTERABLE_ATTRIBUTES = [...FACETS.map((f) => f.field), 'year', 'id', 'firstPublished', 'lastChanged'];
const FILTERABLE = new Set<string>(FILTERABLE_ATTRIBUTES);

/** A value as a filter literal: numbers checked finite, strings double-quoted with `\` and `"` escaped. */
export function filterLiteral(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    return String(value);
  }
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function attribute(name: string): string {
  if (!FILTERABLE.has(name)) throw new TypeError(`not a filterable attribute: ${name}`);
  return name;
}

/** `attr IN ["a", "b"]`: several values of one param are OR-ed. */
export function anyOf(name: string, values: readonly (string | number)[]): string {
  return `${attribute(name)} IN [${values.map(filterLiteral).join(', ')}]`;
}

/** `attr = "value"`. */
export function equals(name: string, value: string | number): string {
  return `${attribute(name)} = ${filterLiteral(value)}`;
}

export type FilterKey = FacetParam | 'year';

/** One clause per active filter param, keyed by param so disjunctive facets can leave one out. */
export function filterClauses(filters: Filters): Map<FilterKey, string> {
  const clauses = new Map<FilterKey, string>();
  for (const facet of FACETS) {
    const values = valuesOf(filters, facet.param);
    if (values.length > 0) clauses.set(facet.param, anyOf(facet.field, values));
  }
  const years: string[] = [];
  if (filters.yearMin !== undefined) years.push(`${attribute('year')} >= ${filterLiteral(filters.yearMin)}`);
  if (filters.yearMax !== undefined) years.push(`${attribute('year')} <= ${filterLiteral(filters.yearMax)}`);
  if (years.length > 0) clauses.set('year', years.join(' AND '));
  return clauses;
}

/** The AND of every active clause except `except`'s own (undefined when nothing filters). */
export function buildFilter(filters: Filters, except?: FilterKey, extra: string[] = []): string | undefined {
  const parts = [...filterClauses(filters)].filter(([key]) => key !== except).map(([, clause]) => `(${clause})`);
  parts.push(...extra.map((clause) => `(${clause})`));
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}
