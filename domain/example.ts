import { z } from 'zod';
import { ACTOR_TYPE, FACETS, YEARS, type AnyFacet } from './facet-registry.js';

// The canonical document of data-format.md §3: what the index holds and the API returns. Its facet fields come from
// the registry, so a new facet is a new field here without a line written.

/** A facet's value type: its ids, or `number` for numbered facets (SDGs), so computed numbers need no cast. */
export type ValueOf<F extends AnyFacet> = F['terms'][number]['id'] extends number ? number : F['terms'][number]['id'];

/** One value of a facet: one of its ids (numbers stay numbers). */
export function facetValueSchema<F extends AnyFacet>(facet: F): z.ZodType<ValueOf<F>> {
  const ids = facet.terms.map((t) => t.id);
  const schema = typeof ids[0] === 'number' ? z.literal(ids as number[]) : z.enum(ids as [string, ...string[]]);
  return schema as unknown as z.ZodType<ValueOf<F>>;
}

/** Distinct values, numbers ascending (SDGs read 4, 8, 17 in every document). */
function facetValuesSchema<F extends AnyFacet>(facet: F): z.ZodType<ValueOf<F>[]> {
  return z.array(facetValueSchema(facet)).refine((a) => a.every((v, i) => a.indexOf(v) === i && (i === 0 || typeof v !== 'number' || (a[i - 1] as number) < v)), 'valeurs distinctes (nombres croissants)');
}

type FacetFieldsShape = {
  [F in AnyFacet as F['field']]: F['multi'] extends true ? z.ZodType<ValueOf<F>[]> : z.ZodOptional<z.ZodType<ValueOf<F>>>;
};

const facetFields = Object.fromEntries(FACETS.map((f) => [f.field, f.multi ? facetValuesSchema(f) : facetValueSchema(f).optional()])) as FacetFieldsShape;

export const ExampleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'lettres, chiffres, _ ou -, 64 au plus');

export const PartySchema = z.object({
  name: z.string().min(1).max(300),
  type: facetValueSchema(ACTOR_TYPE).optional(),
});

/** Latest accepted start year: next year (projects announced for the coming year). */
export const maxYear = (now = new Date()): number => now.getUTCFullYear() + 1;

export const ExampleSchema = z.object({
  id: ExampleIdSchema,
  title: z.string().min(1).max(300),
  summary: z.string().max(2_000),
  description: z.string().max(20_000),
  results: z.string().max(5_000),
  lead: PartySchema.optional(),
  partners: z.array(PartySchema),
  city: z.string().max(200).optional(),
  ...facetFields,
  year: z.number().int().min(YEARS.min).refine((y) => y <= maxYear(), `au plus l'an prochain`).optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  updatedAt: z.iso.date().optional(),
  unmapped: z.array(z.object({ field: z.string(), value: z.string() })),
  source: z.object({ file: z.string(), line: z.number().int().min(1) }),
  /** When the example first appeared in the live base, and when its content last changed there (set at publishing). */
  firstPublished: z.iso.datetime().optional(),
  lastChanged: z.iso.datetime().optional(),
});

export type Example = z.infer<typeof ExampleSchema>;
export type Party = z.infer<typeof PartySchema>;

/** Every field of the document, in schema order (what the index returns; `keywords` is the index's own). */
export const EXAMPLE_FIELDS = Object.keys(ExampleSchema.shape) as (keyof Example)[];
