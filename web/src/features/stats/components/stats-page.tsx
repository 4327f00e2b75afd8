import { ServiceBanner } from '../../../components/service-banner';
import { apiUrl } from '../../../lib/api-client';
import { facetOf, STATS_DIMENSIONS, valueLabel, type StatsDimension } from '#domain/facet-registry.js';
import type { Lang, Translate } from '../../../lib/prefs';
import { useScreenFocus } from '../../../lib/screen';
import { filterParams, type SearchState } from '../../../lib/search-state';
import { useStats } from '../api/get-stats';
import { HeatMap } from './heat-map';

const DIMENSIONS = STATS_DIMENSIONS;
type Dimension = StatsDimension;
const isDimension = (v: string | null): v is Dimension => (DIMENSIONS as readonly string[]).includes(v ?? '');

interface Props {
  state: SearchState;
  params: URLSearchParams;
  onAxes: (rows: Dimension, cols: Dimension) => void;
  lang: Lang;
  t: Translate;
}

/** Statistics of the current set: pick rows and columns, see the heat map, download it as CSV. */
export function StatsPage({ state, params, onAxes, lang, t }: Props) {
  const rows = isDimension(params.get('rows')) ? (params.get('rows') as Dimension) : 'region';
  const cols = isDimension(params.get('cols')) ? (params.get('cols') as Dimension) : 'sdg';
  const req = filterParams(state);
  req.set('rows', rows);
  req.set('cols', cols);
  const { data, error, refetch } = useStats(req);
  // This screen's h1 arrives with its chunk: it takes focus itself when the screen changes to it.
  useScreenFocus();
  const dimName = (d: Dimension) => (d === 'year' ? t('dimYear') : facetOf(d).name[lang]);
  const label = (d: Dimension) => (id: string) => (d === 'year' ? id : valueLabel(facetOf(d), id, lang, 'short'));
  const csv = new URLSearchParams(req);
  csv.set('format', 'csv');
  const select = (value: Dimension, name: string, on: (d: Dimension) => void) => (
    <label>
      {name}{' '}
      <select value={value} onChange={(e) => on(e.target.value as Dimension)}>
        {DIMENSIONS.map((d) => (
          <option key={d} value={d}>
            {dimName(d)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="stats" aria-labelledby="stats-title">
      <h1 id="stats-title" tabIndex={-1}>{t('statsTitle')}</h1>
      <div className="toolbar">
        {select(rows, t('statsRows'), (r) => onAxes(r, cols))}
        {select(cols, t('statsCols'), (c) => onAxes(rows, c))}
        <a className="btn" href={apiUrl('stats', csv)} download>
          {t('statsCsv')}
        </a>
      </div>
      {error ? <ServiceBanner error={error} onRetry={() => void refetch()} t={t} /> : null}
      {data ? (
        <>
          <p role="status">{t('statsTotal', { n: data.total })}</p>
          <HeatMap data={data} rowLabel={label(rows)} colLabel={label(cols)} caption={t('statsCaption', { rows: dimName(rows), cols: dimName(cols) })} />
        </>
      ) : null}
    </section>
  );
}
