import type { ValueMap } from '../import-mapping.js';
import { ExampleSchema, type Example } from '../example.js';
import { ACTOR_TYPE, FACETS, REGION } from '../facet-registry.js';
import { regionOfDepartment } from '../lookup.js';
import { fit, type Cut } from './cut.js';
import { canonical, many } from './facet-cells.js';
import { normaliserOf } from './facet-values.js';
import { deriveId, idFromColumn } from './id.js';
import { masked } from './personal-data.js';
import { parties } from './row-parties.js';
import { one, Row, type Inference, type RowCells, type Unmapped } from './row-state.js';
import { cleanMultiline, cleanText } from './text.js';
import { normaliseDate, normaliseYear, readWebsite, yearInText } from './values.js';

// One row of an export to the canonical document (data-format.md §3); its facet cells and parties are read by
// facet-cells.ts and row-parties.ts, its state (cuts, inferences, unmapped values, masks) kept by row-state.ts.

export type { Inference, RowCells, Unmapped };
export { canonical };

export interface RowOptions {
  /** The link of the title cell (a spreadsheet's hyperlink): the website when the row has none. */
  titleLink?: string;
  /** The file's ID column names categories, not examples (data-format.md §4): ids are derived. */
  deriveIds?: boolean;
  /** Odd values mapped by the mapping file to an id, or to null (ignored). */
  values?: ValueMap;
  /**
   * Check the document against the Example schema. Every field is valid by construction (each normaliser returns only
   * what the schema allows), so the importer checks a file's first rows, where a fault of its plan would show, not every row.
   */
  validate?: boolean;
}

/** `cuts`: texts cut to their limit; `masked`: e-mail addresses and phone numbers taken out of the row's texts and values. */
export type RowResult =
  | { ok: true; example: Example; cuts: Cut[]; inferred: Inference[]; masked: number; idFrom: 'column' | 'derived' }
  | { ok: false; reason: string };

type Value = string | number;

function facetValues(row: Row, cells: RowCells): Record<string, Value[] | Value | undefined> {
  const out: Record<string, Value[] | Value | undefined> = {};
  for (const facet of FACETS) out[facet.field] = facet.multi ? many(row, facet, cells[facet.field]) : one(row, cells[facet.field], facet.field, normaliserOf(facet));
  return out;
}

function website(row: Row, cells: RowCells, options: RowOptions): string | undefined {
  const cell = cleanText(cells.website ?? '');
  if (!cell && options.titleLink) {
    const url = readWebsite(options.titleLink).url;
    if (url) row.infer('website', 'title-link', masked(cleanText(cells.title ?? '')), url);
    return url;
  }
  const { url, picked, dropped } = readWebsite(cell);
  if (url && picked) row.infer('website', 'first-link', masked(cell), url);
  for (const d of dropped) row.leftOver('website', d);
  return url;
}

function year(row: Row, cell: string | undefined): number | undefined {
  const text = cleanText(cell ?? '');
  if (!text) return undefined;
  const plain = normaliseYear(text);
  if (plain !== undefined) return plain;
  const found = yearInText(text);
  if (found !== undefined) row.infer('year', 'year-in-text', masked(text), String(found));
  else row.leftOver('year', text);
  return found;
}

/** Leaves out the keys whose value is undefined, so optional fields are absent rather than undefined (added in one order: one shape). */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in record) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

/** One row (cells by field) to the canonical document of data-format.md §3. */
export function rowToExample(cells: RowCells, source: { file: string; line: number }, options: RowOptions = {}): RowResult {
  const row = new Row(options.values);
  const title = fit(row.private(cleanText(cells.title ?? '')), 'title', row.cuts);
  if (!title) return { ok: false, reason: 'Titre manquant' };
  const { lead, partners, leadType } = parties(row, cells);
  const facets = facetValues(row, cells);
  const departments = facets.departments as string[];
  // A département implies its region; the organisations' own types count among the actor types (data-format.md §3).
  facets.regions = canonical(REGION, [...(facets.regions as Value[]), ...departments.map((d) => regionOfDepartment(d)!)]);
  const partyTypes = [leadType, lead?.type, ...partners.map((p) => p.type)].filter((t) => t !== undefined);
  facets.actorTypes = canonical(ACTOR_TYPE, [...(facets.actorTypes as Value[]), ...partyTypes]);
  const city = fit(row.private(cleanText(cells.city ?? '')), 'city', row.cuts);
  const idCell = options.deriveIds ? '' : (cells.id?.trim() ?? '');
  const columnId = idCell ? idFromColumn(idCell) : undefined;
  if (idCell && columnId !== idCell) row.leftOver('id', idCell);
  const site = website(row, cells, options);
  const started = year(row, cells.year);
  const updatedAt = one(row, cells.updatedAt, 'updatedAt', normaliseDate);

  const candidate = defined({
    id: columnId ?? deriveId(title, (facets.regions as string[])[0], lead?.name),
    title,
    summary: fit(row.private(cleanMultiline(cells.summary ?? '')), 'summary', row.cuts),
    description: fit(row.private(cleanMultiline(cells.description ?? '')), 'description', row.cuts),
    results: fit(row.private(cleanMultiline(cells.results ?? '')), 'results', row.cuts),
    lead,
    partners,
    city: city || undefined,
    ...facets,
    year: started,
    website: site,
    updatedAt,
    unmapped: row.unmapped.length ? distinct(row.unmapped) : row.unmapped,
    source,
  });
  const checked = options.validate === false ? { success: true as const, data: candidate as Example } : ExampleSchema.safeParse(candidate);
  if (!checked.success) {
    return { ok: false, reason: `Document invalide : ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(' ; ')}` };
  }
  return { ok: true, example: checked.data, cuts: row.cuts, inferred: row.inferred, masked: row.masked, idFrom: columnId ? 'column' : 'derived' };
}

function distinct(list: Unmapped[]): Unmapped[] {
  const seen = new Set<string>();
  return list.filter((u) => !seen.has(`${u.field}\u0000${u.value}`) && !!seen.add(`${u.field}\u0000${u.value}`));
}
