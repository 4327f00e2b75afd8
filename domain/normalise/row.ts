import type { ColumnField } from '../columns.js';
import { ExampleSchema, type Example, type Party } from '../example.js';
import { ACTOR_TYPE, FACETS, REGION, type AnyFacet } from '../facet-registry.js';
import { regionOfDepartment } from '../lookup.js';
import { fit, type Cut } from './cut.js';
import { isWholeValue, normaliseActorType, normaliserOf } from './facet-values.js';
import { deriveId, idFromColumn } from './id.js';
import { normaliseParty } from './party.js';
import { splitNames, splitTerms } from './split.js';
import { cleanMultiline, cleanText } from './text.js';
import { normaliseDate, normaliseWebsite, normaliseYear } from './values.js';

export type RowCells = Partial<Record<ColumnField, string>>;
export type Unmapped = Example['unmapped'][number];
/** `cuts`: texts cut to their limit, for the report; not in `unmapped`, which holds values that matched nothing. */
export type RowResult = { ok: true; example: Example; cuts: Cut[] } | { ok: false; reason: string };

type Value = string | number;

/** Distinct values in the facet's display order, so a cell's order never changes the document. */
const canonical = (facet: AnyFacet, values: Iterable<Value>): Value[] => {
  const set = new Set(values);
  return facet.terms.map((t) => t.id as Value).filter((id) => set.has(id));
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

/** Every facet's values from its cell: a list for a multi-valued facet, at most one value otherwise. */
function facetValues(cells: RowCells, unmapped: Unmapped[]): Record<string, Value[] | Value | undefined> {
  const out: Record<string, Value[] | Value | undefined> = {};
  for (const facet of FACETS) {
    const cell = cells[facet.field];
    out[facet.field] = facet.multi
      ? canonical(facet, many(cell, facet.field, normaliserOf(facet), unmapped, isWholeValue(facet)))
      : one(cell, facet.field, normaliserOf(facet), unmapped);
  }
  return out;
}

function parties(cells: RowCells, unmapped: Unmapped[], cuts: Cut[]): { lead?: Party; partners: Party[]; leadType?: Party['type'] } {
  const lead = cells.lead?.trim() ? normaliseParty(cells.lead, 'lead.name', cuts) : undefined;
  const leadType = one(cells.leadType, 'lead.type', normaliseActorType, unmapped);
  const partners = splitNames(cleanMultiline(cells.partners ?? '').replace(/\n/g, ';'))
    .map((name) => normaliseParty(name, 'partners.name', cuts))
    .filter((p): p is Party => p !== undefined);
  const withType = lead && leadType && !lead.type ? { ...lead, type: leadType } : lead;
  return { ...(withType ? { lead: withType } : {}), partners, ...(leadType ? { leadType } : {}) };
}

/** Leaves out the keys whose value is undefined, so optional fields are absent rather than undefined. */
const defined = (record: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

/** One CSV row (cells by field) to the canonical document of data-format.md §3. */
export function rowToExample(cells: RowCells, source: { file: string; line: number }): RowResult {
  const cuts: Cut[] = [];
  const title = fit(cleanText(cells.title ?? ''), 'title', cuts);
  if (!title) return { ok: false, reason: 'Titre manquant' };
  const unmapped: Unmapped[] = [];
  const { lead, partners, leadType } = parties(cells, unmapped, cuts);
  const facets = facetValues(cells, unmapped);
  const departments = facets.departments as string[];
  // A département implies its region; the organisations' own types count among the actor types (data-format.md §3).
  facets.regions = canonical(REGION, [...(facets.regions as Value[]), ...departments.map((d) => regionOfDepartment(d)!)]);
  const partyTypes = [leadType, lead?.type, ...partners.map((p) => p.type)].filter((t) => t !== undefined);
  facets.actorTypes = canonical(ACTOR_TYPE, [...(facets.actorTypes as Value[]), ...partyTypes]);
  const website = one(cells.website, 'website', normaliseWebsite, unmapped);
  const year = one(cells.year, 'year', (v) => normaliseYear(v), unmapped);
  const updatedAt = one(cells.updatedAt, 'updatedAt', normaliseDate, unmapped);
  const city = fit(cleanText(cells.city ?? ''), 'city', cuts);
  const idCell = cells.id?.trim() ?? '';
  const columnId = idCell ? idFromColumn(idCell) : undefined;
  if (idCell && columnId !== idCell) unmapped.push({ field: 'id', value: idCell });

  const candidate = defined({
    id: columnId ?? deriveId(title, (facets.regions as string[])[0]),
    title,
    summary: fit(cleanMultiline(cells.summary ?? ''), 'summary', cuts),
    description: fit(cleanMultiline(cells.description ?? ''), 'description', cuts),
    results: fit(cleanMultiline(cells.results ?? ''), 'results', cuts),
    lead,
    partners,
    city: city || undefined,
    ...facets,
    year,
    website,
    updatedAt,
    unmapped: distinct(unmapped),
    source,
  });
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
