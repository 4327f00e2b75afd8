import { TEXT_COLUMNS, type ColumnField } from '../columns.js';
import { FACETS } from '../facet-registry.js';
import { foldSingular } from '../fold.js';

// French and English headers of every column (data-format.md §1), from the registry and the text columns.
const COLUMNS = [...TEXT_COLUMNS, ...FACETS];

const BY_KEY = new Map<string, ColumnField>();
for (const column of COLUMNS) for (const header of [...column.headers.fr, ...column.headers.en]) BY_KEY.set(foldSingular(header), column.field);

/** The field a header names, in any case, with or without accents, extra spaces or a trailing `:`. */
export function mapHeader(header: string): ColumnField | undefined {
  return BY_KEY.get(foldSingular(header.replace(/\u00a0/g, ' ')));
}

const FRENCH = new Map<string, string>(COLUMNS.map((c) => [c.field, c.headers.fr[0]!]));
/** The French header of a field, for messages. */
export const frenchHeader = (field: ColumnField): string => FRENCH.get(field)!;

// Fields of the document that reports name by the column they come from.
const DOTTED: Record<string, ColumnField> = { 'lead.type': 'leadType', 'lead.name': 'lead', 'partners.name': 'partners' };

/** How a report names a document field: by its French header ("themes" → "Thématiques", "lead.type" → "Type de porteur"). */
export const fieldLabel = (field: string): string => FRENCH.get(DOTTED[field] ?? field) ?? field;

export type { ColumnField };
