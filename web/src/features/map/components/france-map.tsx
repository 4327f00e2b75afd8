import { memo, useCallback, useId, useState } from 'react';
import france from '@svg-maps/france.regions';
import { REGIONS, type RegionId } from '#domain/regions.js';
import { labelOf, type Lang, type Translate } from '../../../lib/prefs';
import { fillOf, mapClasses } from '../utils/map-classes';
import { labelLines, neighbour, REGION_PLACES } from '../utils/region-layout';
import { MapLegend } from './map-legend';
import { NationalToggle } from './national-toggle';
import { OVERSEAS_SHAPES } from './overseas-shapes';
import { RegionLabel } from './region-label';
import { RegionShape } from './region-shape';

// svg-maps ids are the ISO 3166-2 suffixes (FR-BRE → bre), except Corsica (FR-20R → cor).
const SVG_ID = new Map<string, string>(REGIONS.filter((r) => r.iso).map((r) => [r.id, r.id === 'corse' ? 'cor' : r.iso!.slice(3).toLowerCase()]));
const METRO_PATHS = new Map(france.locations.map((l) => [l.id, l.path]));
const OVERSEAS = new Map(OVERSEAS_SHAPES.map((s) => [s.id, s]));
const REGION_BY_ID = new Map(REGIONS.map((r) => [r.id, r]));
const MAPPED = REGIONS.filter((r) => r.id !== 'national');
// Metropolitan regions in tab order (north to south, west to east); overseas follow in the row below.
const METRO = REGION_PLACES.filter((p) => !REGION_BY_ID.get(p.id)!.overseas);
const OVERSEAS_ORDER = REGION_PLACES.filter((p) => REGION_BY_ID.get(p.id)!.overseas);
/** An arrow key on a region moves focus to its neighbour in that direction. */
const moveFrom = (id: RegionId, key: string) => {
  const next = neighbour(id, key);
  if (next) document.querySelector<SVGElement>(`.map [data-region="${next}"]`)?.focus();
};

interface Props {
  counts: Record<string, number> | undefined;
  selected: string[];
  onToggle: (id: RegionId) => void;
  lang: Lang;
  t: Translate;
}

/**
 * France's regions named on the map, overseas as insets, shaded by class of matching examples with a key; "national"
 * as its own toggle. Memoised: a keystroke changes neither its selection nor (until the answer) its counts.
 */
export const FranceMap = memo(function FranceMap({ counts, selected, onToggle, lang, t }: Props) {
  const [focused, setFocused] = useState<RegionId | undefined>();
  const onFocusChange = useCallback((id: RegionId, on: boolean) => setFocused(on ? id : undefined), []);
  const helpId = useId();
  const countOf = (id: RegionId) => counts?.[id] ?? 0;
  const classes = mapClasses(MAPPED.map((r) => countOf(r.id)));
  const zeroRegions = counts ? MAPPED.filter((r) => countOf(r.id) === 0).length : 0;
  const label = (id: RegionId) => labelOf(REGION_BY_ID.get(id)!, lang);
  // French says "0 exemple", English "0 examples".
  const nameOf = (id: RegionId) => {
    const n = countOf(id);
    return t(n > 1 || (lang === 'en' && n === 0) ? 'mapRegion' : 'mapRegionOne', { label: label(id), n });
  };
  const shape = (id: RegionId, path: string) => (
    <RegionShape key={id} id={id} path={path} name={nameOf(id)} fill={fillOf(countOf(id), classes)} pressed={selected.includes(id)} dim={countOf(id) === 0} onToggle={onToggle} onArrow={moveFrom} onFocusChange={onFocusChange} />
  );
  const metroPath = (id: RegionId) => METRO_PATHS.get(SVG_ID.get(id)!)!;
  return (
    <figure className="map" aria-label={t('mapTitle')}>
      <svg viewBox={france.viewBox} className="map__metro" role="group" aria-label={t('mapTitle')} aria-describedby={helpId}>
        {METRO.map((p) => shape(p.id, metroPath(p.id)))}
        {/* Rings drawn over every region, so no neighbour hides them: solid for a selected region, dashed for the focused one. */}
        {METRO.filter((p) => selected.includes(p.id)).map((p) => <path key={p.id} d={metroPath(p.id)} className="region-ring region-ring--on" aria-hidden="true" />)}
        {focused && SVG_ID.has(focused) && !REGION_BY_ID.get(focused)!.overseas ? <path d={metroPath(focused)} className="region-ring region-ring--focus" aria-hidden="true" /> : null}
        {METRO.map((p) => <RegionLabel key={p.id} x={p.x} y={p.y} lines={labelLines(p, lang)} selected={selected.includes(p.id)} />)}
      </svg>
      <div className="map__overseas" role="group" aria-label={t('overseas')}>
        {OVERSEAS_ORDER.map(({ id }) => (
          <div key={id} className={`map__inset${selected.includes(id) ? ' map__inset--on' : ''}`}>
            <svg viewBox={OVERSEAS.get(id)!.viewBox}>{shape(id, OVERSEAS.get(id)!.path)}</svg>
            <span aria-hidden="true">
              {selected.includes(id) ? '✓ ' : ''}
              {label(id)} {counts ? <b>{countOf(id)}</b> : null}
            </span>
          </div>
        ))}
      </div>
      {/* Before the first counts (or while the service is down) show no numbers rather than zeros. */}
      <NationalToggle name={counts ? nameOf('national') : label('national')} empty={!!counts && countOf('national') === 0} pressed={selected.includes('national')} onToggle={() => onToggle('national')} />
      {counts ? <MapLegend classes={classes} zeroRegions={zeroRegions} t={t} /> : null}
      <figcaption className="muted">
        {t('mapLegend')} <span id={helpId}>{t('mapKeyboard')}</span>
      </figcaption>
    </figure>
  );
});
