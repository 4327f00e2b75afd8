import type { Settings } from 'meilisearch';
import { FILTERABLE_ATTRIBUTES } from '../search/filter.js';

// Elided articles and pronouns ("l'école", "qu'il"): matched alone they say nothing.
const ELISIONS = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'];

// Abbreviations a catalyst types, both ways. Multi-word synonyms are supported by the engine.
const ABBREVIATIONS: Record<string, string> = {
  ess: 'économie sociale et solidaire',
  rse: 'responsabilité sociétale des entreprises',
  qpv: 'quartier prioritaire',
  tpe: 'très petite entreprise',
  pme: 'petite et moyenne entreprise',
  ehpad: 'établissement d’hébergement pour personnes âgées dépendantes',
  odd: 'objectifs de développement durable',
  iae: 'insertion par l’activité économique',
  epci: 'intercommunalité',
  ccas: 'centre communal d’action sociale',
  ptce: 'pôle territorial de coopération économique',
  amap: 'association pour le maintien d’une agriculture paysanne',
  rsa: 'revenu de solidarité active',
  siae: 'structure d’insertion par l’activité économique',
};

function synonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = { 'tpe/pme': ['tpe', 'pme'] };
  for (const [short, long] of Object.entries(ABBREVIATIONS)) {
    out[short] = [long];
    out[long] = [short];
  }
  return out;
}

/** Fields searched, most important first (the engine weighs earlier attributes higher). */
export const SEARCHABLE_ATTRIBUTES = ['title', 'summary', 'lead.name', 'partners.name', 'city', 'keywords', 'description', 'results'];

/** Index settings for French text and the facets of data-format.md. */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  filterableAttributes: FILTERABLE_ATTRIBUTES,
  sortableAttributes: ['year', 'title', 'id', 'firstPublished', 'lastChanged'],
  // `id:asc` last: equal ranks are broken by id, so pages and exports are deterministic (api.md).
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'id:asc'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
  stopWords: ELISIONS,
  synonyms: synonyms(),
  // Exact totals and full exports past the engine's default cap of 1,000.
  pagination: { maxTotalHits: 10_000_000 },
  faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } },
};

export { DATASET_DOC_ID, metaIndexName } from '../publish/index-names.js';
