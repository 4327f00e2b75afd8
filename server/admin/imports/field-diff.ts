import { EXPORT_ORDER, TEXT_COLUMNS } from '#domain/columns.js';
import type { Example } from '#domain/example.js';
import { FACETS } from '#domain/facet-registry.js';
import { cellOf } from '../../export/columns.js';
import type { FieldChange } from '#domain/admin-types.js';

// What changed in an example, field by field, as a curator reads it: each column's text as an export would write it
// (labels, values joined), so « Bretagne » → « Bretagne | Normandie » rather than raw ids.

export type { FieldChange };

const LABELS = new Map<string, string>([...TEXT_COLUMNS, ...FACETS].map((c) => [c.field, c.name.fr]));
const unmappedText = (e: Example): string => e.unmapped.map((u) => u.value).join(' | ');

/** The fields whose text differs between two versions of an example, in export order, then the values recognised by nothing. */
export function fieldChanges(before: Example, after: Example): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of EXPORT_ORDER) {
    const [a, b] = [cellOf(field, before, 'fr'), cellOf(field, after, 'fr')];
    if (a !== b) changes.push({ field, label: LABELS.get(field) ?? field, before: a, after: b });
  }
  const [a, b] = [unmappedText(before), unmappedText(after)];
  if (a !== b) changes.push({ field: 'unmapped', label: 'Valeurs non reconnues', before: a, after: b });
  return changes;
}
