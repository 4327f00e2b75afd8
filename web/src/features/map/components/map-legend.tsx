import type { Translate } from '../../../lib/prefs';
import { ZERO_FILL, type MapClass } from '../utils/map-classes';

/** The choropleth key: each shade with its range of examples and how many regions it covers. */
export function MapLegend({ classes, zeroRegions, t }: { classes: readonly MapClass[]; zeroRegions: number; t: Translate }) {
  const regions = (n: number) => t(n > 1 ? 'legendRegions' : 'legendRegion', { n });
  return (
    <div className="map-legend">
      <p className="map-legend__title" id="map-legend-title">{t('legendTitle')}</p>
      <ul className="map-legend__list" aria-labelledby="map-legend-title">
        {classes.map((c) => (
          <li key={c.min}>
            <span className="map-legend__swatch" style={{ background: c.color }} aria-hidden="true" />
            <span className="map-legend__range">{c.min === c.max ? t('legendOne', { n: c.min }) : t('legendRange', { min: c.min, max: c.max })}</span>
            <span className="visually-hidden"> : </span>
            <span className="map-legend__count">{regions(c.regions)}</span>
          </li>
        ))}
        {zeroRegions ? (
          <li>
            <span className="map-legend__swatch" style={{ background: ZERO_FILL }} aria-hidden="true" />
            <span className="map-legend__range">{t('legendNone')}</span>
            <span className="visually-hidden"> : </span>
            <span className="map-legend__count">{regions(zeroRegions)}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
