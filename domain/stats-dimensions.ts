import { YEAR } from './columns.js';
import type { DimensionValue } from './api-types.js';
import { facetOf, valueLabel, type Lang, type StatsDimension } from './facet-registry.js';
import type { Measure } from './cross-table-measures.js';

// How the statistics' dimensions and measures are named, on the page and in its CSV alike.

/** A dimension's name: the facet's, or the start year's column name. */
export const dimensionName = (dim: StatsDimension, lang: Lang): string => (dim === 'year' ? YEAR.name[lang] : facetOf(dim).name[lang]);

/** A dimension value as a person reads it (`form` as in the registry: 'display' in full, 'short' where room is short). */
export const dimensionValueLabel = (dim: StatsDimension, value: DimensionValue, lang: Lang, form: 'display' | 'short' = 'display'): string =>
  dim === 'year' ? String(value) : valueLabel(facetOf(dim), value, lang, form);

/** What each measure is called (a select's options, a CSV's corner cell). */
export const MEASURE_NAMES: Record<Measure, { fr: string; en: string }> = {
  count: { fr: 'Nombre d’exemples', en: 'Number of examples' },
  rowShare: { fr: '% de la ligne', en: '% of the row' },
  colShare: { fr: '% de la colonne', en: '% of the column' },
  share: { fr: '% de la sélection', en: '% of the selection' },
  index: { fr: 'Indice de représentation', en: 'Representation index' },
};

/** The word for the totals row and column. */
export const TOTAL_WORD = { fr: 'Total', en: 'Total' } as const;
