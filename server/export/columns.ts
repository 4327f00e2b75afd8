import { EXPORT_ORDER, TEXT_COLUMNS, type ColumnField } from '#domain/columns.js';
import type { Example, Party } from '#domain/example.js';
import { valuesOn } from '#domain/example-values.js';
import { ACTOR_TYPE, FACETS, valueLabel, type AnyFacet, type Lang } from '#domain/facet-registry.js';
import { neutralise } from '../csv/spreadsheet-csv.js';

export interface Column {
  /** The document field it renders (what the data package's Table Schema describes). */
  field: ColumnField;
  fr: string;
  en: string;
  value(example: Example, lang: Lang): string | number | undefined;
}

export const JOIN = ' | ';

const party = (p: Party, lang: Lang) => (p.type ? `${p.name} (${valueLabel(ACTOR_TYPE, p.type, lang)})` : p.name);

/** A facet's cell: its values as the import reads them back ("ODD 4 - Éducation de qualité | ODD 17 - …"). */
function facetCell(facet: AnyFacet): Column['value'] {
  return (example, lang) => {
    const ids = valuesOn(example, facet);
    return ids.length ? ids.map((id) => valueLabel(facet, id, lang, 'export')).join(JOIN) : undefined;
  };
}

// The columns that are not a facet's values: as stored, except the parties.
const TEXT_VALUES: Record<(typeof TEXT_COLUMNS)[number]['field'], Column['value']> = {
  id: (e) => e.id,
  title: (e) => e.title,
  summary: (e) => e.summary,
  description: (e) => e.description,
  results: (e) => e.results,
  lead: (e) => e.lead?.name,
  leadType: (e, l) => (e.lead?.type ? valueLabel(ACTOR_TYPE, e.lead.type, l) : undefined),
  partners: (e, l) => e.partners.map((p) => party(p, l)).join(JOIN),
  city: (e) => e.city,
  year: (e) => e.year,
  website: (e) => e.website,
  updatedAt: (e) => e.updatedAt,
};

const SOURCES = new Map<ColumnField, { headers: { fr: readonly string[]; en: readonly string[] }; value: Column['value'] }>([
  ...TEXT_COLUMNS.map((c) => [c.field, { headers: c.headers, value: TEXT_VALUES[c.field] }] as const),
  ...FACETS.map((f) => [f.field, { headers: f.headers, value: facetCell(f) }] as const),
]);

/** The export columns, headed as the import expects them (data-format.md §1), so an export can be re-imported. */
export const COLUMNS: readonly Column[] = EXPORT_ORDER.map((field) => {
  const source = SOURCES.get(field)!;
  return { field, fr: source.headers.fr[0]!, en: source.headers.en[0]!, value: source.value };
});

export const headerRow = (lang: Lang): string[] => COLUMNS.map((c) => c[lang]);
/** The row's values as typed, for XLSX: its text cells are never run as formulas, so nothing is prefixed. */
export const exampleCells = (example: Example, lang: Lang): (string | number)[] => COLUMNS.map((c) => c.value(example, lang) ?? '');
/** The row of a CSV file, where a spreadsheet would run `=…`: such cells get a `'` (data-format.md §5). */
export const exampleRow = (example: Example, lang: Lang): (string | number)[] => exampleCells(example, lang).map(neutralise);

/** One field of an example as its export cell reads (labels, joined values), unneutralised: what a diff shows before → after. */
export const cellOf = (field: ColumnField, example: Example, lang: Lang): string => String(SOURCES.get(field)!.value(example, lang) ?? '');
