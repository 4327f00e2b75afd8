import type { ReactNode } from 'react';
import type { Example } from '#domain/example.js';
import { valuesOn } from '#domain/example-values.js';
import { FACETS, valueLabel, type AnyFacet } from '#domain/facet-registry.js';
import { SdgTile } from '../../../components/sdg-tile';
import type { Lang, Translate } from '../../../lib/prefs';
import { PartyItem } from './party-item';

const PLACES = FACETS.filter((f) => f.place);
const OTHER_FACETS = FACETS.filter((f) => !f.place);

/** A facet's values as the page shows them: tiles in their colours (SDGs), else their labels. */
function facetValues(facet: AnyFacet, ids: (string | number)[], lang: Lang): ReactNode {
  if (!ids.length) return undefined;
  if (facet.terms.some((t) => t.color)) return <ul className="sdg-tiles">{ids.map((id) => <SdgTile key={id} id={Number(id)} lang={lang} />)}</ul>;
  return ids.map((id) => valueLabel(facet, id, lang, 'display')).join(', ');
}

/** The example's facts as a definition list: every field that has a value, facets from the registry. */
export function ExampleFields({ example: e, lang, t }: { example: Example; lang: Lang; t: Translate }) {
  // Places read from the nearest: city, départements, regions.
  const where = [e.city, ...[...PLACES].reverse().flatMap((f) => valuesOn(e, f).map((id) => valueLabel(f, id, lang, 'display')))].filter(Boolean).join(' · ');
  const rows: [string, ReactNode][] = [
    [t('lead'), e.lead ? <PartyItem party={e.lead} lang={lang} /> : undefined],
    [t('partners'), e.partners.length ? <ul className="parties">{e.partners.map((p, i) => <li key={i}><PartyItem party={p} lang={lang} /></li>)}</ul> : undefined],
    [t('where'), where || undefined],
    ...OTHER_FACETS.map((f): [string, ReactNode] => [(f.multi ? f.plural : f.name)[lang], facetValues(f, valuesOn(e, f), lang)]),
    [t('year'), e.year],
    [t('website'), e.website ? <a href={e.website} rel="noopener noreferrer" target="_blank">{e.website}</a> : undefined],
    [t('updatedAt'), e.updatedAt ? new Date(e.updatedAt).toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR') : undefined],
  ];
  return (
    <dl className="fields">
      {rows
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => (
          <div key={k} className="fields__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
