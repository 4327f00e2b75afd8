import { fold } from '../fold.js';
import { lookupActorType, lookupDepartment, lookupFrom, lookupMode, lookupRegion, lookupScale, lookupStatus, lookupTheme } from '../lookup.js';
import type { ActorTypeId, ModeId, ScaleId, StatusId, ThemeId } from '../facets.js';
import type { RegionId } from '../regions.js';
import { SDGS } from '../sdgs.js';

/** Region id from a name (any case, accents, hyphens), abbreviation, INSEE code, pre-2016 name or "Région X". */
export function normaliseRegion(value: string): RegionId | undefined {
  return lookupRegion(value) ?? lookupRegion(fold(value).replace(/^region\s+/, ''));
}

/** Département code from `35`, `1`, `2A`, `974`, `Ille-et-Vilaine`, `Ille-et-Vilaine (35)`, `35 - Ille-et-Vilaine`. */
export function normaliseDepartment(value: string): string | undefined {
  return lookupDepartment(value) ?? lookupDepartment(fold(value).replace(/^(?:departement|dept|dpt)\s+/, ''));
}

export const normaliseActorType = (value: string): ActorTypeId | undefined => lookupActorType(value);
export const normaliseTheme = (value: string): ThemeId | undefined => lookupTheme(value);
export const normaliseMode = (value: string): ModeId | undefined => lookupMode(value);
export const normaliseScale = (value: string): ScaleId | undefined => lookupScale(value);
export const normaliseStatus = (value: string): StatusId | undefined => lookupStatus(value);

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
