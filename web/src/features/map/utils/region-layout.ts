import type { Lang } from '#domain/facet-registry.js';
import { REGIONS, type RegionId } from '#domain/regions.js';

// Where each region's name sits on the map (in the svg-maps metropolitan viewBox units) and how it breaks into lines,
// and the order regions are tabbed in: north to south, west to east, then overseas. Overseas insets sit in a row
// below the map: their positions here place them for the arrow keys.
export interface RegionPlace {
  id: RegionId;
  x: number;
  y: number;
  /** The name's lines on the map, where the name is long: French, and English when it differs. */
  fr?: readonly string[];
  en?: readonly string[];
}

export const REGION_PLACES: readonly RegionPlace[] = [
  { id: 'hauts-de-france', x: 335, y: 62, fr: ['Hauts-de-', 'France'] },
  { id: 'normandie', x: 205, y: 128 },
  { id: 'ile-de-france', x: 318, y: 150, fr: ['Île-de-', 'France'] },
  { id: 'grand-est', x: 468, y: 140 },
  { id: 'bretagne', x: 84, y: 190 },
  { id: 'pays-de-la-loire', x: 176, y: 228, fr: ['Pays de', 'la Loire'] },
  { id: 'centre-val-de-loire', x: 282, y: 222, fr: ['Centre-Val', 'de Loire'] },
  { id: 'bourgogne-franche-comte', x: 422, y: 238, fr: ['Bourgogne-', 'Franche-', 'Comté'] },
  { id: 'nouvelle-aquitaine', x: 226, y: 372, fr: ['Nouvelle-', 'Aquitaine'] },
  { id: 'auvergne-rhone-alpes', x: 404, y: 346, fr: ['Auvergne-', 'Rhône-Alpes'] },
  { id: 'occitanie', x: 306, y: 462 },
  { id: 'provence-alpes-cote-d-azur', x: 470, y: 424, fr: ['Provence-', 'Alpes-Côte', 'd’Azur'] },
  { id: 'corse', x: 556, y: 470 },
  { id: 'guadeloupe', x: 60, y: 640 },
  { id: 'martinique', x: 180, y: 640 },
  { id: 'guyane', x: 300, y: 640 },
  { id: 'la-reunion', x: 420, y: 640 },
  { id: 'mayotte', x: 540, y: 640 },
];

export const PLACE_BY_ID = new Map(REGION_PLACES.map((p) => [p.id, p]));
const REGION_BY_ID = new Map(REGIONS.map((r) => [r.id, r]));

/** A region's name as the map writes it: its lines in that language, the French ones where the names are the same. */
export function labelLines(place: RegionPlace, lang: Lang): readonly string[] {
  const region = REGION_BY_ID.get(place.id)!;
  if (lang === 'fr' || region.labelEn === region.label) return place.fr ?? [region.label];
  return place.en ?? [region.labelEn];
}

type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
const DIRECTIONS: Record<Arrow, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/** The region an arrow key leads to from `from`: the nearest one lying that way (sideways distance weighing double). */
export function neighbour(from: RegionId, key: string): RegionId | undefined {
  const dir = DIRECTIONS[key as Arrow];
  const start = PLACE_BY_ID.get(from);
  if (!dir || !start) return undefined;
  let best: { id: RegionId; score: number } | undefined;
  for (const p of REGION_PLACES) {
    const dx = p.x - start.x;
    const dy = p.y - start.y;
    const ahead = dx * dir[0] + dy * dir[1];
    if (p.id === from || ahead <= 0) continue;
    const score = ahead + 2 * Math.abs(dx * dir[1] - dy * dir[0]);
    if (!best || score < best.score) best = { id: p.id, score };
  }
  return best?.id;
}
