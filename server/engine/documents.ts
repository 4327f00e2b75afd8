import { ACTOR_TYPES, MODES, SCALES, STATUSES, THEMES } from '#domain/facets.js';
import type { Example } from '#domain/example.js';
import { DEPARTMENTS } from '#domain/departments.js';
import { REGIONS } from '#domain/regions.js';
import { SDGS } from '#domain/sdgs.js';

/** What the index stores: the canonical example plus `keywords`, the labels of its taxonomy values, so "Bretagne" or "santé" find it. */
export type IndexDocument = Example & { keywords: string[] };

/** Describes the live data set; kept in the meta index, swapped together with the examples. */
export interface DatasetInfo {
  id: 'dataset';
  dataVersion: string;
  importedAt: string;
  documents: number;
  files: string[];
}

const labels = new Map<string, string>([
  ...REGIONS.map((r) => [`region:${r.id}`, r.label] as const),
  ...DEPARTMENTS.map((d) => [`department:${d.code}`, d.name] as const),
  ...SDGS.map((s) => [`sdg:${s.id}`, `ODD ${s.id} ${s.label}`] as const),
  ...ACTOR_TYPES.map((t) => [`actorType:${t.id}`, t.label] as const),
  ...THEMES.map((t) => [`theme:${t.id}`, t.label] as const),
  ...MODES.map((t) => [`mode:${t.id}`, t.label] as const),
  ...SCALES.map((t) => [`scale:${t.id}`, t.label] as const),
  ...STATUSES.map((t) => [`status:${t.id}`, t.label] as const),
]);

export function toIndexDocument(example: Example): IndexDocument {
  const keys = [
    ...example.regions.map((v) => `region:${v}`),
    ...example.departments.map((v) => `department:${v}`),
    ...example.sdgs.map((v) => `sdg:${v}`),
    ...example.actorTypes.map((v) => `actorType:${v}`),
    ...example.themes.map((v) => `theme:${v}`),
    ...(example.mode ? [`mode:${example.mode}`] : []),
  ];
  return { ...example, keywords: keys.map((k) => labels.get(k)).filter((l): l is string => l !== undefined) };
}

/** The example back from an index document (drops the search-only `keywords`). */
export function fromIndexDocument(doc: IndexDocument): Example {
  const { keywords: _keywords, ...example } = doc;
  return example;
}
