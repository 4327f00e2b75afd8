import { ExampleSchema, type Example, type Party } from '../example.js';
import { ACTOR_TYPE_IDS, THEME_IDS, type ActorTypeId } from '../facets.js';
import { DEPARTMENTS } from '../departments.js';
import { regionOfDepartment } from '../lookup.js';
import { REGION_IDS, type RegionId } from '../regions.js';
import { fit, type Cut } from './cut.js';
import type { ColumnField } from './headers.js';
import { deriveId, idFromColumn } from './id.js';
import { normaliseParty } from './party.js';
import { splitNames, splitTerms } from './split.js';
import * as tax from './facet-values.js';
import { cleanMultiline, cleanText } from './text.js';
import { normaliseDate, normaliseWebsite, normaliseYear } from './values.js';

export type RowCells = Partial<Record<ColumnField, string>>;
export type Unmapped = Example['unmapped'][number];
/** `cuts`: texts cut to their limit, for the report; not in `unmapped`, which holds values that matched nothing. */
export type RowResult = { ok: true; example: Example; cuts: Cut[] } | { ok: false; reason: string };

const DEPARTMENT_CODES = DEPARTMENTS.map((d) => d.code);
/** Distinct values in the canonical order of `order`, so a cell's order never changes the document. */
const canonical = <T>(values: Iterable<T>, order: readonly T[]): T[] => {
  const set = new Set(values);
  return order.filter((v) => set.has(v));
};

/** Maps a multi-valued cell through `normalise`; what matches nothing goes to `unmapped`. */
function many<T>(cell: string | undefined, field: string, normalise: (v: string) => T | undefined, unmapped: Unmapped[], whole?: (v: string) => boolean): T[] {
  if (!cell?.trim()) return [];
  const text = cleanMultiline(cell).replace(/\n/g, ';');
  const pieces = splitTerms(text, whole ?? ((v) => normalise(v) !== undefined));
  const out: T[] = [];
  for (const piece of pieces) {
    const value = normalise(piece);
    if (value === undefined) unmapped.push({ field, value: piece });
    else out.push(value);
  }
  return out;
}

function one<T>(cell: string | undefined, field: string, normalise: (v: string) => T | undefined, unmapped: Unmapped[]): T | undefined {
  const text = cleanText(cell ?? '');
  if (!text) return undefined;
  const value = normalise(text);
  if (value === undefined) unmapped.push({ field, value: text });
  return value;
}

function parties(cells: RowCells, unmapped: Unmapped[], cuts: Cut[]): { lead?: Party; partners: Party[]; leadType?: ActorTypeId } {
  const lead = cells.lead?.trim() ? normaliseParty(cells.lead, 'lead.name', cuts) : undefined;
  const leadType = one(cells.leadType, 'lead.type', tax.normaliseActorType, unmapped);
  const partners = splitNames(cleanMultiline(cells.partners ?? '').replace(/\n/g, ';'))
    .map((name) => normaliseParty(name, 'partners.name', cuts))
    .filter((p): p is Party => p !== undefined);
  const withType = lead && leadType && !lead.type ? { ...lead, type: leadType } : lead;
  return { ...(withType ? { lead: withType } : {}), partners, ...(leadType ? { leadType } : {}) };
}

/** One CSV row (cells by field) to the canonical document of data-format.md §3. */
export function rowToExample(cells: RowCells, source: { file: string; line: number }): RowResult {
  const cuts: Cut[] = [];
  const title = fit(cleanText(cells.title ?? ''), 'title', cuts);
  if (!title) return { ok: false, reason: 'Titre manquant' };
  const unmapped: Unmapped[] = [];
  const { lead, partners, leadType } = parties(cells, unmapped, cuts);
  const columnTypes = many(cells.actorTypes, 'actorTypes', tax.normaliseActorType, unmapped);
  const departments = canonical(many(cells.departments, 'departments', tax.normaliseDepartment, unmapped), DEPARTMENT_CODES);
  const regionCells = many(cells.regions, 'regions', tax.normaliseRegion, unmapped);
  const regions = canonical<RegionId>([...regionCells, ...departments.map((d) => regionOfDepartment(d)!)], REGION_IDS);
  const website = one(cells.website, 'website', normaliseWebsite, unmapped);
  const year = one(cells.year, 'year', (v) => normaliseYear(v), unmapped);
  const updatedAt = one(cells.updatedAt, 'updatedAt', normaliseDate, unmapped);
  const scale = one(cells.scale, 'scale', tax.normaliseScale, unmapped);
  const mode = one(cells.mode, 'mode', tax.normaliseMode, unmapped);
  const status = one(cells.status, 'status', tax.normaliseStatus, unmapped);
  const sdgs = [...new Set(many(cells.sdgs, 'sdgs', tax.normaliseSdg, unmapped, tax.isWholeSdg))].sort((a, b) => a - b);
  const themes = canonical(many(cells.themes, 'themes', tax.normaliseTheme, unmapped), THEME_IDS);
  const city = fit(cleanText(cells.city ?? ''), 'city', cuts);
  const idCell = cells.id?.trim() ?? '';
  const columnId = idCell ? idFromColumn(idCell) : undefined;
  if (idCell && columnId !== idCell) unmapped.push({ field: 'id', value: idCell });

  const actorTypes = canonical([...columnTypes, ...(leadType ? [leadType] : []), ...(lead?.type ? [lead.type] : []), ...partners.flatMap((p) => (p.type ? [p.type] : []))], ACTOR_TYPE_IDS);
  const candidate: Example = {
    id: columnId ?? deriveId(title, regions[0]),
    title,
    summary: fit(cleanMultiline(cells.summary ?? ''), 'summary', cuts),
    description: fit(cleanMultiline(cells.description ?? ''), 'description', cuts),
    results: fit(cleanMultiline(cells.results ?? ''), 'results', cuts),
    ...(lead ? { lead } : {}),
    partners,
    actorTypes,
    regions,
    departments,
    ...(city ? { city } : {}),
    ...(scale ? { scale } : {}),
    sdgs,
    themes,
    ...(mode ? { mode } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(status ? { status } : {}),
    ...(website ? { website } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    unmapped: distinct(unmapped),
    source,
  };
  const checked = ExampleSchema.safeParse(candidate);
  if (!checked.success) {
    return { ok: false, reason: `Document invalide : ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(' ; ')}` };
  }
  return { ok: true, example: checked.data, cuts };
}

function distinct(list: Unmapped[]): Unmapped[] {
  const seen = new Set<string>();
  return list.filter((u) => !seen.has(`${u.field}\u0000${u.value}`) && !!seen.add(`${u.field}\u0000${u.value}`));
}
