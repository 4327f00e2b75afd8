import { foldSingular } from '../fold.js';

/** The CSV columns of data-format.md §1, by the document field they fill. */
export const COLUMN_FIELDS = [
  'id', 'title', 'summary', 'description', 'results', 'lead', 'leadType', 'partners', 'actorTypes', 'regions',
  'departments', 'city', 'scale', 'sdgs', 'themes', 'mode', 'year', 'status', 'website', 'updatedAt',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

// French and English headers, plus the variants exports use; compared folded and singular.
const HEADERS: Record<ColumnField, readonly string[]> = {
  id: ['ID', 'Identifiant', 'Référence', 'Ref'],
  title: ['Titre', 'Title', 'Nom du projet', 'Intitulé', 'Nom', 'Name'],
  summary: ['Résumé', 'Summary', 'Chapeau', 'Abstract'],
  description: ['Description', 'Descriptif'],
  results: ['Résultats / Impact', 'Résultats', 'Impact', 'Results', 'Results / Impact', 'Impacts'],
  lead: ['Porteur', 'Lead', 'Porteur du projet', 'Structure porteuse', 'Lead partner'],
  leadType: ['Type de porteur', 'Lead type', 'Type du porteur', 'Type de structure porteuse'],
  partners: ['Partenaires', 'Partners', 'Partenaire'],
  actorTypes: ["Types d'acteurs", 'Actor types', "Type d'acteur", 'Acteurs', 'Types de partenaires'],
  regions: ['Région', 'Region', 'Régions'],
  departments: ['Département', 'Department', 'Départements', 'Dept', 'Dpt'],
  city: ['Commune', 'City', 'Ville', 'Town'],
  scale: ['Échelle', 'Scale', "Échelle d'intervention", 'Périmètre'],
  sdgs: ['ODD', 'SDG', 'SDGs', 'ODD concernés', 'Objectifs de développement durable', 'Sustainable development goals'],
  themes: ['Thématiques', 'Themes', 'Thématique', 'Thèmes', 'Topics'],
  mode: ['Mode de partenariat', 'Partnership mode', 'Mode', 'Type de partenariat', 'Partnership type'],
  year: ['Année de lancement', 'Start year', 'Année', 'Year', 'Date de lancement', 'Année de début'],
  status: ['Statut', 'Status', 'État', 'Etat du projet'],
  website: ['Site web', 'Website', 'Site internet', 'Site', 'URL', 'Lien', 'Web'],
  updatedAt: ['Date de mise à jour', 'Updated', 'Mise à jour', 'Updated at', 'Last updated', 'Dernière mise à jour', 'Modifié le'],
};

const BY_KEY = new Map<string, ColumnField>();
for (const field of COLUMN_FIELDS) for (const header of HEADERS[field]) BY_KEY.set(foldSingular(header), field);

/** The field a header names, in any case, with or without accents, extra spaces or a trailing `:`. */
export function mapHeader(header: string): ColumnField | undefined {
  return BY_KEY.get(foldSingular(header.replace(/\u00a0/g, ' ')));
}

/** The French header of a field, for messages. */
export const frenchHeader = (field: ColumnField): string => HEADERS[field][0]!;
