import { FACETS } from '#domain/facet-registry.js';
import type { Conflict } from '#domain/import-report.js';
import { fieldLabel } from '#domain/normalise/headers.js';

// French wording shared by the report's attention list and the console summary.

export const n = (value: number): string => value.toLocaleString('fr-FR');
export const plural = (count: number, one: string, many: string): string => `${n(count)} ${count > 1 ? many : one}`;
export const at = (s: { file: string; line: number }): string => `${s.file} ligne ${n(s.line)}`;

const FACET_NAMES = new Map<string, string>(FACETS.map((f) => [f.field, f.name.fr]));
/** A field as a curator names it: "ODD", "Thématique", "Site web". */
export const fieldName = (field: string): string => FACET_NAMES.get(field) ?? fieldLabel(field);

const CONFLICT_WHY: Record<Conflict['kind'], string> = {
  title: 'titres différents',
  lead: 'porteurs différents',
  ambiguous: 'ligne sans région ni porteur qui pourrait compléter plusieurs exemples',
};
/** One conflict, both lines side by side. */
export const conflictLine = (c: Conflict): string => `« ${c.id} » : ${CONFLICT_WHY[c.kind]} — ${at(c.kept)} (« ${c.kept.title} ») / ${at(c.other)} (« ${c.other.title} »)`;

export const RULES: Record<string, string> = {
  compound: 'libellés composés',
  tags: 'mots-clés collés',
  'year-in-text': 'année lue dans un texte',
  'first-link': 'premier lien d’une cellule',
  'title-link': 'lien du titre',
  name: 'déduits du nom des organisations',
};
