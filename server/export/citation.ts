import type { Lang } from '#domain/facet-registry.js';
import type { Filters } from '#domain/query.js';
import { DATASET_TITLE, PUBLISHER } from './dataset-credits.js';
import { describeFilters, lineText } from './describe-selection.js';

/** How to cite a selection: publisher, title, the selection in words, data version, date and the link that reopens it. */
export function citation(filters: Filters, facts: { at: Date; dataVersion: string | null; link: string }, lang: Lang): string {
  const what = describeFilters(filters, lang).map((l) => lineText(l, lang)).join(' ; ');
  const date = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(facts.at);
  const version = facts.dataVersion ?? '—';
  return lang === 'fr'
    ? `${PUBLISHER.fr}, ${DATASET_TITLE.fr}${what ? ` (sélection : ${what})` : ''}, version des données ${version}, consulté le ${date}. ${facts.link}`
    : `${PUBLISHER.en}, ${DATASET_TITLE.en}${what ? ` (selection: ${what})` : ''}, data version ${version}, accessed ${date}. ${facts.link}`;
}
