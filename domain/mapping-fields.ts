import { TEXT_COLUMNS, type ColumnField } from './columns.js';
import { ACTOR_TYPE, FACETS, type AnyFacet } from './facet-registry.js';

// What a mapping (domain/import-mapping.ts) may name, without its zod schema: the workspace's mapping editor reads it too.

/** What a column or a value is mapped to when it must be left out. */
export const IGNORE = 'ignorer';

/** Every field a column can fill, in the order the mapping editor lists them. */
export const COLUMN_FIELDS: readonly ColumnField[] = [...TEXT_COLUMNS.map((c) => c.field), ...FACETS.map((f) => f.field)];

const FACET_OF_FIELD = new Map<string, AnyFacet>([...FACETS.map((f) => [f.field, f] as const), ['lead.type', ACTOR_TYPE]]);

/** The facet whose ids a value of a document field is mapped to (`lead.type` takes actor types); undefined for a field without taxonomy. */
export const facetOfValueField = (field: string): AnyFacet | undefined => FACET_OF_FIELD.get(field);
