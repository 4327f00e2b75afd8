import type { ReactNode } from 'react';
import { SdgBadge } from '../../../components/sdg-badge';
import { labelOf, type Lang, type Translate } from '../../../lib/prefs';
import { facetValue } from '../../../lib/taxonomy';
import type { Example, Party } from '../../../lib/types';
import type { FacetKey } from '../../../lib/search-state';

/** The example's facts as a definition list: every field that has a value. */
export function ExampleFields({ example: e, lang, t }: { example: Example; lang: Lang; t: Translate }) {
  const term = (key: FacetKey, id: string | undefined) => (id ? labelOf(facetValue(key, id), lang) : undefined);
  const party = (p: Party) => (p.type ? `${p.name} (${term('actorType', p.type)})` : p.name);
  const where = [e.city, ...e.departments, ...e.regions.map((r) => term('region', r))].filter(Boolean).join(' · ');
  const rows: [string, ReactNode][] = [
    [t('lead'), e.lead ? party(e.lead) : undefined],
    [t('partners'), e.partners.length ? <ul>{e.partners.map((p, i) => <li key={i}>{party(p)}</li>)}</ul> : undefined],
    [t('actorTypes'), e.actorTypes.map((a) => term('actorType', a)).join(', ') || undefined],
    [t('sdgs'), e.sdgs.length ? <span className="sdg-row">{e.sdgs.map((s) => <SdgBadge key={s} id={s} lang={lang} />)}</span> : undefined],
    [t('themes'), e.themes.map((x) => term('theme', x)).join(', ') || undefined],
    [t('where'), where || undefined],
    [t('scale'), term('scale', e.scale)],
    [t('mode'), term('mode', e.mode)],
    [t('year'), e.year],
    [t('status'), term('status', e.status)],
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
