import type { Measure } from '#domain/cross-table-measures.js';
import type { Lang } from '../../../lib/prefs';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'fr-FR');

/** A share as a percentage: « 12,5 % ». */
export const percent = (value: number, lang: Lang): string => new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value);

/** A ratio with one decimal: « 2,1 ». */
export const ratioText = (value: number, lang: Lang): string => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);

/** A cell's text under a measure; a dash when it has no value (an empty row or column). */
export function measureText(value: number | null, measure: Measure, lang: Lang): string {
  if (value === null) return '–';
  if (measure === 'count') return new Intl.NumberFormat(locale(lang)).format(value);
  if (measure === 'index') return `×${ratioText(value, lang)}`;
  return percent(value, lang);
}
