import type { Translate } from './prefs';

/** « Aucun exemple », « 1 exemple », « 1 234 exemples », or « Chargement… » before the first answer. */
export const countText = (total: number | undefined, t: Translate): string =>
  total === undefined ? t('loading') : total === 0 ? t('countNone') : total === 1 ? t('countOne') : t('countMany', { n: total });
