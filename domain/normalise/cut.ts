import { ExampleSchema, PartySchema } from '../example.js';
import { truncate } from './text.js';

const max = (schema: { maxLength: number | null }): number => {
  if (schema.maxLength === null) throw new Error('Limite de longueur absente du schéma');
  return schema.maxLength;
};

/** The longest text the contract allows, by document field (data-format.md §3), read from the schema so they cannot drift. */
export const TEXT_LIMITS = {
  title: max(ExampleSchema.shape.title),
  summary: max(ExampleSchema.shape.summary),
  description: max(ExampleSchema.shape.description),
  results: max(ExampleSchema.shape.results),
  city: max(ExampleSchema.shape.city.unwrap()),
  'lead.name': max(PartySchema.shape.name),
  'partners.name': max(PartySchema.shape.name),
} as const;
export type TextField = keyof typeof TEXT_LIMITS;
export const TEXT_FIELDS = Object.keys(TEXT_LIMITS) as TextField[];

/** A text cut to fit the contract: the field, its length after cleaning, and the limit it was cut to. */
export interface Cut {
  field: TextField;
  length: number;
  limit: number;
}

/** The cleaned text of `field`, cut to its limit; every cut is recorded in `cuts` so the report can say so. */
export function fit(value: string, field: TextField, cuts: Cut[]): string {
  const limit = TEXT_LIMITS[field];
  if (value.length <= limit) return value;
  cuts.push({ field, length: value.length, limit });
  return truncate(value, limit);
}
