import { useId, useState } from 'react';
import { inkOn } from '../../../lib/contrast';
import { labelOf, type Lang, type Translate } from '../../../lib/prefs';
import type { FacetDef } from '../../../lib/facet-terms';

const SHORT_LIST = 8;

interface Props {
  def: FacetDef;
  selected: string[];
  counts: Record<string, number> | undefined;
  onToggle: (id: string) => void;
  lang: Lang;
  t: Translate;
}

/** One facet: a fieldset of checkboxes with disjunctive counts; zero counts stay visible but disabled; long lists filter. */
export function FacetFieldset({ def, selected, counts, onToggle, lang, t }: Props) {
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const legend = def.legend[lang];
  const needle = filter.trim().toLocaleLowerCase(lang);
  const matching = def.values.filter((v) => !needle || labelOf(v, lang).toLocaleLowerCase(lang).includes(needle));
  const long = def.values.length > SHORT_LIST;
  const shown = long && !expanded && !needle ? matching.slice(0, SHORT_LIST) : matching;
  // Values with their own colour (the SDGs) are drawn as tiles in it.
  const tiles = def.values.some((v) => v.color);

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
        {(tiles ? def.values : shown).map((v) => {
          // Until the first counts arrive nothing is disabled; after, a zero count disables the value (still listed).
          const count = counts ? (counts[v.id] ?? 0) : undefined;
          const checked = selected.includes(v.id);
          const empty = count === 0 && !checked;
          const inputId = `${id}-${v.id}`;
          return (
            <li key={v.id} className={`facet__item${empty ? ' facet__item--empty' : ''}`}>
              <input id={inputId} type="checkbox" checked={checked} disabled={empty} onChange={() => onToggle(v.id)} />
              <label htmlFor={inputId} title={tiles ? labelOf(v, lang) : undefined} style={v.color ? { ['--tile' as string]: v.color, color: inkOn(v.color) } : undefined}>
                {tiles ? <span className="facet__num" aria-hidden="true">{v.id}</span> : null}
                <span className="facet__label">{labelOf(v, lang)}</span> <span className="facet__count">{count ?? ''}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {long && !tiles && !needle ? (
        <button type="button" className="link-btn" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('showLess') : t('showAll', { n: def.values.length })}
        </button>
      ) : null}
    </fieldset>
  );
}
