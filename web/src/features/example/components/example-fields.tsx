import type { ReactNode } from 'react';
import { SdgTile } from '../../../components/sdg-tile';
import { departmentLabel } from '../../../lib/places';
import { labelOf, type Lang, type Translate } from '../../../lib/prefs';
import type { FacetKey } from '../../../lib/search-state';
import { facetValue } from '../../../lib/facet-terms';
import type { Example } from '../../../lib/types';
import { PartyItem } from './party-item';

/** The example's facts as a definition list: every field that has a value. */
export function ExampleFields({ example: e, lang, t }: { example: Example; lang: Lang; t: Translate }) {
  const term = (key: FacetKey, id: string | undefined) => (id ? labelOf(facetValue(key, id), lang) : undefined);
  const where = [e.city, ...e.departments.map(departmentLabel), ...e.regions.map((r) => term('region', r))].filter(Boolean).join(' · ');
  const rows: [string, ReactNode][] = [
    [t('lead'), e.lead ? <PartyItem party={e.lead} lang={lang} /> : undefined],
    [t('partners'), e.partners.length ? <ul className="parties">{e.partners.map((p, i) => <li key={i}><PartyItem party={p} lang={lang} /></li>)}</ul> : undefined],
    [t('sdgs'), e.sdgs.length ? <ul className="sdg-tiles">{e.sdgs.map((s) => <SdgTile key={s} id={s} lang={lang} />)}</ul> : undefined],
    [t('themes'), e.themes.map((x) => term('theme', x)).join(', ') || undefined],
    [t('where'), where || undefined],
    [t('scale'), term('scale', e.scale)],
    [t('mode'), term('mode', e.mode)],
    [t('year'), e.year],
    [t('status'), term('status', e.status)],
    [t('actorTypes'), e.actorTypes.map((a) => term('actorType', a)).join(', ') || undefined],
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
