import type { Lang, Words } from '#domain/facet-registry.js';

// Who publishes the base and under which licence: said once, for the data package, its README and the citations.
// The licence is a proposal to be confirmed by the movement (see docs/decisions.md §14).

export const DATASET_TITLE: Words = { fr: 'ODD 17 en pratiques — exemples de partenariats', en: 'SDG 17 in practice — partnership examples' };
export const PUBLISHER: Words = { fr: 'Mouvement « ODD 17 en pratiques »', en: '“ODD 17 en pratiques” movement' };

export const LICENCE = {
  /** SPDX-style id used by data.gouv.fr. */
  name: 'etalab-2.0',
  title: { fr: 'Licence Ouverte / Open Licence version 2.0 (Etalab)', en: 'Licence Ouverte / Open Licence version 2.0 (Etalab)' } satisfies Words,
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

/** The attribution the licence asks for, in a sentence. */
export const attribution = (lang: Lang): string =>
  lang === 'fr'
    ? `Source : ${PUBLISHER.fr}, base d’exemples de partenariats, sous ${LICENCE.title.fr}.`
    : `Source: ${PUBLISHER.en}, partnership examples database, under the ${LICENCE.title.en}.`;
