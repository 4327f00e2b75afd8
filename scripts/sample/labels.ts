// Canonical labels from the domain, looked up by id, for the dialects to start their spellings from.
import { DEPARTMENTS } from '#domain/departments.js';
import { ACTOR_TYPES, AUDIENCES, MODES, SCALES, STATUSES, THEMES } from '#domain/facets.js';
import { REGIONS, type RegionId } from '#domain/regions.js';
import { SDGS } from '#domain/sdgs.js';

const labelMap = (terms: readonly { id: string; label: string }[]): ReadonlyMap<string, string> => new Map(terms.map((t) => [t.id, t.label]));

const ACTOR = labelMap(ACTOR_TYPES);
const THEME = labelMap(THEMES);
const MODE = labelMap(MODES);
const SCALE = labelMap(SCALES);
const STATUS = labelMap(STATUSES);
const AUDIENCE = labelMap(AUDIENCES);
const REGION = new Map(REGIONS.map((r) => [r.id, r]));
const DEPARTMENT = new Map(DEPARTMENTS.map((d) => [d.code, d.name]));
const SDG = new Map(SDGS.map((s) => [s.id as number, s.label]));

const get = (map: ReadonlyMap<string | number, string>, key: string | number): string => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no label for ${key}`);
  return value;
};

export const actorLabel = (id: string): string => get(ACTOR, id);
export const themeLabel = (id: string): string => get(THEME, id);
export const modeLabel = (id: string): string => get(MODE, id);
export const scaleLabel = (id: string): string => get(SCALE, id);
export const statusLabel = (id: string): string => get(STATUS, id);
export const audienceLabel = (id: string): string => get(AUDIENCE, id);
/** A hand-typed spelling of an audience, chosen by `pick` (no random draw, so the rest of a row's draws stay as they were): its label lowercased, or its first alias. */
export const audienceSpelling = (id: string, pick: number): string => (pick % 2 === 0 ? get(AUDIENCE, id).toLowerCase() : AUDIENCES.find((a) => a.id === id)!.aliases[0]!);
export const departmentName = (code: string): string => get(DEPARTMENT, code);
export const sdgLabel = (n: number): string => get(SDG, n);
/** "National" rather than "National (France entière)": what exports write. */
export const regionLabel = (id: RegionId): string => (id === 'national' ? 'National' : REGION.get(id)!.label);
export const regionCode = (id: RegionId): string | undefined => REGION.get(id)?.code;
export const regionAliases = (id: RegionId): readonly string[] => REGION.get(id)?.aliases ?? [];
/** SDG labels with a comma would be cut in two by a multi-value splitter, so long forms skip them. */
export const sdgLabelIsSplitSafe = (n: number): boolean => !/[,;|/]/.test(sdgLabel(n));

const pad = (n: string): string => n.padStart(2, '0');
/** "2019-09-01" → "01/09/2019". */
export const frenchDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${pad(d!)}/${pad(m!)}/${y}`;
};
