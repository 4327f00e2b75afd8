import type { ColumnField } from '../columns.js';
import type { ValueMap } from '../import-mapping.js';
import { ExampleSchema, type Example, type Party } from '../example.js';
import { ACTOR_TYPE, FACETS, REGION, type AnyFacet } from '../facet-registry.js';
import { regionOfDepartment } from '../lookup.js';
import { fit, type Cut } from './cut.js';
import { isWholeValue, normaliseActorType, normaliserOf, pieceValues, type Reading } from './facet-values.js';
import { deriveId, idFromColumn } from './id.js';
import { normaliseParty, typeFromName } from './party.js';
import { masked, maskPersonal, onlyMasks } from './personal-data.js';
import { listItems, splitNames, splitTerms } from './split.js';
import { cleanMultiline, cleanText, owned } from './text.js';
import { normaliseDate, normaliseYear, readWebsite, yearInText } from './values.js';

export type RowCells = Partial<Record<ColumnField, string>>;
export type Unmapped = Example['unmapped'][number];

/** A value the import read beyond the letter of the cell (data-format.md §1), marked as inferred in the report. */
export interface Inference {
  field: string;
  rule: Reading | 'year-in-text' | 'first-link' | 'title-link' | 'name';
  /** What it was read from (masked). */
  from: string;
  /** What it gave: ids, a year, a link. */
  to: string;
}

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

/** Distinct values in the facet's display order, so a cell's order never changes the document. */
export const canonical = (facet: AnyFacet, values: Iterable<Value>): Value[] => {
  const set = new Set(values);
  return facet.terms.map((t) => t.id as Value).filter((id) => set.has(id));
};

/** Per-row state: what was cut, inferred, left unmapped and masked. */
class Row {
  readonly cuts: Cut[] = [];
  readonly inferred: Inference[] = [];
  readonly unmapped: Unmapped[] = [];
  masked = 0;

  constructor(readonly values: ValueMap | undefined) {}

  /** The id the mapping file gives a value (null: ignore it), before it is called unmapped. */
  mapped(field: string, value: string): string | number | null | undefined {
    return this.values?.(field, value);
  }

  /** Text without e-mail addresses or phone numbers (data-format.md §1: never in a published field). */
  private(text: string): string {
    const out = maskPersonal(text);
    this.masked += out.masked;
    return out.text;
  }

  /** A value that matched nothing: kept, masked, unless nothing but a contact is left of it. */
  leftOver(field: string, value: string): void {
    if (this.mapped(field, value) === null) return;
    const text = this.private(value);
    if (!onlyMasks(text)) this.unmapped.push({ field, value: text });
  }

  /** `from` is masked already (a cleaned, masked cell or name). */
  infer(field: string, rule: Inference['rule'], from: string, to: string): void {
    this.inferred.push({ field, rule, from, to });
  }
}

/** What a multi-valued cell reads as, on its own: the same for every row that holds the same text. */
interface CellReading {
  values: Value[];
  inferred: { how: Reading; piece: string; to: string }[];
  rest: string[];
}

// Exports repeat their facet cells over thousands of rows: each distinct cell is read once (bounded memo).
const MEMO_LIMIT = 20_000;
const CELL_MEMO = new Map<AnyFacet, Map<string, CellReading>>();

function readCell(facet: AnyFacet, cell: string, mapped: ((piece: string) => Value | null | undefined) | undefined): CellReading {
  const text = cleanMultiline(listItems(cell)).replace(/\n/g, ';');
  const reading: CellReading = { values: [], inferred: [], rest: [] };
  for (const piece of splitTerms(text, isWholeValue(facet))) {
    const byMapping = mapped?.(piece);
    if (byMapping !== undefined) {
      if (byMapping !== null) reading.values.push(byMapping);
      continue;
    }
    const { ids, rest, how } = pieceValues(facet, piece);
    reading.values.push(...ids);
    if (how) reading.inferred.push({ how, piece: owned(masked(piece)), to: [...new Set(ids)].join(' + ') });
    for (const r of rest) {
      // What is left of a piece (a tag among tags) may be mapped too.
      const leftMapped = how ? mapped?.(r) : undefined;
      if (leftMapped === undefined) reading.rest.push(owned(r));
      else if (leftMapped !== null) reading.values.push(leftMapped);
    }
  }
  reading.values = canonical(facet, reading.values);
  return reading;
}

function memoCell(facet: AnyFacet, cell: string): CellReading {
  let memo = CELL_MEMO.get(facet);
  if (!memo) CELL_MEMO.set(facet, (memo = new Map()));
  let reading = memo.get(cell);
  if (!reading) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(owned(cell), (reading = readCell(facet, cell, undefined)));
  }
  return reading;
}

/** A multi-valued facet cell: list markers and separators, then each piece as a value, a compound label or tags. */
function many(row: Row, facet: AnyFacet, cell: string | undefined): Value[] {
  if (!cell?.trim()) return [];
  // A mapping file's values make the reading the file's own: not shared through the memo.
  const reading = row.values ? readCell(facet, cell, (piece) => row.mapped(facet.field, piece)) : memoCell(facet, cell);
  for (const i of reading.inferred) row.infer(facet.field, i.how, i.piece, i.to);
  for (const r of reading.rest) row.leftOver(facet.field, r);
  return reading.values;
}

function one<T>(row: Row, cell: string | undefined, field: string, normalise: (v: string) => T | undefined): T | undefined {
  const text = cleanText(cell ?? '');
  if (!text) return undefined;
  const value = normalise(text) ?? (row.mapped(field, text) as T | null | undefined) ?? undefined;
  if (value === undefined) row.leftOver(field, text);
  return value;
}

function facetValues(row: Row, cells: RowCells): Record<string, Value[] | Value | undefined> {
  const out: Record<string, Value[] | Value | undefined> = {};
  for (const facet of FACETS) out[facet.field] = facet.multi ? many(row, facet, cells[facet.field]) : one(row, cells[facet.field], facet.field, normaliserOf(facet));
  return out;
}

interface PartyReading {
  party: Party | undefined;
  cuts: Cut[];
  masked: number;
  /** The party has no type of its own (brackets): a type column may give it one. */
  bare: Party | undefined;
}
const PARTY_MEMO = { 'lead.name': new Map<string, PartyReading>(), 'partners.name': new Map<string, PartyReading>() };

/** A party, its name masked, its type from brackets or, failing that, how its name starts (inferred). */
function readParty(value: string, field: 'lead.name' | 'partners.name'): PartyReading {
  const { text, masked } = maskPersonal(value);
  const cuts: Cut[] = [];
  const found = normaliseParty(owned(text), field, cuts);
  if (!found || found.type) return { party: found, cuts, masked, bare: undefined };
  const type = typeFromName(found.name);
  return { party: type ? { ...found, type } : found, cuts, masked, bare: found };
}

/** A party; a type column (`typed`) wins over a type inferred from the name, never over one in brackets. */
function party(row: Row, value: string, field: 'lead.name' | 'partners.name', typed?: Party['type']): Party | undefined {
  const memo = PARTY_MEMO[field];
  let reading = memo.get(value);
  if (!reading) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(owned(value), (reading = readParty(value, field)));
  }
  if (reading.cuts.length) row.cuts.push(...reading.cuts);
  row.masked += reading.masked;
  if (reading.bare && typed) return { ...reading.bare, type: typed };
  if (reading.bare && reading.party!.type) row.infer('actorTypes', 'name', reading.party!.name, reading.party!.type);
  return reading.party;
}

function parties(row: Row, cells: RowCells): { lead?: Party; partners: Party[]; leadType?: Party['type'] } {
  const leadType = one(row, cells.leadType, 'lead.type', normaliseActorType);
  const lead = cells.lead?.trim() ? party(row, cells.lead, 'lead.name', leadType) : undefined;
  const partners = splitNames(cleanMultiline(listItems(cells.partners ?? '')).replace(/\n/g, ';'))
    .map((name) => party(row, name, 'partners.name'))
    .filter((p): p is Party => p !== undefined);
  return { ...(lead ? { lead } : {}), partners, ...(leadType ? { leadType } : {}) };
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
