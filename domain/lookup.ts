import { DEPARTMENTS } from './departments.js';
import { ACTOR_TYPES, MODES, SCALES, STATUSES, THEMES, type Term } from './facets.js';
import { foldSingular } from './fold.js';
import { OLD_REGIONS, REGIONS, type RegionId } from './regions.js';

/** A function from any accepted spelling of a value to its canonical id. */
export type Lookup<Id> = (value: string) => Id | undefined;

/** Builds a lookup keyed on every spelling, folded (no case, accents, punctuation or plural). */
export function lookupFrom<Id>(entries: Iterable<readonly [spelling: string, id: Id]>): Lookup<Id> {
  const byKey = new Map<string, Id>();
  for (const [spelling, id] of entries) {
    const key = foldSingular(spelling);
    if (key && !byKey.has(key)) byKey.set(key, id);
  }
  return (value) => byKey.get(foldSingular(value));
}

function* termSpellings<Id extends string>(terms: readonly Term<Id>[]): Generator<readonly [string, Id]> {
  for (const term of terms) {
    for (const spelling of [term.id, term.label, term.labelEn, ...term.aliases]) yield [spelling, term.id];
  }
}

export const lookupActorType = lookupFrom(termSpellings(ACTOR_TYPES));
export const lookupTheme = lookupFrom(termSpellings(THEMES));
export const lookupMode = lookupFrom(termSpellings(MODES));
export const lookupScale = lookupFrom(termSpellings(SCALES));
export const lookupStatus = lookupFrom(termSpellings(STATUSES));

/** Region from its id, name, English name, abbreviation, INSEE code or pre-2016 name. */
export const lookupRegion: Lookup<RegionId> = lookupFrom<RegionId>(
  (function* () {
    for (const region of REGIONS) {
      yield [region.id, region.id];
      yield [region.label, region.id];
      yield [region.labelEn, region.id];
      if (region.code) yield [region.code, region.id];
      if (region.code) yield [String(Number(region.code)), region.id];
      for (const alias of region.aliases) yield [alias, region.id];
    }
    for (const old of OLD_REGIONS) yield [old.name, old.region];
  })(),
);

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
