import { memo, useId, useState } from 'react';
import { labelOf, type Lang, type Translate } from '../../../lib/prefs';
import type { FacetDef } from '../../../lib/facet-terms';
import { FacetItem } from './facet-item';

const SHORT_LIST = 8;

interface Props {
  def: FacetDef;
  selected: string[];
  counts: Record<string, number> | undefined;
  onToggle: (key: FacetDef['key'], id: string) => void;
  lang: Lang;
  t: Translate;
}

/**
 * One facet: a fieldset of checkboxes with disjunctive counts; zero counts stay visible but disabled; long lists
 * collapse and filter. Memoised: a keystroke changes neither its ticks nor (until the answer) its counts.
 */
export const FacetFieldset = memo(function FacetFieldset({ def, selected, counts, onToggle, lang, t }: Props) {
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const legend = def.legend[lang];
  const needle = filter.trim().toLocaleLowerCase(lang);
  // Values with their own colour (the SDGs) are drawn as tiles in it, all of them on screen, in their numbered order.
  const tiles = def.values.some((v) => v.color);
  // Ticked values are pinned at the top, whatever the collapse or the filter text: one ticked on the map shows here.
  const ticked = def.values.filter((v) => selected.includes(v.id));
  const others = def.values.filter((v) => !selected.includes(v.id) && (!needle || labelOf(v, lang).toLocaleLowerCase(lang).includes(needle)));
  const long = def.values.length > SHORT_LIST;
  const shown = tiles ? def.values : [...ticked, ...(long && !expanded && !needle ? others.slice(0, Math.max(0, SHORT_LIST - ticked.length)) : others)];

  return (
    <fieldset className={`facet${tiles ? ' facet--tiles' : ''}`}>
      <legend>{legend}</legend>
      {long && !tiles ? (
        <input
          type="text"
          className="facet__filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t('filterListPlaceholder')}
          aria-label={t('filterList', { facet: legend })}
        />
      ) : null}
      <ul className="facet__list">
        {shown.map((v) => (
          // Until the first counts arrive nothing is disabled; after, a zero count disables the value (still listed).
          <FacetItem key={v.id} facet={def.key} value={v} inputId={`${id}-${v.id}`} count={counts ? (counts[v.id] ?? 0) : undefined} checked={selected.includes(v.id)} tile={tiles} onToggle={onToggle} lang={lang} />
        ))}
      </ul>
      {long && !tiles && !needle ? (
        <button type="button" className="link-btn" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('showLess') : t('showAll', { n: def.values.length })}
        </button>
      ) : null}
    </fieldset>
  );
});
