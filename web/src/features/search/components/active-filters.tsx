import { facetOf, valueLabel, type Lang } from '#domain/facet-registry.js';
import type { Translate } from '../../../lib/prefs';
import { clearedState, FACET_KEYS, type FacetKey, type SearchState } from '../../../lib/search-state';

/** A facet value as a chip reads it: "ODD 17 – Partenariats…", "Isère (38)", rather than the facet list's "17. Partenariats…". */
const chipLabel = (key: FacetKey, id: string, lang: Lang): string => valueLabel(facetOf(key), id, lang, 'display');

export interface Chip {
  key: string;
  label: string;
  without: SearchState;
}

/** Every active filter (and the query) as a chip, with the state that removing it gives. */
export function activeChips(s: SearchState, lang: Lang, t: Translate): Chip[] {
  const chips: Chip[] = [];
  if (s.q) chips.push({ key: 'q', label: t('queryChip', { q: s.q }), without: { ...s, q: '', page: 1 } });
  for (const k of FACET_KEYS)
    for (const v of s.facets[k])
      chips.push({ key: `${k}:${v}`, label: chipLabel(k, v, lang), without: { ...s, facets: { ...s.facets, [k]: s.facets[k].filter((x) => x !== v) }, page: 1 } });
  if (s.yearMin) chips.push({ key: 'yearMin', label: `≥ ${s.yearMin}`, without: { ...s, yearMin: '', page: 1 } });
  if (s.yearMax) chips.push({ key: 'yearMax', label: `≤ ${s.yearMax}`, without: { ...s, yearMax: '', page: 1 } });
  return chips;
}

/** Removable chips for the active filters and a "clear all" button. */
export function ActiveFilters({ state, onChange, lang, t }: { state: SearchState; onChange: (s: SearchState) => void; lang: Lang; t: Translate }) {
  const chips = activeChips(state, lang, t);
  if (!chips.length) return null;
  return (
    <div className="chips" role="group" aria-label={t('activeFilters')}>
      {chips.map((c) => (
        <button key={c.key} type="button" className="chip" onClick={() => onChange(c.without)} aria-label={t('removeFilter', { label: c.label })}>
          {c.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button type="button" className="link-btn" onClick={() => onChange(clearedState(state))}>
        {t('clearAll')}
      </button>
    </div>
  );
}
