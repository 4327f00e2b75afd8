import type { Example } from './example.js';
import type { AnyFacet } from './facet-registry.js';

/** The values an example has in a facet, as a list (a single-valued facet gives zero or one). Zod-free, for the web too. */
export function valuesOn(example: Example, facet: AnyFacet): (string | number)[] {
  const value = example[facet.field] as readonly (string | number)[] | string | undefined;
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}
