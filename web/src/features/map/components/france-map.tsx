import france from '@svg-maps/france.regions';
import { REGIONS, type RegionId } from '#domain/regions.js';
import { labelOf, type Lang, type Translate } from '../../../lib/prefs';
import { fillOf, mapClasses } from '../utils/map-classes';
import { MapLegend } from './map-legend';
import { NationalToggle } from './national-toggle';
import { OVERSEAS_SHAPES } from './overseas-shapes';
import { RegionShape } from './region-shape';

// svg-maps ids are the ISO 3166-2 suffixes (FR-BRE → bre), except Corsica (FR-20R → cor).
const BY_SVG_ID = new Map<string, (typeof REGIONS)[number]>(REGIONS.filter((r) => r.iso).map((r) => [r.id === 'corse' ? 'cor' : r.iso!.slice(3).toLowerCase(), r]));
const REGION_BY_ID = new Map(REGIONS.map((r) => [r.id, r]));
const MAPPED = REGIONS.filter((r) => r.id !== 'national');

interface Props {
  counts: Record<string, number> | undefined;
  selected: string[];
  onToggle: (id: RegionId) => void;
  lang: Lang;
  t: Translate;
}

/** France's regions, overseas as insets, shaded by class of matching examples with a key; "national" as its own toggle. */
export function FranceMap({ counts, selected, onToggle, lang, t }: Props) {
  const countOf = (id: RegionId) => counts?.[id] ?? 0;
  const classes = mapClasses(MAPPED.map((r) => countOf(r.id)));
  const zeroRegions = counts ? MAPPED.filter((r) => countOf(r.id) === 0).length : 0;
  // French says "0 exemple", English "0 examples".
  const nameOf = (id: RegionId) => {
    const n = countOf(id);
    return t(n > 1 || (lang === 'en' && n === 0) ? 'mapRegion' : 'mapRegionOne', { label: labelOf(REGION_BY_ID.get(id)!, lang), n });
  };
  const shape = (id: RegionId, path: string) => (
    <RegionShape key={id} path={path} name={nameOf(id)} fill={fillOf(countOf(id), classes)} pressed={selected.includes(id)} dim={countOf(id) === 0} onToggle={() => onToggle(id)} />
  );
  return (
    <figure className="map" aria-label={t('mapTitle')}>
      <svg viewBox={france.viewBox} className="map__metro" role="group" aria-label={t('mapTitle')}>
        {france.locations.map((l) => {
          const region = BY_SVG_ID.get(l.id);
          return region ? shape(region.id, l.path) : null;
        })}
      </svg>
      <div className="map__overseas" role="group" aria-label={t('overseas')}>
        {OVERSEAS_SHAPES.map((s) => (
          <div key={s.id} className="map__inset">
            <svg viewBox={s.viewBox}>{shape(s.id as RegionId, s.path)}</svg>
            <span aria-hidden="true">
              {labelOf(REGION_BY_ID.get(s.id as RegionId)!, lang)} {counts ? <b>{countOf(s.id as RegionId)}</b> : null}
            </span>
          </div>
        ))}
      </div>
      {/* Before the first counts (or while the service is down) show no numbers rather than zeros. */}
      <NationalToggle name={counts ? nameOf('national') : labelOf(REGION_BY_ID.get('national')!, lang)} empty={!!counts && countOf('national') === 0} pressed={selected.includes('national')} onToggle={() => onToggle('national')} />
      {counts ? <MapLegend classes={classes} zeroRegions={zeroRegions} t={t} /> : null}
      <figcaption className="muted">{t('mapLegend')}</figcaption>
    </figure>
  );
}
