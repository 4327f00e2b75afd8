import france from '@svg-maps/france.regions';
import { REGIONS, type RegionId } from '../../../../../domain/regions';
import { labelOf, type Lang, type Translate } from '../../../lib/prefs';
import { OVERSEAS_SHAPES } from './overseas-shapes';
import { RegionShape } from './region-shape';

// svg-maps ids are the ISO 3166-2 suffixes (FR-BRE → bre), except Corsica (FR-20R → cor).
const BY_SVG_ID = new Map<string, (typeof REGIONS)[number]>(REGIONS.filter((r) => r.iso).map((r) => [r.id === 'corse' ? 'cor' : r.iso!.slice(3).toLowerCase(), r]));
const REGION_BY_ID = new Map(REGIONS.map((r) => [r.id, r]));

/** Choropleth fill: pale to SDG-17 navy by share of the largest count. */
function fillFor(count: number, max: number): string {
  if (!count || !max) return '#eef1f4';
  const k = 0.15 + 0.85 * Math.sqrt(count / max);
  return `color-mix(in srgb, #19486a ${Math.round(k * 100)}%, #e3edf5)`;
}

interface Props {
  counts: Record<string, number> | undefined;
  selected: string[];
  onToggle: (id: RegionId) => void;
  lang: Lang;
  t: Translate;
}

/** France's regions, overseas as insets, coloured by matching examples; each region toggles its filter. */
export function FranceMap({ counts, selected, onToggle, lang, t }: Props) {
  const max = Math.max(0, ...Object.entries(counts ?? {}).filter(([id]) => id !== 'national').map(([, n]) => n));
  const shape = (id: RegionId, path: string) => {
    const region = REGION_BY_ID.get(id)!;
    const n = counts?.[id] ?? 0;
    return <RegionShape key={id} path={path} name={t(n > 1 || (lang === 'en' && n === 0) ? 'mapRegion' : 'mapRegionOne', { label: labelOf(region, lang), n })} fill={fillFor(n, max)} pressed={selected.includes(id)} dim={n === 0} onToggle={() => onToggle(id)} />;
  };
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
            <span aria-hidden="true">{labelOf(REGION_BY_ID.get(s.id as RegionId)!, lang)}</span>
          </div>
        ))}
      </div>
      <figcaption className="muted">{t('mapLegend')}</figcaption>
    </figure>
  );
}
