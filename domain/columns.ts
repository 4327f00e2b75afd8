import { FACETS, type FacetField, type Words } from './facet-registry.js';

// The CSV columns of data-format.md §1 that are not facets, and the order of every column in an export.

export interface Column<F extends string = string> {
  readonly field: F;
  /** Headers that name it, compared folded and singular; the first French and English ones head exports. */
  readonly headers: { readonly fr: readonly string[]; readonly en: readonly string[] };
  /** How reports and the workspace name it. */
  readonly name: Words;
}

const column = <const F extends string>(c: Column<F>) => c;

export const ID = column({ field: 'id', headers: { fr: ['ID', 'Identifiant', 'Référence', 'Ref'], en: ['id', 'Identifier'] }, name: { fr: 'ID', en: 'ID' } });
export const TITLE = column({ field: 'title', headers: { fr: ['Titre', 'Nom du projet', 'Intitulé', 'Nom', 'Projet', 'Nom de l’action'], en: ['title', 'Name', 'Project'] }, name: { fr: 'Titre', en: 'Title' } });
export const SUMMARY = column({ field: 'summary', headers: { fr: ['Résumé', 'Chapeau', 'Accroche', 'Résumé court'], en: ['summary', 'Abstract'] }, name: { fr: 'Résumé', en: 'Summary' } });
export const DESCRIPTION = column({ field: 'description', headers: { fr: ['Description', 'Descriptif', 'Présentation'], en: ['description'] }, name: { fr: 'Description', en: 'Description' } });
export const RESULTS = column({ field: 'results', headers: { fr: ['Résultats / Impact', 'Résultats', 'Impact', 'Impacts'], en: ['results', 'Results / Impact'] }, name: { fr: 'Résultats / Impact', en: 'Results' } });
export const LEAD = column({ field: 'lead', headers: { fr: ['Porteur', 'Porteur du projet', 'Structure porteuse', 'Nom du porteur', 'Nom de la structure', 'Structure', 'Lauréat'], en: ['lead', 'Lead partner', 'Organisation'] }, name: { fr: 'Porteur', en: 'Lead' } });
export const LEAD_TYPE = column({ field: 'leadType', headers: { fr: ['Type de porteur', 'Type du porteur', 'Type de structure porteuse', 'Type de structure', 'Statut juridique'], en: ['lead type'] }, name: { fr: 'Type de porteur', en: 'Lead type' } });
export const PARTNERS = column({ field: 'partners', headers: { fr: ['Partenaires', 'Partenaire', 'Partenaires associés'], en: ['partners'] }, name: { fr: 'Partenaires', en: 'Partners' } });
export const CITY = column({ field: 'city', headers: { fr: ['Commune', 'Ville'], en: ['city', 'Town'] }, name: { fr: 'Commune', en: 'City' } });
export const YEAR = column({ field: 'year', headers: { fr: ['Année de lancement', 'Année', 'Date de lancement', 'Année de début', 'Année de création', 'Promotion', 'Édition', 'Millésime'], en: ['start year', 'Year'] }, name: { fr: 'Année de lancement', en: 'Start year' } });
export const WEBSITE = column({ field: 'website', headers: { fr: ['Site web', 'Site internet', 'Site', 'URL', 'Lien', 'Web', 'Lien web'], en: ['website', 'Link'] }, name: { fr: 'Site web', en: 'Website' } });
export const UPDATED_AT = column({ field: 'updatedAt', headers: { fr: ['Date de mise à jour', 'Mise à jour', 'Dernière mise à jour', 'Modifié le'], en: ['updated', 'Updated at', 'Last updated'] }, name: { fr: 'Date de mise à jour', en: 'Updated' } });

/**
 * Words exports add around a header (`Titre du projet`, `ID interne`, `URL projet`), tried away when the header alone
 * is not known; folded and singular, longest first.
 */
export const HEADER_FILLERS = ['de l initiative', 'de l action', 'du laureat', 'des projet', 'du projet', 'de projet', 'initiative', 'principal', 'principale', 'officiel', 'interne', 'projet'] as const;

/** What separates a prefix from the header it qualifies (`Tag X - Niveau 1 - Thématiques 1`). */
export const HEADER_PREFIX = /\s+[-–—>|]\s+|\s*»\s*|\s*::\s*/;

/** Headers of contact columns (data-format.md §1): ignored, never read, never printed. Compared folded, as words of the header. */
export const CONTACT_HEADERS = ['Contact', 'Contacts', 'E-mail', 'Email', 'Mail', 'Courriel', 'Adresse électronique', 'Téléphone', 'Tél', 'Tel', 'Phone', 'Portable', 'Mobile', 'Référent', 'Interlocuteur'] as const;

/** The columns the rejects file adds to the source's own headers; ignored when that file is imported again. */
export const REJECTS_COLUMNS = { line: 'ligne', reason: 'motif' } as const;

/** The columns that are not facets, as the import reads them. */
export const TEXT_COLUMNS = [ID, TITLE, SUMMARY, DESCRIPTION, RESULTS, LEAD, LEAD_TYPE, PARTNERS, CITY, YEAR, WEBSITE, UPDATED_AT] as const;
export type TextColumnField = (typeof TEXT_COLUMNS)[number]['field'];

/** Every field a CSV column can fill. */
export type ColumnField = TextColumnField | FacetField;

/** Columns in the order an export writes them: the texts and parties, the place, the facets, then year, site and date. */
export const EXPORT_ORDER: readonly ColumnField[] = [
  'id', 'title', 'summary', 'description', 'results', 'lead', 'leadType', 'partners', 'city',
  ...FACETS.map((f) => f.field),
  'year', 'website', 'updatedAt',
];
