import type { Example, Party } from '../example.js';
import { FACETS, REGION, type AnyFacet } from '../facet-registry.js';
import { fold } from '../fold.js';
import { hash53 } from './id.js';
import { canonical } from './row.js';

// Rows of one id (data-format.md §4): duplicates (they agree: the most recent is kept), merges (they complete each other:
// empty fields filled, multi-valued fields united) and conflicts (another title or lead: never merged).

/** The fields that say whether a row holds something another lacks, in this order (bit i = field i). */
export const CONTENT_FIELDS = ['summary', 'description', 'results', 'lead', 'partners', 'city', ...FACETS.map((f) => f.field), 'year', 'website'] as const;
type ContentField = (typeof CONTENT_FIELDS)[number];

const isFilled = (value: unknown): boolean => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Bit mask of the fields a row fills. */
export function filledMask(example: Example): number {
  let mask = 0;
  CONTENT_FIELDS.forEach((field, i) => {
    if (isFilled(example[field as keyof Example])) mask |= 1 << i;
  });
  return mask;
}

/** The fields of a mask, by name. */
export const fieldsOf = (mask: number): ContentField[] => CONTENT_FIELDS.filter((_, i) => mask & (1 << i));

/** What tells two rows of one id apart as examples: their folded title and lead (hashed: 0 for no lead), their first region. */
export interface ExampleKey {
  title: number;
  lead: number;
  region: string;
}

export const keyOf = (example: Example): ExampleKey => ({
  title: hash53(fold(example.title)),
  lead: example.lead ? hash53(fold(example.lead.name)) : 0,
  region: example.regions[0] ?? '',
});

/** Why two rows of one id are not one example: another title, or another lead (an empty lead disagrees with none). */
export function disagreement(a: ExampleKey, b: ExampleKey): 'title' | 'lead' | undefined {
  if (a.title !== b.title) return 'title';
  if (a.lead && b.lead && a.lead !== b.lead) return 'lead';
  return undefined;
}

const filledCount = (mask: number): number => {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
};

/**
 * True when `b` should be kept over `a` (fed in input order): more recently updated; as recent, holding more fields (a
 * project's row with its place over its coordinates-only rows); as full, later in the input.
 */
export function supersedes(b: { updatedAt?: string; mask: number }, a: { updatedAt?: string; mask: number }): boolean {
  const [db, da] = [b.updatedAt ?? '', a.updatedAt ?? ''];
  if (db !== da) return db > da;
  const [fb, fa] = [filledCount(b.mask), filledCount(a.mask)];
  return fb !== fa ? fb > fa : true;
}

/** What to do with a row of an id already seen: a duplicate when the kept row holds all it holds, else a merge. */
export const verdict = (baseMask: number, otherMask: number): 'duplicate' | 'merge' => (otherMask & ~baseMask ? 'merge' : 'duplicate');

const MULTI = new Map<string, AnyFacet>(FACETS.filter((f) => f.multi).map((f) => [f.field, f]));

function uniteParties(a: Party[], b: Party[]): Party[] {
  const seen = new Set(a.map((p) => fold(p.name)));
  return [...a, ...b.filter((p) => !seen.has(fold(p.name)) && !!seen.add(fold(p.name)))];
}

/** `base` completed by `other`: its empty fields filled, its multi-valued fields united; base's id, title and source. */
export function mergeExamples(base: Example, other: Example): Example {
  const out: Record<string, unknown> = { ...base };
  for (const field of CONTENT_FIELDS) {
    const mine = base[field as keyof Example];
    const theirs = other[field as keyof Example];
    if (!isFilled(theirs)) continue;
    const facet = MULTI.get(field);
    if (facet) out[field] = canonical(facet, [...(mine as (string | number)[]), ...(theirs as (string | number)[])]);
    else if (field === 'partners') out[field] = uniteParties(base.partners, other.partners);
    else if (!isFilled(mine)) out[field] = theirs;
  }
  if (base.lead && other.lead && !base.lead.type && other.lead.type) out.lead = { ...base.lead, type: other.lead.type };
  out.regions = canonical(REGION, out.regions as string[]);
  const seen = new Set(base.unmapped.map((u) => `${u.field}\u0000${u.value}`));
  out.unmapped = [...base.unmapped, ...other.unmapped.filter((u) => !seen.has(`${u.field}\u0000${u.value}`))];
  return out as Example;
}
