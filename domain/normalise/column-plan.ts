import type { ColumnField } from '../columns.js';
import { FACETS, type AnyFacet } from '../facet-registry.js';
import { fold } from '../fold.js';
import { IGNORE, type MappingProfile } from '../import-mapping.js';
import type { ColumnReport } from '../import-report.js';
import { isWholeValue, readsAs } from './facet-values.js';
import { isContactHeader, isRejectsColumn, matchHeader } from './headers.js';
import { holdsPersonal } from './personal-data.js';
import type { RowCells } from './row.js';
import { listItems, splitTerms } from './split.js';
import { cleanMultiline, cleanText } from './text.js';

// Which field each column of a file fills (data-format.md §1): its header, the mapping file, or its content; repeated
// and numbered columns of a multi-valued field are united, of a single-valued one compared.

/** Share of a column's non-empty values that must read as a facet's for the column to be used for it. */
export const CONTENT_THRESHOLD = 0.8;
/** A column is judged by its content only with this many non-empty values at least. */
const CONTENT_MIN_VALUES = 3;
/** A column whose values hold e-mail addresses or phone numbers this often is a contact column, whatever its header. */
const CONTACT_SHARE = 0.3;

const MULTI = new Set<string>([...FACETS.filter((f) => f.multi).map((f) => f.field), 'partners']);
const FACET_BY_FIELD = new Map<string, AnyFacet>(FACETS.map((f) => [f.field, f]));

export interface ColumnPlan {
  /** The field each column fills (undefined: ignored). */
  fields: (ColumnField | undefined)[];
  columns: ColumnReport[];
  /** The columns of each field, in file order. */
  byField: Map<ColumnField, number[]>;
}

/** The values of one cell as a facet reads them (list markers and separators), for content recognition. */
const pieces = (facet: AnyFacet, cell: string): string[] =>
  facet.multi ? splitTerms(cleanMultiline(listItems(cell)).replace(/\n/g, ';'), isWholeValue(facet)) : [cleanText(cell)];

/** Whether a cell reads wholly as values of `facet` (every piece recognised). */
export const cellReadsAs = (facet: AnyFacet, cell: string): boolean => {
  const recognises = readsAs(facet);
  const list = pieces(facet, cell);
  return list.length > 0 && list.every(recognises);
};

function byHeader(header: string, profile: MappingProfile | undefined): Pick<ColumnReport, 'field' | 'how'> {
  const mapped = profile && Object.entries(profile.columns).find(([h]) => fold(h) === fold(header))?.[1];
  if (mapped) return mapped === IGNORE ? { how: 'ignored' } : { field: mapped, how: 'mapping' };
  if (isRejectsColumn(header)) return { how: 'rejects-file' };
  const match = matchHeader(header);
  if (match) return { field: match.field, how: 'header' };
  return { how: isContactHeader(header) ? 'contact' : 'ignored' };
}

/** The facet a column's values read as (≥ CONTENT_THRESHOLD of them), among facets no header fills; or a contact column. */
function byContent(values: string[], open: AnyFacet[]): Pick<ColumnReport, 'field' | 'how' | 'recognised'> | undefined {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length < CONTENT_MIN_VALUES) return undefined;
  if (filled.filter(holdsPersonal).length >= filled.length * CONTACT_SHARE) return { how: 'contact' };
  let best: { facet: AnyFacet; count: number } | undefined;
  for (const facet of open) {
    const count = filled.filter((v) => cellReadsAs(facet, v)).length;
    if (count >= filled.length * CONTENT_THRESHOLD && count > (best?.count ?? 0)) best = { facet, count };
  }
  return best && { field: best.facet.field, how: 'content', recognised: { values: best.count, of: filled.length } };
}

/**
 * The plan of a file from its header, the mapping profile that applies to it and its first rows (`sample`): headers
 * first, then, for the columns no header names, their content.
 */
export function planColumns(header: readonly string[], sample: readonly (readonly string[])[], profile?: MappingProfile): ColumnPlan {
  const columns: ColumnReport[] = header.map((h, i) => ({ position: i + 1, header: h.trim(), ...byHeader(h, profile) }));
  const taken = new Set(columns.map((c) => c.field));
  for (const column of columns) {
    if (column.how !== 'ignored' || (column.header && profile && Object.keys(profile.columns).some((h) => fold(h) === fold(column.header)))) continue;
    const open = FACETS.filter((f) => !taken.has(f.field));
    const found = byContent(sample.map((row) => row[column.position - 1] ?? ''), open);
    if (!found) continue;
    Object.assign(column, found);
    if (found.field) taken.add(found.field as ColumnField);
  }
  const fields = columns.map((c) => c.field as ColumnField | undefined);
  const byField = new Map<ColumnField, number[]>();
  fields.forEach((f, i) => f && byField.set(f, [...(byField.get(f) ?? []), i]));
  return { fields, columns: columns.filter((c) => c.header || c.field), byField };
}

/** A cell as a field reads it: a website column's link (a spreadsheet hyperlink) before its text. */
const cellAt = (field: ColumnField, i: number, cells: readonly string[], links: readonly (string | undefined)[] | undefined): string =>
  (field === 'website' && links?.[i]) || cells[i] || '';

/** A row's cells by field: repeated columns of a multi-valued field united, of a single-valued one compared (first kept). */
export function cellsOf(plan: ColumnPlan, cells: readonly string[], links?: readonly (string | undefined)[]): { cells: RowCells; conflicts: { field: string; values: string[] }[] } {
  const out: RowCells = {};
  const conflicts: { field: string; values: string[] }[] = [];
  for (const [field, positions] of plan.byField) {
    if (positions.length === 1) {
      out[field] = cellAt(field, positions[0]!, cells, links);
      continue;
    }
    const values: string[] = [];
    for (const i of positions) {
      const value = cellAt(field, i, cells, links);
      if (value.trim() !== '') values.push(value);
    }
    if (values.length === 0) continue;
    if (MULTI.has(field)) out[field] = values.join('\n');
    else {
      out[field] = values[0]!;
      const distinct = [...new Set(values.map((v) => cleanText(v)))];
      if (new Set(distinct.map(fold)).size > 1) conflicts.push({ field, values: distinct });
    }
  }
  return { cells: out, conflicts };
}

/** The facet a field is, for counting a content column's recognised values row by row. */
export const facetOfField = (field: string): AnyFacet | undefined => FACET_BY_FIELD.get(field);

/** The ID column's share of rows that are different examples; below it, the column names categories (data-format.md §4). */
const ID_UNIQUE_SHARE = 0.8;

/**
 * Whether the ID column identifies rows: it does not when its values are shared by different examples (another title)
 * and are fewer than 80 % of the examples — a category code (19 codes for 150 projects). Then ids are derived.
 */
export function idColumnVerdict(plan: ColumnPlan, sample: readonly (readonly string[])[]): { header: string; values: number; examples: number; used: boolean } | undefined {
  const [idAt] = plan.byField.get('id') ?? [];
  if (idAt === undefined) return undefined;
  const titleAt = plan.byField.get('title')?.[0];
  const examplesById = new Map<string, Set<string>>();
  const examples = new Set<string>();
  for (const row of sample) {
    const id = row[idAt]?.trim();
    if (!id) continue;
    // By title: a project's extra rows (coordinates only, no lead) are the same example.
    const example = fold(row[titleAt ?? -1] ?? '');
    examples.add(example);
    examplesById.set(id, (examplesById.get(id) ?? new Set()).add(example));
  }
  const shared = [...examplesById.values()].some((s) => s.size > 1);
  const used = !(shared && examplesById.size < examples.size * ID_UNIQUE_SHARE);
  return { header: plan.columns.find((c) => c.position === idAt + 1)?.header ?? '', values: examplesById.size, examples: examples.size, used };
}
