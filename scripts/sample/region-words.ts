// Per-region phrases, public bodies and universities, so partners and titles fit the place.
import type { RegionId } from '#domain/regions.js';

export type TerritoryId = Exclude<RegionId, 'national'>;

export interface RegionWords {
  readonly in: string;
  /** Name the regional council or single authority goes by. */
  readonly council: string;
  /** Suffix public bodies use: "ARS Bretagne", "ADEME Bretagne". */
  readonly short: string;
  readonly universities: readonly string[];
  /** Relative share of the sample; overseas kept visible on purpose. */
  readonly weight: number;
}

export const REGION_WORDS: Readonly<Record<TerritoryId, RegionWords>> = {
  'auvergne-rhone-alpes': { in: 'en Auvergne-Rhône-Alpes', council: 'Région Auvergne-Rhône-Alpes', short: 'Auvergne-Rhône-Alpes', universities: ['Université Grenoble Alpes', 'Université Clermont Auvergne', 'Université Lumière Lyon 2', 'Université Jean Monnet Saint-Étienne', 'Université Savoie Mont Blanc'], weight: 9 },
  'bourgogne-franche-comte': { in: 'en Bourgogne-Franche-Comté', council: 'Région Bourgogne-Franche-Comté', short: 'Bourgogne-Franche-Comté', universities: ['Université de Bourgogne', 'Université de Franche-Comté'], weight: 5 },
  bretagne: { in: 'en Bretagne', council: 'Région Bretagne', short: 'Bretagne', universities: ['Université Rennes 2', 'Université de Bretagne Occidentale', 'Université Bretagne Sud'], weight: 6 },
  'centre-val-de-loire': { in: 'en Centre-Val de Loire', council: 'Région Centre-Val de Loire', short: 'Centre-Val de Loire', universities: ['Université de Tours', 'Université d’Orléans'], weight: 4 },
  corse: { in: 'en Corse', council: 'Collectivité de Corse', short: 'Corse', universities: ['Université de Corse Pasquale Paoli'], weight: 2 },
  'grand-est': { in: 'dans le Grand Est', council: 'Région Grand Est', short: 'Grand Est', universities: ['Université de Strasbourg', 'Université de Lorraine', 'Université de Reims Champagne-Ardenne', 'Université de Haute-Alsace'], weight: 7 },
  'hauts-de-france': { in: 'dans les Hauts-de-France', council: 'Région Hauts-de-France', short: 'Hauts-de-France', universities: ['Université de Lille', 'Université de Picardie Jules Verne', 'Université d’Artois', 'Université Polytechnique Hauts-de-France'], weight: 7 },
  'ile-de-france': { in: 'en Île-de-France', council: 'Région Île-de-France', short: 'Île-de-France', universities: ['Université Paris-Est Créteil', 'Université Paris Cité', 'Sorbonne Université', 'Université Sorbonne Paris Nord', 'CY Cergy Paris Université', 'Université Paris-Saclay', 'Université Paris Nanterre'], weight: 11 },
  normandie: { in: 'en Normandie', council: 'Région Normandie', short: 'Normandie', universities: ['Université de Caen Normandie', 'Université de Rouen Normandie', 'Université Le Havre Normandie'], weight: 5 },
  'nouvelle-aquitaine': { in: 'en Nouvelle-Aquitaine', council: 'Région Nouvelle-Aquitaine', short: 'Nouvelle-Aquitaine', universities: ['Université de Bordeaux', 'Université de Poitiers', 'Université de Limoges', 'Université de Pau et des Pays de l’Adour', 'La Rochelle Université'], weight: 8 },
  occitanie: { in: 'en Occitanie', council: 'Région Occitanie', short: 'Occitanie', universities: ['Université de Montpellier', 'Université Toulouse Jean Jaurès', 'Université de Perpignan Via Domitia', 'Université de Nîmes'], weight: 8 },
  'pays-de-la-loire': { in: 'en Pays de la Loire', council: 'Région Pays de la Loire', short: 'Pays de la Loire', universities: ['Nantes Université', 'Université d’Angers', 'Le Mans Université'], weight: 6 },
  'provence-alpes-cote-d-azur': { in: 'en Provence-Alpes-Côte d’Azur', council: 'Région Sud', short: 'Provence-Alpes-Côte d’Azur', universities: ['Aix-Marseille Université', 'Université Côte d’Azur', 'Avignon Université', 'Université de Toulon'], weight: 7 },
  guadeloupe: { in: 'en Guadeloupe', council: 'Région Guadeloupe', short: 'Guadeloupe', universities: ['Université des Antilles'], weight: 2 },
  martinique: { in: 'en Martinique', council: 'Collectivité territoriale de Martinique', short: 'Martinique', universities: ['Université des Antilles'], weight: 2 },
  guyane: { in: 'en Guyane', council: 'Collectivité territoriale de Guyane', short: 'Guyane', universities: ['Université de Guyane'], weight: 2 },
  'la-reunion': { in: 'à La Réunion', council: 'Région Réunion', short: 'La Réunion', universities: ['Université de La Réunion'], weight: 3 },
  mayotte: { in: 'à Mayotte', council: 'Département de Mayotte', short: 'Mayotte', universities: ['Université de Mayotte'], weight: 1.5 },
};

/** The authority a département's social policy sits with, where it is not a "Conseil départemental". */
export const DEPARTMENT_COUNCIL: Readonly<Record<string, string>> = {
  '75': 'Ville de Paris',
  '2A': 'Collectivité de Corse',
  '2B': 'Collectivité de Corse',
  '67': 'Collectivité européenne d’Alsace',
  '68': 'Collectivité européenne d’Alsace',
  '972': 'Collectivité territoriale de Martinique',
  '973': 'Collectivité territoriale de Guyane',
};

/** Pre-2016 region of each metropolitan département whose region changed name (older exports still use them). */
export const OLD_REGION_OF: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['Alsace', '67 68'],
      ['Lorraine', '54 55 57 88'],
      ['Champagne-Ardenne', '08 10 51 52'],
      ['Aquitaine', '24 33 40 47 64'],
      ['Limousin', '19 23 87'],
      ['Poitou-Charentes', '16 17 79 86'],
      ['Auvergne', '03 15 43 63'],
      ['Rhône-Alpes', '01 07 26 38 42 69 73 74'],
      ['Bourgogne', '21 58 71 89'],
      ['Franche-Comté', '25 39 70 90'],
      ['Basse-Normandie', '14 50 61'],
      ['Haute-Normandie', '27 76'],
      ['Nord-Pas-de-Calais', '59 62'],
      ['Picardie', '02 60 80'],
      ['Languedoc-Roussillon', '11 30 34 48 66'],
      ['Midi-Pyrénées', '09 12 31 32 46 65 81 82'],
      ['Centre', '18 28 36 37 41 45'],
    ] as const
  ).flatMap(([name, codes]) => codes.split(' ').map((code) => [code, name] as const)),
);
