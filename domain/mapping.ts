import { TEXT_COLUMNS, type ColumnField } from './columns.js';
import type { Example } from './example.js';
import { ACTOR_TYPE, FACETS, REGION, termOf, type AnyFacet } from './facet-registry.js';
import { fold } from './fold.js';
import { regionOfDepartment } from './lookup.js';

// A curator's mapping (zod-free, so the workspace's page reads it too; the schema is in mapping-schema.ts) of an export (the workspace's editor, a saved profile, `npm run import -- --mapping FILE`):
// which field each header fills, and which taxonomy id an odd value means. Applied the same way by the CLI and the workspace.

/** Every field a column can fill, in the order the mapping editor lists them. */
export const COLUMN_FIELDS = [...TEXT_COLUMNS.map((c) => c.field), ...FACETS.map((f) => f.field)] as [ColumnField, ...ColumnField[]];

export interface ColumnMapping {
  /** Header as written in the file (trimmed) → the field it fills, or null to ignore the column. */
  columns: Record<string, ColumnField | null>;
  /** Document field (`themes`, `regions`, `lead.type`…) → value as written → taxonomy id. */
  values: Record<string, Record<string, string | number>>;
}

export const EMPTY_MAPPING: ColumnMapping = { columns: {}, values: {} };

/** The signature of a header row: its cells folded, in order, so the same export format is recognised next time. */
export const headerSignature = (header: readonly string[]): string => header.map((h) => fold(h)).filter(Boolean).join('|');

const FACET_OF_FIELD = new Map<string, AnyFacet>(FACETS.map((f) => [f.field, f]));

/** The facet whose ids a value of `field` is mapped to (`lead.type` takes actor types). */
export const facetForValueField = (field: string): AnyFacet | undefined => (field === 'lead.type' ? ACTOR_TYPE : FACET_OF_FIELD.get(field));

type Value = string | number;
const inOrder = (facet: AnyFacet, values: Iterable<Value>): Value[] => {
  const set = new Set([...values].map(String));
  return facet.terms.map((t) => t.id as Value).filter((id) => set.has(String(id)));
};

/**
 * The example with the unmapped values the mapping names turned into their taxonomy ids (and out of `unmapped`). A mapped
 * département brings its region, a lead type its actor type, as when the file says them (data-format.md §3).
 */
export function applyValueMapping(example: Example, values: ColumnMapping['values']): Example {
  if (!example.unmapped.some((u) => values[u.field]?.[u.value] !== undefined)) return example;
  const out = JSON.parse(JSON.stringify(example)) as Example;
  const fields = out as unknown as Record<string, unknown>;
  const unmapped: Example['unmapped'] = [];
  for (const entry of example.unmapped) {
    const facet = facetForValueField(entry.field);
    const id = values[entry.field]?.[entry.value];
    if (id === undefined || !facet || !termOf(facet, id)) {
      unmapped.push(entry);
      continue;
    }
    const typed = facet.param === 'sdg' ? Number(id) : String(id);
    if (entry.field === 'lead.type') {
      if (out.lead) out.lead = { ...out.lead, type: typed as NonNullable<Example['lead']>['type'] };
      out.actorTypes = inOrder(ACTOR_TYPE, [...out.actorTypes, typed]) as Example['actorTypes'];
    } else if (facet.multi) fields[facet.field] = inOrder(facet, [...(fields[facet.field] as Value[]), typed]);
    else fields[facet.field] = typed;
    if (facet.field === 'departments') out.regions = inOrder(REGION, [...out.regions, regionOfDepartment(String(typed))!]) as Example['regions'];
  }
  out.unmapped = unmapped;
  return out;
}
