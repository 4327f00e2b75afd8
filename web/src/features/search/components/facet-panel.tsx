import type { ReactNode } from 'react';
import type { Lang, Translate } from '../../../lib/prefs';
import { toggleFacet, type SearchState } from '../../../lib/search-state';
import { FACETS } from '../../../lib/facet-terms';
import type { SearchResponse } from '#domain/api-types.js';
import { FacetFieldset } from './facet-fieldset';
import { YearRange } from './year-range';

/** Every facet panel, in the order of web.md, with room above for the map. */
export function FacetPanel(props: { state: SearchState; facets: SearchResponse['facets'] | undefined; onChange: (s: SearchState) => void; lang: Lang; t: Translate; children?: ReactNode }) {
  const { state, facets, onChange, lang, t, children } = props;
  return (
    <div className="facets">
      {children}
      {FACETS.map((def) => (
        <FacetFieldset key={def.key} def={def} selected={state.facets[def.key]} counts={facets?.[def.key as keyof SearchResponse['facets']]} onToggle={(id) => onChange(toggleFacet(state, def.key, id))} lang={lang} t={t} />
      ))}
      <YearRange min={state.yearMin} max={state.yearMax} onChange={(yearMin, yearMax) => onChange({ ...state, yearMin, yearMax, page: 1 })} t={t} />
    </div>
  );
}
