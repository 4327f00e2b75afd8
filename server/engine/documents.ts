import type { Example } from '#domain/example.js';
import { valuesOn } from '#domain/example-values.js';
import { FACETS, valueLabel } from '#domain/facet-registry.js';
import { contentHash } from '../publish/content-hash.js';

/**
 * What the index stores: the canonical example plus two fields of its own, never sent out: `keywords`, the labels of its
 * taxonomy values, so "Bretagne" or "santé" find it; `contentHash`, what the next publication compares.
 */
export type IndexDocument = Example & { keywords: string[]; contentHash: string };

/** Describes the live data set; kept in the meta index, swapped together with the examples. */
export interface DatasetInfo {
  id: 'dataset';
  dataVersion: string;
  /** When this version went live. */
  importedAt: string;
  documents: number;
  files: string[];
  /** What it changed against the version it replaced (absent on data published before diffs existed). */
  diff?: DiffCounts;
}

/** How a version differs from the one before: examples added, removed, changed and unchanged. */
export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

const KEYWORD_FACETS = FACETS.filter((f) => f.keywords);

// Unmapped values searchable as text (data-format.md §3), but not the website's: a dropped `javascript:` is no word to find.
const UNSEARCHED = new Set(['website', 'id']);

/**
 * The French labels of an example's values in every facet searchable as keywords (SDGs read "ODD 4 Éducation de
 * qualité"), then its unmapped values (a tag like « parentalité » that matched no theme still finds the example).
 */
export function keywordsOf(example: Example): string[] {
  const out: string[] = [];
  for (const facet of KEYWORD_FACETS) for (const id of valuesOn(example, facet)) out.push(valueLabel(facet, id, 'fr', 'keyword'));
  for (const u of example.unmapped) if (!UNSEARCHED.has(u.field)) out.push(u.value);
  return out;
}

export function toIndexDocument(example: Example): IndexDocument {
  return { ...example, keywords: keywordsOf(example), contentHash: contentHash(example) };
}

/** The example back from an index document (drops the index's own fields). */
export function fromIndexDocument(doc: IndexDocument): Example {
  const { keywords: _keywords, contentHash: _hash, ...example } = doc;
  return example;
}
