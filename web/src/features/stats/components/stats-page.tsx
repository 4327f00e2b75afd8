import { lazy, Suspense } from 'react';
import { ServiceBanner } from '../../../components/service-banner';
import { apiUrl } from '../../../lib/api-client';
import { MEASURES, mostOverRepresented, type Measure } from '#domain/cross-table-measures.js';
import { STATS_DIMENSIONS, type StatsDimension } from '#domain/facet-registry.js';
import { dimensionName, MEASURE_NAMES } from '#domain/stats-dimensions.js';
import type { Lang, Translate } from '../../../lib/prefs';
import { filterParams, type SearchState } from '../../../lib/search-state';
import { useStats } from '../api/get-stats';
import { statsWords } from '../stats-words';
import { indexSentence } from '../utils/index-sentence';
import { CrossTableView } from './cross-table-view';
import { IndexLegend } from './index-legend';

// The timeline's chart code loads only when the statistics page shows it.
const Timeline = lazy(() => import('./timeline').then((m) => ({ default: m.Timeline })));

const DIMENSIONS = STATS_DIMENSIONS;
type Dimension = StatsDimension;
const isDimension = (v: string | null): v is Dimension => (DIMENSIONS as readonly string[]).includes(v ?? '');
const isMeasure = (v: string | null): v is Measure => (MEASURES as readonly string[]).includes(v ?? '');

interface Props {
  state: SearchState;
  params: URLSearchParams;
  onAxes: (rows: Dimension, cols: Dimension) => void;
  /** Sets view params of the URL (measure, timeline split); '' removes one. */
  onView?: (view: Record<string, string>) => void;
  lang: Lang;
  t: Translate;
}

/** Statistics of the current set: pick rows, columns and what cells show; totals, shares, the representation index, a timeline. */
export function StatsPage({ state, params, onAxes, onView, lang, t }: Props) {
  const w = statsWords(lang);
  const rows = isDimension(params.get('rows')) ? (params.get('rows') as Dimension) : 'region';
  const cols = isDimension(params.get('cols')) ? (params.get('cols') as Dimension) : 'sdg';
  const measure = isMeasure(params.get('measure')) ? (params.get('measure') as Measure) : 'count';
  const split = isDimension(params.get('split')) && params.get('split') !== 'year' ? (params.get('split') as Dimension) : undefined;
  const req = filterParams(state);
  req.set('rows', rows);
  req.set('cols', cols);
  const { data, error, refetch } = useStats(req);
  const dimName = (d: Dimension) => dimensionName(d, lang);
  const csv = new URLSearchParams(req);
  csv.set('format', 'csv');
  if (measure !== 'count') csv.set('measure', measure);
  if (lang === 'en') csv.set('lang', 'en');
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
  const best = data ? mostOverRepresented(data, 5) : undefined;
  return (
    <section className="stats" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('statsTitle')}</h2>
      <div className="toolbar">
        {select(rows, t('statsRows'), (r) => onAxes(r, cols))}
        {select(cols, t('statsCols'), (c) => onAxes(rows, c))}
        <label>
          {w('measure')}{' '}
          <select value={measure} onChange={(e) => onView?.({ measure: e.target.value === 'count' ? '' : e.target.value })}>
            {MEASURES.map((m) => <option key={m} value={m}>{MEASURE_NAMES[m][lang]}</option>)}
          </select>
        </label>
        <a className="btn" href={apiUrl('stats', csv)} download>
          {t('statsCsv')}
        </a>
      </div>
      {error ? <ServiceBanner error={error} onRetry={() => void refetch()} t={t} /> : null}
      {data ? (
        <>
          <p role="status">{t('statsTotal', { n: data.total })}</p>
          {best && rows !== cols ? <p className="stats__answer">{indexSentence(data, best.i, best.j, { rows, cols }, lang)}</p> : null}
          {measure === 'index' ? <IndexLegend lang={lang} /> : null}
          <CrossTableView data={data} rowsDim={rows} colsDim={cols} measure={measure} lang={lang} caption={w('caption', { rows: dimName(rows), cols: dimName(cols), measure: MEASURE_NAMES[measure][lang].toLowerCase() })} />
          <p className="muted stats__note">{w('totalsNote')}</p>
        </>
      ) : null}
      <Suspense fallback={<p>{t('loading')}</p>}>
        <Timeline filters={filterParams(state)} split={split} onSplit={(s) => onView?.({ split: s ?? '' })} lang={lang} />
      </Suspense>
    </section>
  );
}
