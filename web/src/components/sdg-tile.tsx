import { inkOn } from '../lib/contrast';
import { SDG_BY_ID } from '../lib/facet-terms';
import { labelOf, type Lang } from '../lib/prefs';

/** An SDG as a tile in its official colour: "ODD" and its number, then its short name, all as readable text. */
export function SdgTile({ id, lang }: { id: number; lang: Lang }) {
  const sdg = SDG_BY_ID.get(id as never);
  if (!sdg) return null;
  return (
    <li className="sdg-tile" style={{ background: sdg.color, color: inkOn(sdg.color) }}>
      <span className="sdg-tile__num">
        <span className="sdg-tile__kind">{lang === 'en' ? 'SDG' : 'ODD'}</span> {id}
      </span>{' '}
      <span className="sdg-tile__name">{labelOf(sdg, lang)}</span>
    </li>
  );
}
