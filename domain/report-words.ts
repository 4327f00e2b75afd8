import { FACETS, valueLabel } from './facet-registry.js';
import type { Conflict, FileReport, Inferred } from './import-report.js';
import { fieldLabel } from './normalise/headers.js';

// How an import report names things in French, for the CLI's summary and the curators' workspace alike.

const FACET_BY_FIELD = new Map(FACETS.map((f) => [f.field as string, f]));
/** A field as a curator names it: "ODD", "Thématique", "Site web", "Type de porteur". */
export const fieldName = (field: string): string => FACET_BY_FIELD.get(field)?.name.fr ?? fieldLabel(field);

/** A file's encoding and delimiter as reports name them. */
export const ENCODING_NAMES: Record<NonNullable<FileReport['encoding']>, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 avec BOM', 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };
export const DELIMITER_NAMES: Record<NonNullable<FileReport['delimiter']>, string> = { ';': '« ; »', ',': '« , »', '\t': 'tabulation', '|': '« | »' };

/** Why rows of one id were not merged. */
export const CONFLICT_WHY: Record<Conflict['kind'], string> = {
  title: 'titres différents',
  lead: 'porteurs différents',
  ambiguous: 'ligne sans région ni porteur qui pourrait compléter plusieurs exemples',
};

/** How a value was read beyond the letter of its cell. */
export const RULES: Record<Inferred['rule'], string> = {
  compound: 'libellés composés',
  tags: 'mots-clés collés',
  'year-in-text': 'année lue dans un texte',
  'first-link': 'premier lien d’une cellule',
  'title-link': 'lien du titre',
  name: 'déduits du nom des organisations',
};

/** What an inference gave, as a curator reads it: labels, not ids (« Éducation + Jeunesse »). */
export const inferredLabel = (field: string, to: string): string => {
  const facet = FACET_BY_FIELD.get(field);
  return facet ? [...new Set(to.split(' + ').map((id) => valueLabel(facet, /^\d+$/.test(id) ? Number(id) : id, 'fr', 'short')))].join(' + ') : to;
};
