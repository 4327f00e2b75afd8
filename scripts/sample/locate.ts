// Where an example happens, consistent with its scale: a city, a département, a region, or France.
import type { ScaleId } from '#domain/facets.js';
import type { RegionId } from '#domain/regions.js';
import { regionOfDepartment } from '#domain/lookup.js';
import { atCity, ofCity } from './french.js';
import { PLACES, type Place } from './places-data.js';
import type { Rng } from './prng.js';
import { REGION_WORDS, type TerritoryId } from './region-words.js';

export interface Location {
  readonly scale: ScaleId;
  readonly regions: RegionId[];
  readonly departments: string[];
  readonly city?: string;
  readonly place?: Place;
  readonly region?: TerritoryId;
  /** How a title ends: "à Rennes", "en Isère", "en Bretagne", "partout en France". */
  readonly titleSuffix: string;
  /** How a sentence says where: same forms as titleSuffix. */
  readonly where: string;
}

const SCALE_WEIGHTS: Record<ScaleId, number> = { local: 50, departemental: 20, regional: 14, national: 10, international: 6 };
const REGION_WEIGHTS = Object.fromEntries(Object.entries(REGION_WORDS).map(([id, w]) => [id, w.weight])) as Record<TerritoryId, number>;
const PLACES_BY_REGION = new Map<string, Place[]>();
for (const place of PLACES) {
  const region = regionOfDepartment(place.code)!;
  PLACES_BY_REGION.set(region, [...(PLACES_BY_REGION.get(region) ?? []), place]);
}

/** Regions that share a border (or a sea basin overseas): two-region projects pair neighbours. */
const NEIGHBOURS: Readonly<Record<TerritoryId, readonly TerritoryId[]>> = {
  'auvergne-rhone-alpes': ['bourgogne-franche-comte', 'provence-alpes-cote-d-azur', 'occitanie', 'nouvelle-aquitaine', 'centre-val-de-loire'],
  'bourgogne-franche-comte': ['auvergne-rhone-alpes', 'grand-est', 'centre-val-de-loire', 'ile-de-france'],
  bretagne: ['pays-de-la-loire', 'normandie'],
  'centre-val-de-loire': ['ile-de-france', 'pays-de-la-loire', 'normandie', 'nouvelle-aquitaine', 'bourgogne-franche-comte'],
  corse: ['provence-alpes-cote-d-azur'],
  'grand-est': ['hauts-de-france', 'bourgogne-franche-comte', 'ile-de-france'],
  'hauts-de-france': ['normandie', 'ile-de-france', 'grand-est'],
  'ile-de-france': ['hauts-de-france', 'normandie', 'centre-val-de-loire', 'grand-est', 'bourgogne-franche-comte'],
  normandie: ['bretagne', 'pays-de-la-loire', 'hauts-de-france', 'ile-de-france', 'centre-val-de-loire'],
  'nouvelle-aquitaine': ['occitanie', 'pays-de-la-loire', 'centre-val-de-loire', 'auvergne-rhone-alpes'],
  occitanie: ['nouvelle-aquitaine', 'provence-alpes-cote-d-azur', 'auvergne-rhone-alpes'],
  'pays-de-la-loire': ['bretagne', 'normandie', 'centre-val-de-loire', 'nouvelle-aquitaine'],
  'provence-alpes-cote-d-azur': ['occitanie', 'auvergne-rhone-alpes', 'corse'],
  guadeloupe: ['martinique'],
  martinique: ['guadeloupe', 'guyane'],
  guyane: ['martinique'],
  'la-reunion': ['mayotte'],
  mayotte: ['la-reunion'],
};

export function placesOf(region: TerritoryId): readonly Place[] {
  return PLACES_BY_REGION.get(region)!;
}

export function locate(rng: Rng, scale: ScaleId = rng.weighted(SCALE_WEIGHTS)): Location {
  if (scale === 'national') {
    const where = rng.pick(['partout en France', 'dans plusieurs territoires', 'à l’échelle nationale', 'en métropole et outre-mer']);
    return { scale, regions: ['national'], departments: [], titleSuffix: where, where };
  }
  const region = rng.weighted(REGION_WEIGHTS);
  const place = rng.pick(placesOf(region));
  const city = rng.pick(place.cities);
  if (scale === 'regional') {
    const second = rng.chance(0.1) ? rng.pick(NEIGHBOURS[region]) : undefined;
    const where = second ? `${REGION_WORDS[region].in} et ${REGION_WORDS[second].in}` : REGION_WORDS[region].in;
    const departments = !second && rng.chance(0.3) ? [place.code] : [];
    return { scale, regions: second ? [region, second] : [region], departments, region, place, titleSuffix: where, where };
  }
  if (scale === 'departemental') {
    const neighbours = placesOf(region).filter((p) => p.code !== place.code);
    const second = neighbours.length > 0 && rng.chance(0.15) ? rng.pick(neighbours) : undefined;
    const where = second ? `${place.in} et ${second.in}` : place.in;
    const departments = second ? [place.code, second.code] : [place.code];
    return { scale, regions: [region], departments, city: rng.chance(0.5) ? city : undefined, region, place, titleSuffix: where, where };
  }
  const suffix =
    scale === 'international'
      ? `${atCity(city)} ${rng.pick(['avec des partenaires européens', 'dans le cadre d’un programme européen', 'en lien avec des partenaires à l’international'])}`
      : rng.pick([atCity(city), atCity(city), `en quartier prioritaire ${atCity(city)}`, `dans le bassin de vie ${ofCity(city)}`]);
  return { scale, regions: [region], departments: [place.code], city, region, place, titleSuffix: suffix, where: atCity(city) };
}
