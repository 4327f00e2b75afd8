import { z } from 'zod';
import { ExampleIdSchema, facetValueSchema, type ValueOf } from './example.js';
import { FACETS, SORTS, STATS_DIMENSIONS, YEARS, type AnyFacet, type FacetParam } from './facet-registry.js';
import { MEASURES } from './cross-table-measures.js';

// The request contract of api.md, shared by the server (validation, OpenAPI); built from the facet registry.

/** A repeatable query param: absent, one value or several, always an array after parsing. */
const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item)).optional();

/** An integer written in decimal digits, as a query string carries it. */
const integer = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v),
    z.number({ error: `un entier entre ${min} et ${max}` }).int().min(min).max(max),
  );

/** A facet value as a query string carries it: an id, or for numbered facets (SDGs) its number. */
function paramValue(facet: AnyFacet): z.ZodType {
  const ids = facet.terms.map((t) => t.id);
  if (typeof ids[0] !== 'number') return facetValueSchema(facet);
  const numbers = ids as number[];
  return integer(Math.min(...numbers), Math.max(...numbers)).pipe(facetValueSchema(facet) as z.ZodType<number, number>);
}

type FacetParamsShape = {
  [F in AnyFacet as F['param']]: z.ZodOptional<z.ZodType<ValueOf<F>[]>>;
};

const facetParams = Object.fromEntries(FACETS.map((f) => [f.param, repeated(paramValue(f))])) as unknown as FacetParamsShape;

export const FilterShape = {
  q: z.string().max(500).optional(),
  ...facetParams,
  yearMin: integer(YEARS.min, YEARS.max).optional(),
  yearMax: integer(YEARS.min, YEARS.max).optional(),
};

export const SortSchema = z.enum(SORTS).default('relevance');

/** A reversed year range would silently match nothing: it is refused, on `yearMax`, naming both years. */
function yearsInOrder(query: { yearMin?: number; yearMax?: number }, ctx: z.RefinementCtx): void {
  if (query.yearMin === undefined || query.yearMax === undefined || query.yearMin <= query.yearMax) return;
  ctx.addIssue({ code: 'custom', path: ['yearMax'], input: query.yearMax, message: `une année égale ou postérieure à yearMin (${query.yearMin})` });
}

export const FiltersSchema = z.strictObject(FilterShape).superRefine(yearsInOrder);
export type Filters = z.output<typeof FiltersSchema>;

export const SearchQuerySchema = z.strictObject({
  ...FilterShape,
  sort: SortSchema,
  page: integer(1, 10_000).default(1),
  hitsPerPage: integer(1, 100).default(20),
}).superRefine(yearsInOrder);
export type SearchQuery = z.output<typeof SearchQuerySchema>;

export const EXPORT_FORMATS = ['csv', 'json', 'ndjson', 'xlsx', 'datapackage'] as const;
const LangSchema = z.enum(['fr', 'en']).default('fr');
export const ExportQuerySchema = z.strictObject({
  ...FilterShape,
  sort: SortSchema,
  format: z.enum(EXPORT_FORMATS).default('csv'),
  sep: z.enum(['semicolon', 'comma']).default('semicolon'),
  lang: LangSchema,
}).superRefine(yearsInOrder);
export type ExportQuery = z.output<typeof ExportQuerySchema>;

export const StatsQuerySchema = z.strictObject({
  ...FilterShape,
  rows: z.enum(STATS_DIMENSIONS).default('region'),
  cols: z.enum(STATS_DIMENSIONS).default('sdg'),
  format: z.enum(['json', 'csv']).default('json'),
  /** What the CSV's cells hold: counts, a share (of the row, the column, the selection) or the representation index. */
  measure: z.enum(MEASURES).default('count'),
  lang: LangSchema,
}).superRefine(yearsInOrder);
export type StatsQuery = z.output<typeof StatsQuerySchema>;

/** `/api/feed`: the filters of a search, and the language of the feed's words. */
export const FeedQuerySchema = z.strictObject({ ...FilterShape, lang: LangSchema }).superRefine(yearsInOrder);
export type FeedQuery = z.output<typeof FeedQuerySchema>;

/** A data version as the engine's meta document holds it (12 hex digits). */
export const DataVersionSchema = z.string().regex(/^[0-9a-f]{12}$/, 'une version des données (12 caractères hexadécimaux)');

/** `/api/changes`: what changed in a search's set since the data version a link was made on. */
export const ChangesQuerySchema = z.strictObject({ ...FilterShape, since: DataVersionSchema.optional() }).superRefine(yearsInOrder);
export type ChangesQuery = z.output<typeof ChangesQuerySchema>;

/** `/api/examples/:id`. */
export const ExampleParamsSchema = z.strictObject({ id: ExampleIdSchema });

/** Endpoints that take no parameter (taxonomy). */
export const NoParamsSchema = z.strictObject({});

/** The values of a facet param in a parsed query (an empty list when absent). */
export const valuesOf = (filters: Filters, param: FacetParam): readonly (string | number)[] => (filters[param] as readonly (string | number)[] | undefined) ?? [];
