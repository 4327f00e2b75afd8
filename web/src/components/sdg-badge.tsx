import { memo } from 'react';
import { inkOn } from '../lib/contrast';
import { SDG_BY_ID } from '../lib/facet-terms';
import { labelOf, type Lang } from '../lib/prefs';

/** An SDG as a small tile in its official colour, with its number visible and its name for screen readers (memoised: a new answer's card redraws none). */
export const SdgBadge = memo(function SdgBadge({ id, lang }: { id: number; lang: Lang }) {
  const sdg = SDG_BY_ID.get(id as never);
  if (!sdg) return null;
  const name = `${lang === 'en' ? 'SDG' : 'ODD'} ${id} — ${labelOf(sdg, lang)}`;
  return (
    <span className="sdg-badge" style={{ background: sdg.color, color: inkOn(sdg.color) }} title={name} aria-label={name} role="img">
      {id}
    </span>
  );
});
