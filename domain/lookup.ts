import { DEPARTMENTS } from './departments.js';
import type { Term } from './facets.js';
import { foldSingular } from './fold.js';
import type { RegionId } from './regions.js';

/** A function from any accepted spelling of a value to its canonical id. */
export type Lookup<Id> = (value: string) => Id | undefined;

/** Builds a lookup keyed on every spelling, folded (no case, accents, punctuation or plural); the first owner of a spelling keeps it. */
export function lookupFrom<Id>(entries: Iterable<readonly [spelling: string, id: Id]>): Lookup<Id> {
  const byKey = new Map<string, Id>();
  for (const [spelling, id] of entries) {
    const key = foldSingular(spelling);
    if (key && !byKey.has(key)) byKey.set(key, id);
  }
  return (value) => byKey.get(foldSingular(value));
}

/** Every spelling of a list of terms: id, French and English labels, aliases. */
export function* termSpellings<Id extends string | number>(terms: readonly Term<Id>[]): Generator<readonly [string, Id]> {
  for (const term of terms) {
    for (const spelling of [String(term.id), term.label, term.labelEn, ...term.aliases]) yield [spelling, term.id];
  }
}

/** Département code from its code (`35`, `1`, `2a`), its name, or both (`Ille-et-Vilaine (35)`, `35 - Ille-et-Vilaine`). */
export function lookupDepartment(value: string): string | undefined {
  const trimmed = value.trim();
  const inBrackets = /\(\s*([0-9][0-9ab]{0,2})\s*\)\s*$/i.exec(trimmed);
  const leading = /^([0-9][0-9ab]{0,2})\s*[-–—:]\s*\S/i.exec(trimmed);
  const code = inBrackets?.[1] ?? leading?.[1] ?? trimmed;
  return departmentByCode(code) ?? departmentByName(trimmed.replace(/\(.*\)\s*$/, ''));
}

const CODES = new Set(DEPARTMENTS.map((d) => d.code));
const departmentByName = lookupFrom(DEPARTMENTS.map((d) => [d.name, d.code] as const));

function departmentByCode(raw: string): string | undefined {
  const code = raw.trim().toUpperCase();
  if (CODES.has(code)) return code;
  if (/^[1-9]$/.test(code)) return `0${code}`;
  return undefined;
}

/** The region a département belongs to. */
export const regionOfDepartment: (code: string) => RegionId | undefined = (() => {
  const byCode = new Map(DEPARTMENTS.map((d) => [d.code, d.region]));
  return (code) => byCode.get(code);
})();
