import { neutralise } from '../csv/spreadsheet-csv.js';
import type { Example, Party } from '#domain/example.js';
import { labelOf, type Lang, type LabelledFacet } from './labels.js';

export interface Column {
  fr: string;
  en: string;
  value(example: Example, lang: Lang): string | number | undefined;
}

export const JOIN = ' | ';

const list = (facet: LabelledFacet, ids: readonly (string | number)[], lang: Lang) => ids.map((id) => labelOf(facet, id, lang)).join(JOIN);
const party = (p: Party, lang: Lang) => (p.type ? `${p.name} (${labelOf('actorType', p.type, lang)})` : p.name);
const one = (facet: LabelledFacet, id: string | undefined, lang: Lang) => (id === undefined ? undefined : labelOf(facet, id, lang));

/** The export columns, headed as the import expects them (data-format.md §1), so an export can be re-imported. */
export const COLUMNS: readonly Column[] = [
  { fr: 'ID', en: 'id', value: (e) => e.id },
  { fr: 'Titre', en: 'title', value: (e) => e.title },
  { fr: 'Résumé', en: 'summary', value: (e) => e.summary },
  { fr: 'Description', en: 'description', value: (e) => e.description },
  { fr: 'Résultats / Impact', en: 'results', value: (e) => e.results },
  { fr: 'Porteur', en: 'lead', value: (e) => e.lead?.name },
  { fr: 'Type de porteur', en: 'lead type', value: (e, l) => one('actorType', e.lead?.type, l) },
  { fr: 'Partenaires', en: 'partners', value: (e, l) => e.partners.map((p) => party(p, l)).join(JOIN) },
  { fr: 'Types d’acteurs', en: 'actor types', value: (e, l) => list('actorType', e.actorTypes, l) },
  { fr: 'Région', en: 'region', value: (e, l) => list('region', e.regions, l) },
  { fr: 'Département', en: 'department', value: (e, l) => list('department', e.departments, l) },
  { fr: 'Commune', en: 'city', value: (e) => e.city },
  { fr: 'Échelle', en: 'scale', value: (e, l) => one('scale', e.scale, l) },
  { fr: 'ODD', en: 'SDG', value: (e, l) => list('sdg', e.sdgs, l) },
  { fr: 'Thématiques', en: 'themes', value: (e, l) => list('theme', e.themes, l) },
  { fr: 'Mode de partenariat', en: 'partnership mode', value: (e, l) => one('mode', e.mode, l) },
  { fr: 'Année de lancement', en: 'start year', value: (e) => e.year },
  { fr: 'Statut', en: 'status', value: (e, l) => one('status', e.status, l) },
  { fr: 'Site web', en: 'website', value: (e) => e.website },
  { fr: 'Date de mise à jour', en: 'updated', value: (e) => e.updatedAt },
];

export const headerRow = (lang: Lang): string[] => COLUMNS.map((c) => c[lang]);
/** The row's values as typed, for XLSX: its text cells are never run as formulas, so nothing is prefixed. */
export const exampleCells = (example: Example, lang: Lang): (string | number)[] => COLUMNS.map((c) => c.value(example, lang) ?? '');
/** The row of a CSV file, where a spreadsheet would run `=…`: such cells get a `'` (data-format.md §5). */
export const exampleRow = (example: Example, lang: Lang): (string | number)[] => exampleCells(example, lang).map(neutralise);
