import { z } from 'zod';
import { ActorTypeIdSchema, DepartmentCodeSchema, ModeIdSchema, RegionIdSchema, ScaleIdSchema, StatusIdSchema, ThemeIdSchema } from './example.js';

// The request contract of api.md, shared by the server (validation, OpenAPI) and the web (URL state).

/** A repeatable query param: absent, one value or several, always an array after parsing. */
const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item)).optional();

/** An integer written in decimal digits, as a query string carries it. */
const integer = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v),
    z.number({ error: `un entier entre ${min} et ${max}` }).int().min(min).max(max),
  );

/** The years a filter may name (data-format.md keeps start years from 1950). */
export const YEARS = { min: 1950, max: 2100 } as const;

export const FilterShape = {
  q: z.string().max(500).optional(),
  region: repeated(RegionIdSchema),
  department: repeated(DepartmentCodeSchema),
  actorType: repeated(ActorTypeIdSchema),
  sdg: repeated(integer(1, 17)),
  theme: repeated(ThemeIdSchema),
  mode: repeated(ModeIdSchema),
  scale: repeated(ScaleIdSchema),
  status: repeated(StatusIdSchema),
  yearMin: integer(YEARS.min, YEARS.max).optional(),
  yearMax: integer(YEARS.min, YEARS.max).optional(),
};

export const SORTS = ['relevance', 'year:desc', 'year:asc', 'title:asc'] as const;
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

export const EXPORT_FORMATS = ['csv', 'json', 'ndjson', 'xlsx'] as const;
export const ExportQuerySchema = z.strictObject({
  ...FilterShape,
  sort: SortSchema,
  format: z.enum(EXPORT_FORMATS).default('csv'),
  sep: z.enum(['semicolon', 'comma']).default('semicolon'),
  lang: z.enum(['fr', 'en']).default('fr'),
}).superRefine(yearsInOrder);
export type ExportQuery = z.output<typeof ExportQuerySchema>;

/** Facet params of the API and the index attribute each filters on. */
export const FACET_ATTRIBUTES = {
  region: 'regions',
  actorType: 'actorTypes',
  sdg: 'sdgs',
  theme: 'themes',
  mode: 'mode',
  scale: 'scale',
  status: 'status',
} as const;
export type FacetParam = keyof typeof FACET_ATTRIBUTES;
export const FACET_PARAMS = Object.keys(FACET_ATTRIBUTES) as FacetParam[];

export const STATS_DIMENSIONS = [...FACET_PARAMS, 'year'] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

export const StatsQuerySchema = z.strictObject({
  ...FilterShape,
  rows: z.enum(STATS_DIMENSIONS).default('region'),
  cols: z.enum(STATS_DIMENSIONS).default('sdg'),
  format: z.enum(['json', 'csv']).default('json'),
}).superRefine(yearsInOrder);
export type StatsQuery = z.output<typeof StatsQuerySchema>;
