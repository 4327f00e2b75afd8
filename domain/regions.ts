// Regions since 2016, from shared/reference/regions-2016.csv (INSEE COG); order is the display order.
export const REGION_IDS = [
  'auvergne-rhone-alpes',
  'bourgogne-franche-comte',
  'bretagne',
  'centre-val-de-loire',
  'corse',
  'grand-est',
  'hauts-de-france',
  'ile-de-france',
  'normandie',
  'nouvelle-aquitaine',
  'occitanie',
  'pays-de-la-loire',
  'provence-alpes-cote-d-azur',
  'guadeloupe',
  'martinique',
  'guyane',
  'la-reunion',
  'mayotte',
  'national',
] as const;

export type RegionId = (typeof REGION_IDS)[number];

export interface Region {
  readonly id: RegionId;
  /** INSEE region code; absent for `national`. */
  readonly code?: string;
  readonly iso?: string;
  readonly label: string;
  readonly labelEn: string;
  readonly overseas: boolean;
  /** Forms real exports use besides the name and the code. */
  readonly aliases: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { id: 'auvergne-rhone-alpes', code: '84', iso: 'FR-ARA', label: 'Auvergne-Rhône-Alpes', labelEn: 'Auvergne-Rhône-Alpes', overseas: false, aliases: ['AURA', 'ARA'] },
  { id: 'bourgogne-franche-comte', code: '27', iso: 'FR-BFC', label: 'Bourgogne-Franche-Comté', labelEn: 'Bourgogne-Franche-Comté', overseas: false, aliases: ['BFC'] },
  { id: 'bretagne', code: '53', iso: 'FR-BRE', label: 'Bretagne', labelEn: 'Brittany', overseas: false, aliases: ['BZH'] },
  { id: 'centre-val-de-loire', code: '24', iso: 'FR-CVL', label: 'Centre-Val de Loire', labelEn: 'Centre-Val de Loire', overseas: false, aliases: ['CVL'] },
  { id: 'corse', code: '94', iso: 'FR-20R', label: 'Corse', labelEn: 'Corsica', overseas: false, aliases: [] },
  { id: 'grand-est', code: '44', iso: 'FR-GES', label: 'Grand Est', labelEn: 'Grand Est', overseas: false, aliases: ['GE'] },
  { id: 'hauts-de-france', code: '32', iso: 'FR-HDF', label: 'Hauts-de-France', labelEn: 'Hauts-de-France', overseas: false, aliases: ['HDF'] },
  { id: 'ile-de-france', code: '11', iso: 'FR-IDF', label: 'Île-de-France', labelEn: 'Île-de-France', overseas: false, aliases: ['IDF', 'Région parisienne'] },
  { id: 'normandie', code: '28', iso: 'FR-NOR', label: 'Normandie', labelEn: 'Normandy', overseas: false, aliases: [] },
  { id: 'nouvelle-aquitaine', code: '75', iso: 'FR-NAQ', label: 'Nouvelle-Aquitaine', labelEn: 'Nouvelle-Aquitaine', overseas: false, aliases: ['NAQ'] },
  { id: 'occitanie', code: '76', iso: 'FR-OCC', label: 'Occitanie', labelEn: 'Occitania', overseas: false, aliases: ['OCC'] },
  { id: 'pays-de-la-loire', code: '52', iso: 'FR-PDL', label: 'Pays de la Loire', labelEn: 'Pays de la Loire', overseas: false, aliases: ['PDL'] },
  { id: 'provence-alpes-cote-d-azur', code: '93', iso: 'FR-PAC', label: "Provence-Alpes-Côte d'Azur", labelEn: "Provence-Alpes-Côte d'Azur", overseas: false, aliases: ['PACA', "Région Sud", 'Sud'] },
  { id: 'guadeloupe', code: '01', iso: 'FR-971', label: 'Guadeloupe', labelEn: 'Guadeloupe', overseas: true, aliases: [] },
  { id: 'martinique', code: '02', iso: 'FR-972', label: 'Martinique', labelEn: 'Martinique', overseas: true, aliases: [] },
  { id: 'guyane', code: '03', iso: 'FR-973', label: 'Guyane', labelEn: 'French Guiana', overseas: true, aliases: ['Guyane française'] },
  { id: 'la-reunion', code: '04', iso: 'FR-974', label: 'La Réunion', labelEn: 'Réunion', overseas: true, aliases: ['Réunion', 'Ile de la Réunion'] },
  { id: 'mayotte', code: '06', iso: 'FR-976', label: 'Mayotte', labelEn: 'Mayotte', overseas: true, aliases: [] },
  { id: 'national', label: 'National (France entière)', labelEn: 'National (all of France)', overseas: false, aliases: ['National', 'France entière', 'France', 'Nationale', 'Toute la France', 'Nationwide'] },
];

/** The 22 pre-2016 metropolitan regions and the region that absorbed each (shared/reference/anciennes-regions-2016.csv). */
export const OLD_REGIONS: readonly { readonly code: string; readonly name: string; readonly region: RegionId }[] = [
  { code: '42', name: 'Alsace', region: 'grand-est' },
  { code: '72', name: 'Aquitaine', region: 'nouvelle-aquitaine' },
  { code: '83', name: 'Auvergne', region: 'auvergne-rhone-alpes' },
  { code: '25', name: 'Basse-Normandie', region: 'normandie' },
  { code: '26', name: 'Bourgogne', region: 'bourgogne-franche-comte' },
  { code: '53', name: 'Bretagne', region: 'bretagne' },
  { code: '24', name: 'Centre', region: 'centre-val-de-loire' },
  { code: '21', name: 'Champagne-Ardenne', region: 'grand-est' },
  { code: '94', name: 'Corse', region: 'corse' },
  { code: '43', name: 'Franche-Comté', region: 'bourgogne-franche-comte' },
  { code: '23', name: 'Haute-Normandie', region: 'normandie' },
  { code: '11', name: 'Île-de-France', region: 'ile-de-france' },
  { code: '91', name: 'Languedoc-Roussillon', region: 'occitanie' },
  { code: '74', name: 'Limousin', region: 'nouvelle-aquitaine' },
  { code: '41', name: 'Lorraine', region: 'grand-est' },
  { code: '73', name: 'Midi-Pyrénées', region: 'occitanie' },
  { code: '31', name: 'Nord-Pas-de-Calais', region: 'hauts-de-france' },
  { code: '52', name: 'Pays de la Loire', region: 'pays-de-la-loire' },
  { code: '22', name: 'Picardie', region: 'hauts-de-france' },
  { code: '54', name: 'Poitou-Charentes', region: 'nouvelle-aquitaine' },
  { code: '93', name: "Provence-Alpes-Côte d'Azur", region: 'provence-alpes-cote-d-azur' },
  { code: '82', name: 'Rhône-Alpes', region: 'auvergne-rhone-alpes' },
];
