import { useRef } from 'react';
import { STATS_DIMENSIONS, type StatsDimension } from '#domain/facet-registry.js';
import { dimensionName } from '#domain/stats-dimensions.js';
import { apiUrl } from '../../../lib/api-client';
import type { Lang } from '../../../lib/prefs';
import { useStats } from '../api/get-stats';
import { statsWords } from '../stats-words';
import { downloadPng, downloadSvg } from '../utils/download-chart';
import { timelineSeries, TOP } from '../utils/timeline-series';
import { TimelineChart } from './timeline-chart';

const SPLITS = STATS_DIMENSIONS.filter((d) => d !== 'year');
export const isSplit = (v: string | null): v is Exclude<StatsDimension, 'year'> => (SPLITS as readonly string[]).includes(v ?? '');

interface Props {
  /** The selection's filters (as the API takes them). */
  filters: URLSearchParams;
  split: StatsDimension | undefined;
  onSplit: (split: StatsDimension | undefined) => void;
  lang: Lang;
}

/** Examples per start year, split by any facet: a chart (lazy-loaded with this file), its data table beside it, and downloads. */
export function Timeline({ filters, split, onSplit, lang }: Props) {
  const w = statsWords(lang);
  const svg = useRef<SVGSVGElement>(null);
  const req = new URLSearchParams(filters);
  req.set('rows', 'year');
  // Without a split only the year totals are drawn; any column gives them.
  req.set('cols', split ?? 'status');
  const { data } = useStats(req);
  const title = w('chartTitle', { split: split ? w('chartBy', { dim: dimensionName(split, lang).toLowerCase() }) : '' });
  const csv = new URLSearchParams(req);
  csv.set('format', 'csv');
  if (lang === 'en') csv.set('lang', 'en');
  const { years, series } = data ? timelineSeries(data, split, lang, w('total')) : { years: [], series: [] };
  const file = `odd17-chronologie${split ? `-${split}` : ''}`;
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{w('timeline')}</h3>
      <div className="toolbar">
        <label>
          {w('splitBy')}{' '}
          <select value={split ?? ''} onChange={(e) => onSplit(isSplit(e.target.value) ? e.target.value : undefined)}>
            <option value="">{w('splitNone')}</option>
            {SPLITS.map((d) => <option key={d} value={d}>{dimensionName(d, lang)}</option>)}
          </select>
        </label>
        <button type="button" className="btn" disabled={!data} onClick={() => svg.current && downloadSvg(svg.current, file)}>{w('svg')}</button>
        <button type="button" className="btn" disabled={!data} onClick={() => svg.current && void downloadPng(svg.current, file)}>{w('png')}</button>
        <a className="btn" href={apiUrl('stats', csv)} download>{w('timelineCsv')}</a>
      </div>
      {split ? <p className="muted">{w('topNote', { n: TOP })}</p> : null}
      {data && years.length ? (
        <div className="timeline__body">
          <div className="timeline__chart">
            <TimelineChart ref={svg} years={years} series={series} title={title} description={w('chartLabel', { title })} yLabel={w('examples')} />
          </div>
          <div className="timeline__table" tabIndex={0} role="region" aria-label={title}>
            <table className="cross-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{w('year')}</th>
                  {series.map((s) => <th key={s.key} scope="col">{s.label}</th>)}
                  {split ? <th scope="col">{w('total')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {years.map((yr, i) => (
                  <tr key={yr}>
                    <th scope="row">{yr}</th>
                    {series.map((s) => <td key={s.key}>{s.values[i]}</td>)}
                    {split ? <td>{data.rowTotals[i]}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
