import { SdgBadge } from '../../../components/sdg-badge';
import { Highlight } from '../../../lib/highlight';
import { Link } from '../../../lib/link';
import { labelOf, type Lang } from '../../../lib/prefs';
import { facetValue } from '../../../lib/facet-terms';
import type { SearchHit } from '#domain/api-types.js';

/** One result: an article whose heading links to the example's page; matches highlighted, always as text. */
export function ResultCard({ hit, href, lang }: { hit: SearchHit; href: string; lang: Lang }) {
  const where = [hit.city, ...hit.regions.map((r) => labelOf(facetValue('region', r), lang))].filter(Boolean).join(' · ');
  return (
    <article className="result">
      <h3 className="result__title">
        <Link href={href}>
          <Highlight text={hit.highlight?.title} fallback={hit.title} />
        </Link>
      </h3>
      <p className="result__meta">
        {where}
        {hit.year ? ` · ${hit.year}` : ''}
        {hit.actorTypes.length ? ` · ${hit.actorTypes.map((a) => labelOf(facetValue('actorType', a), lang)).join(', ')}` : ''}
      </p>
      <p className="result__summary">
        <Highlight text={hit.highlight?.summary} fallback={hit.summary} />
      </p>
      {hit.sdgs.length ? (
        <p className="result__sdgs">
          {hit.sdgs.map((s) => (
            <SdgBadge key={s} id={s} lang={lang} />
          ))}
        </p>
      ) : null}
    </article>
  );
}
