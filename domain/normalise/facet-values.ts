import { ACTOR_TYPE, DEPARTMENT, FACETS, MODE, REGION, SCALE, STATUS, THEME, type AnyFacet, type FacetParam } from '../facet-registry.js';
import type { Term } from '../facets.js';
import { fold } from '../fold.js';
import { lookupDepartment, lookupFrom, termSpellings, type Lookup } from '../lookup.js';
import { SDGS } from '../sdgs.js';

// From any spelling an export uses to a facet's id: the registry's terms and aliases, its prefixes ("Région …"), and
// the two parsers of values that are more than words (département codes with names, numbered SDG forms).

const sdgByLabel = lookupFrom(SDGS.flatMap((s) => [[s.label, s.id] as const, [s.labelEn, s.id] as const]));
const FOLDED_LABELS = new Map(SDGS.map((s) => [s.id as number, [fold(s.label), fold(s.labelEn)]]));
// "17", "ODD 17", "ODD17", "SDG 17", "Objectif 17", "Goal n°17", then anything after the number.
const NUMBERED = /^(?:(?:odd|sdg|objectif|objective|goal|target)(?: de developpement durable| developpement durable)?(?: n| no| nr)?\s*)?0?(\d{1,2})(?:\s+(.*))?$/;

function numbered(value: string): { id: number; rest: string } | undefined {
  const match = NUMBERED.exec(fold(value));
  const id = Number(match?.[1]);
  return match && id >= 1 && id <= 17 ? { id, rest: match[2] ?? '' } : undefined;
}

/** SDG number from `17`, `ODD 17`, `ODD17`, `SDG 17`, `Objectif 17`, `ODD 17 - Partenariats…`, `17. Partenariats…` or the label alone. */
export function normaliseSdg(value: string): number | undefined {
  return numbered(value)?.id ?? sdgByLabel(value);
}

/** Stricter: whatever follows the number must be the start of that SDG's label, so "ODD 3, ODD 17" is not one value. */
export function isWholeSdg(value: string): boolean {
  const found = numbered(value);
  if (!found) return sdgByLabel(value) !== undefined;
  return found.rest === '' || FOLDED_LABELS.get(found.id)!.some((label) => label.startsWith(found.rest));
}

const PARSERS: Record<NonNullable<AnyFacet['parser']>, Lookup<string | number>> = { department: lookupDepartment, sdg: normaliseSdg };

/** A lookup that also reads the value with a leading prefix word dropped ("Région Bretagne", "Dpt 35"). */
function withPrefixes<Id>(lookup: Lookup<Id>, prefixes: readonly string[] | undefined): Lookup<Id> {
  if (!prefixes?.length) return lookup;
  const prefix = new RegExp(`^(?:${prefixes.join('|')})\\s+`);
  return (value) => lookup(value) ?? lookup(fold(value).replace(prefix, ''));
}

const NORMALISERS = new Map<FacetParam, Lookup<string | number>>(
  FACETS.map((f) => [f.param, withPrefixes(f.parser ? PARSERS[f.parser] : lookupFrom<string | number>(termSpellings(f.terms as readonly Term[])), f.prefixes)]),
);

/** The id a value of `facet` names, in any accepted spelling; undefined when it names none. */
export const normaliserOf = (facet: AnyFacet): Lookup<string | number> => NORMALISERS.get(facet.param)!;

/** Whether a piece of a multi-valued cell is one whole value (so a splitter must not cut it at a comma). */
export const isWholeValue = (facet: AnyFacet): ((value: string) => boolean) =>
  facet.parser === 'sdg' ? isWholeSdg : (value) => normaliserOf(facet)(value) !== undefined;

// Named normalisers, for the rules that need one facet in particular and for tests.
export const normaliseRegion = normaliserOf(REGION) as Lookup<(typeof REGION)['terms'][number]['id']>;
export const normaliseDepartment = normaliserOf(DEPARTMENT) as Lookup<string>;
export const normaliseActorType = normaliserOf(ACTOR_TYPE) as Lookup<(typeof ACTOR_TYPE)['terms'][number]['id']>;
export const normaliseTheme = normaliserOf(THEME) as Lookup<(typeof THEME)['terms'][number]['id']>;
export const normaliseMode = normaliserOf(MODE) as Lookup<(typeof MODE)['terms'][number]['id']>;
export const normaliseScale = normaliserOf(SCALE) as Lookup<(typeof SCALE)['terms'][number]['id']>;
export const normaliseStatus = normaliserOf(STATUS) as Lookup<(typeof STATUS)['terms'][number]['id']>;
