import { YEAR } from '#domain/columns.js';
import { FACETS, SORT_NAMES, valueLabel, type Lang, type Sort } from '#domain/facet-registry.js';
import { valuesOf, type Filters } from '#domain/query.js';

// A selection in words a person reads, in the export's language: the one description behind the XLSX metadata sheet,
// the JSON `meta`, the data package's README and descriptor (data-format.md §5: « Région : Bretagne », not raw JSON).

export interface SelectionFacts {
  sort: Sort;
  total: number;
  /** When the file was made. */
  at: Date;
  dataVersion: string | null;
  /** The link that reopens the same search. */
  link: string;
}

/** One line of the description: what (`label`) and its value, `key` naming it for programs. */
export interface DescriptionLine {
  key: string;
  label: string;
  value: string;
}

const WORDS = {
  q: { fr: 'Recherche', en: 'Search' },
  all: { fr: 'Sélection', en: 'Selection' },
  allValue: { fr: 'toute la base (aucun filtre)', en: 'the whole base (no filter)' },
  sort: { fr: 'Tri', en: 'Sort' },
  total: { fr: 'Total', en: 'Total' },
  at: { fr: 'Exporté le', en: 'Exported on' },
  dataVersion: { fr: 'Version des données', en: 'Data version' },
  link: { fr: 'Lien', en: 'Link' },
};

const quoted = (text: string, lang: Lang): string => (lang === 'fr' ? `« ${text} »` : `“${text}”`);

function years(filters: Filters, lang: Lang): string | undefined {
  const { yearMin: from, yearMax: to } = filters;
  if (from !== undefined && to !== undefined) return from === to ? String(from) : lang === 'fr' ? `de ${from} à ${to}` : `${from} to ${to}`;
  if (from !== undefined) return lang === 'fr' ? `à partir de ${from}` : `from ${from}`;
  if (to !== undefined) return lang === 'fr' ? `jusqu’en ${to}` : `up to ${to}`;
  return undefined;
}

/** A count of examples in words: « 1 234 exemples », “1,234 examples”. */
export function examplesCount(n: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
  return lang === 'fr' ? `${number} exemple${n > 1 ? 's' : ''}` : `${number} example${n === 1 ? '' : 's'}`;
}

/** A moment as people in France read it, with its time zone said. */
export const readableMoment = (at: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(at) + (lang === 'fr' ? ' (heure de Paris)' : ' (Paris time)');

/** The filters alone, in words: what the set is (used in titles too). */
export function describeFilters(filters: Filters, lang: Lang): DescriptionLine[] {
  const lines: DescriptionLine[] = [];
  if (filters.q?.trim()) lines.push({ key: 'q', label: WORDS.q[lang], value: quoted(filters.q.trim(), lang) });
  for (const facet of FACETS) {
    const ids = valuesOf(filters, facet.param);
    if (ids.length) lines.push({ key: facet.param, label: facet.name[lang], value: ids.map((id) => valueLabel(facet, id, lang, 'display')).join(', ') });
  }
  const range = years(filters, lang);
  if (range) lines.push({ key: 'year', label: YEAR.name[lang], value: range });
  return lines;
}

/** The whole description of an exported selection, in order: what, sorted how, how many, when, which data, where. */
export function describeSelection(filters: Filters, facts: SelectionFacts, lang: Lang): DescriptionLine[] {
  const what = describeFilters(filters, lang);
  return [
    ...(what.length ? what : [{ key: 'selection', label: WORDS.all[lang], value: WORDS.allValue[lang] }]),
    { key: 'sort', label: WORDS.sort[lang], value: SORT_NAMES[facts.sort][lang] },
    { key: 'total', label: WORDS.total[lang], value: examplesCount(facts.total, lang) },
    { key: 'exportedAt', label: WORDS.at[lang], value: readableMoment(facts.at, lang) },
    { key: 'dataVersion', label: WORDS.dataVersion[lang], value: facts.dataVersion ?? '—' },
    { key: 'link', label: WORDS.link[lang], value: facts.link },
  ];
}

/** A line as text: « Région : Bretagne » (French puts a space before the colon). */
export const lineText = (line: DescriptionLine, lang: Lang): string => `${line.label}${lang === 'fr' ? ' :' : ':'} ${line.value}`;
