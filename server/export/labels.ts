import { DEPARTMENTS } from '#domain/departments.js';
import { ACTOR_TYPES, MODES, SCALES, STATUSES, THEMES } from '#domain/facets.js';
import { REGIONS } from '#domain/regions.js';
import { SDGS } from '#domain/sdgs.js';

export type Lang = 'fr' | 'en';
export type LabelledFacet = 'region' | 'department' | 'actorType' | 'sdg' | 'theme' | 'mode' | 'scale' | 'status';

type Labels = Map<string, { fr: string; en: string }>;

const terms = (list: readonly { id: string | number; label: string; labelEn: string }[]): Labels =>
  new Map(list.map((t) => [String(t.id), { fr: t.label, en: t.labelEn }]));

// SDGs read "ODD 4 - Éducation de qualité": the form the importer accepts back.
const LABELS: Record<LabelledFacet, Labels> = {
  region: terms(REGIONS),
  department: new Map(DEPARTMENTS.map((d) => [d.code, { fr: `${d.name} (${d.code})`, en: `${d.name} (${d.code})` }])),
  actorType: terms(ACTOR_TYPES),
  sdg: new Map(SDGS.map((s) => [String(s.id), { fr: `ODD ${s.id} - ${s.label}`, en: `SDG ${s.id} - ${s.labelEn}` }])),
  theme: terms(THEMES),
  mode: terms(MODES),
  scale: terms(SCALES),
  status: terms(STATUSES),
};

/** The display label of a taxonomy id; an unknown id is shown as is rather than lost. */
export function labelOf(facet: LabelledFacet, id: string | number, lang: Lang): string {
  return LABELS[facet].get(String(id))?.[lang] ?? String(id);
}
