import { COUNTED_FACETS, facetOf, type AnyFacet, type FacetParam, type Words } from '#domain/facet-registry.js';
import { SDGS } from '#domain/sdgs.js';

// Facet values and labels come from the domain's registry (one taxonomy for import, API and UI); counts from the API.
export interface FacetValue {
  id: string;
  label: string;
  labelEn: string;
  color?: string;
}

export interface FacetDef {
  key: FacetParam;
  legend: Words;
  values: readonly FacetValue[];
}

/** A facet's values as its panel lists them; numbered values read "17. Partenariats…". */
const listValues = (facet: AnyFacet): FacetValue[] =>
  facet.terms.map((t) => {
    const n = typeof t.id === 'number' ? `${t.id}. ` : '';
    return { id: String(t.id), label: `${n}${t.label}`, labelEn: `${n}${t.labelEn}`, ...(t.color ? { color: t.color } : {}) };
  });

/** The filter panels, in the registry's order: every counted facet. */
export const FACETS: readonly FacetDef[] = COUNTED_FACETS.map((f) => ({ key: f.param, legend: f.name, values: listValues(f) }));

const TERMS = new Map<string, Map<string, FacetValue>>();
/** The taxonomy term for a facet value (any facet of the registry), or a bare stand-in for an unknown id. */
export function facetValue(key: FacetParam, id: string): FacetValue {
  if (!TERMS.has(key)) TERMS.set(key, new Map(facetOf(key).terms.map((t) => [String(t.id), { id: String(t.id), label: t.label, labelEn: t.labelEn }])));
  return TERMS.get(key)!.get(id) ?? { id, label: id, labelEn: id };
}

export const SDG_BY_ID = new Map(SDGS.map((s) => [s.id, s]));

// One organisation's type reads in the singular ("Fondation Agir" · Fondation), facets keep the plural.
const ACTOR_TYPE_SINGULAR: Record<string, { label: string; labelEn: string }> = {
  association: { label: 'Association', labelEn: 'Non-profit' },
  entreprise: { label: 'Entreprise', labelEn: 'Company' },
  collectivite: { label: 'Collectivité territoriale', labelEn: 'Local authority' },
  fondation: { label: 'Fondation', labelEn: 'Foundation' },
  etat: { label: 'Service de l’État', labelEn: 'State service' },
  academique: { label: 'Acteur académique', labelEn: 'Academia' },
  citoyens: { label: 'Collectif citoyen', labelEn: 'Citizens’ group' },
};

/** The singular label of an actor type, for one lead or partner. */
export const actorTypeSingular = (id: string): { label: string; labelEn: string } => ACTOR_TYPE_SINGULAR[id] ?? facetValue('actorType', id);
