import { ACTOR_TYPE, COMPOUND_JOINERS, DEPARTMENT, FACETS, MODE, REGION, SCALE, STATUS, THEME, type AnyFacet, type FacetParam } from '../facet-registry.js';
import type { Term } from '../facets.js';
import { fold } from '../fold.js';
import { lookupDepartment, lookupFrom, termSpellings, type Lookup } from '../lookup.js';
import { DEPARTMENTS } from '../departments.js';
import { SDGS } from '../sdgs.js';
import { Memo } from './memo.js';

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

/** Looser, for columns read by their content: the words after the number share one with that SDG's label (`10- Réduction des inégalités`). */
function readsAsSdg(value: string): boolean {
  const found = numbered(value);
  if (!found) return sdgByLabel(value) !== undefined;
  if (found.rest === '' || isWholeSdg(value)) return true;
  const words = FOLDED_LABELS.get(found.id)!.join(' ').split(' ').filter((w) => w.length >= 5);
  return found.rest.split(' ').some((w) => words.includes(w));
}

const PARSERS: Record<NonNullable<AnyFacet['parser']>, Lookup<string | number>> = { department: lookupDepartment, sdg: normaliseSdg };

/** A lookup that also reads the value with a leading prefix word dropped ("Région Bretagne", "Dpt 35"). */
function withPrefixes<Id>(lookup: Lookup<Id>, prefixes: readonly string[] | undefined): Lookup<Id> {
  if (!prefixes?.length) return lookup;
  const prefix = new RegExp(`^(?:${prefixes.join('|')})\\s+`);
  return (value) => lookup(value) ?? lookup(fold(value).replace(prefix, ''));
}

// Exports repeat a few hundred spellings over thousands of rows: each is folded and looked up once.
function memo<Id>(lookup: Lookup<Id>): Lookup<Id> {
  const seen = new Memo<Id | undefined>(lookup);
  return (value) => seen.get(value);
}

const NORMALISERS = new Map<FacetParam, Lookup<string | number>>(
  FACETS.map((f) => [f.param, memo(withPrefixes(f.parser ? PARSERS[f.parser] : lookupFrom<string | number>(termSpellings(f.terms as readonly Term[])), f.prefixes))]),
);

/** The id a value of `facet` names, in any accepted spelling; undefined when it names none. */
export const normaliserOf = (facet: AnyFacet): Lookup<string | number> => NORMALISERS.get(facet.param)!;

/** Whether a piece of a multi-valued cell is one whole value (so a splitter must not cut it at a comma). */
export const isWholeValue = (facet: AnyFacet): ((value: string) => boolean) =>
  facet.parser === 'sdg' ? isWholeSdg : (value) => normaliserOf(facet)(value) !== undefined;

const DEPARTMENT_NAMES = new Map(DEPARTMENTS.map((d) => [d.code, fold(d.name)]));
/** Stricter, for columns read by their content: the département's name is there (`Isère`, `Isère (38)`), not a number before other words. */
function readsAsDepartment(value: string): boolean {
  const code = lookupDepartment(value);
  const name = value.replace(/\(.*\)\s*$/, '').replace(/^[0-9][0-9ab]{0,2}\s*[-–—:]\s*/i, '');
  return code !== undefined && fold(name) === DEPARTMENT_NAMES.get(code);
}

/** Whether a value (one piece of a cell) surely names a value of `facet`, for a column read by its content: never a bare number. */
export const readsAs = (facet: AnyFacet): ((value: string) => boolean) => {
  const strict = facet.parser === 'sdg' ? readsAsSdg : facet.parser === 'department' ? readsAsDepartment : (v: string) => pieceValues(facet, v).rest.length === 0;
  return (v) => /[a-z]/i.test(v) && strict(v);
};

// Named normalisers, for the rules that need one facet in particular and for tests.
export const normaliseRegion = normaliserOf(REGION) as Lookup<(typeof REGION)['terms'][number]['id']>;
export const normaliseDepartment = normaliserOf(DEPARTMENT) as Lookup<string>;
export const normaliseActorType = normaliserOf(ACTOR_TYPE) as Lookup<(typeof ACTOR_TYPE)['terms'][number]['id']>;
export const normaliseTheme = normaliserOf(THEME) as Lookup<(typeof THEME)['terms'][number]['id']>;
export const normaliseMode = normaliserOf(MODE) as Lookup<(typeof MODE)['terms'][number]['id']>;
export const normaliseScale = normaliserOf(SCALE) as Lookup<(typeof SCALE)['terms'][number]['id']>;
export const normaliseStatus = normaliserOf(STATUS) as Lookup<(typeof STATUS)['terms'][number]['id']>;

/** How the values of one piece of a cell were found, when not as one whole value. */
export type Reading = 'compound' | 'tags';
/** The values one piece of a multi-valued cell names, what is left of it, and how. */
export interface PieceValues {
  ids: (string | number)[];
  rest: string[];
  how?: Reading;
}

// Words of a phrase, never of a list of tags: a piece with one of them is read word by word only if most words are values.
const PHRASE_WORDS = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'pour', 'a', 'au', 'aux', 'avec', 'sur', 'par', 'dans', 'un', 'une']);

const JOINER = new RegExp(`\\s+(?:${COMPOUND_JOINERS.map((j) => j.replace(/[+&]/g, '\\$&')).join('|')})\\s+`, 'i');
const LONGEST_TAG = 6;

/**
 * Space-joined tags (`#parentalité numérique solidarité`): the longest known values word by word, the other words each a
 * tag of its own; when the words read as a phrase (`Accompagnement des jeunes en difficulté`), only if values cover half of them.
 */
function tags(piece: string, lookup: Lookup<string | number>): PieceValues | undefined {
  const words = piece.replace(/#/g, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return undefined;
  const phrase = words.some((w) => PHRASE_WORDS.has(fold(w)));
  const ids: (string | number)[] = [];
  const rest: string[] = [];
  let loose: string[] = [];
  let covered = 0;
  for (let i = 0; i < words.length; ) {
    let found: { id: string | number; end: number } | undefined;
    for (let end = Math.min(words.length, i + LONGEST_TAG); end > i && !found; end--) {
      const id = lookup(words.slice(i, end).join(' '));
      if (id !== undefined) found = { id, end };
    }
    if (!found) {
      loose.push(words[i++]!);
      continue;
    }
    if (loose.length) rest.push(...(phrase ? [loose.join(' ')] : loose));
    loose = [];
    ids.push(found.id);
    covered += found.end - i;
    i = found.end;
  }
  if (loose.length) rest.push(...(phrase ? [loose.join(' ')] : loose));
  return ids.length > 0 && (!phrase || covered * 2 >= words.length) ? { ids, rest, how: 'tags' } : undefined;
}

/**
 * The values of one piece of a multi-valued cell: a whole value; else a compound label whose every part is a value
 * (`EDUCATION ET JEUNESSE` → education + jeunesse); else space-joined tags; else nothing (the piece is left over).
 */
export function pieceValues(facet: AnyFacet, piece: string): PieceValues {
  const lookup = normaliserOf(facet);
  const whole = lookup(piece);
  if (whole !== undefined) return { ids: [whole], rest: [] };
  const parts = piece.split(JOINER);
  if (parts.length > 1) {
    const ids = parts.map((p) => lookup(p));
    if (ids.every((id) => id !== undefined)) return { ids: ids as (string | number)[], rest: [], how: 'compound' };
  }
  // Bare numbers are never read word by word: "10 000 bénéficiaires" is no list of SDGs.
  return (/[a-z]/i.test(piece) ? tags(piece, lookup) : undefined) ?? { ids: [], rest: [piece] };
}
