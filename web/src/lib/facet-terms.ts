import { ACTOR_TYPES, MODES, SCALES, STATUSES, THEMES } from '#domain/facets.js';
import { REGIONS } from '#domain/regions.js';
import { SDGS } from '#domain/sdgs.js';
import type { MessageKey } from './i18n-fr';
import type { FacetKey } from './search-state';

// Facet values and labels come from domain/ (one taxonomy for import, API and UI); counts come from the API.
export interface FacetValue {
  id: string;
  label: string;
  labelEn: string;
  color?: string;
}

export interface FacetDef {
  key: FacetKey;
  legend: MessageKey;
  values: readonly FacetValue[];
}

const sdgValues: FacetValue[] = SDGS.map((s) => ({ id: String(s.id), label: `${s.id}. ${s.label}`, labelEn: `${s.id}. ${s.labelEn}`, color: s.color }));

export const FACETS: readonly FacetDef[] = [
  { key: 'region', legend: 'facetRegion', values: REGIONS },
  { key: 'actorType', legend: 'facetActorType', values: ACTOR_TYPES },
  { key: 'sdg', legend: 'facetSdg', values: sdgValues },
  { key: 'theme', legend: 'facetTheme', values: THEMES },
  { key: 'mode', legend: 'facetMode', values: MODES },
  { key: 'scale', legend: 'facetScale', values: SCALES },
  { key: 'status', legend: 'facetStatus', values: STATUSES },
];

const byKey = new Map(FACETS.map((f) => [f.key, new Map(f.values.map((v) => [v.id, v]))]));

/** The taxonomy term for a facet value, or a bare stand-in for an unknown id. */
export function facetValue(key: FacetKey, id: string): FacetValue {
  return byKey.get(key)?.get(id) ?? { id, label: id, labelEn: id };
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
