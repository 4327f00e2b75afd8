// The 17 SDGs (ODD) with official short names and colours, from shared/reference/sdgs.csv.
export const SDG_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;

export type SdgId = (typeof SDG_IDS)[number];

export interface Sdg {
  readonly id: SdgId;
  readonly label: string;
  readonly labelEn: string;
  readonly color: string;
}

export const SDGS: readonly Sdg[] = [
  { id: 1, label: 'Pas de pauvreté', labelEn: 'No poverty', color: '#E5243B' },
  { id: 2, label: 'Faim « zéro »', labelEn: 'Zero hunger', color: '#DDA63A' },
  { id: 3, label: 'Bonne santé et bien-être', labelEn: 'Good health and well-being', color: '#4C9F38' },
  { id: 4, label: 'Éducation de qualité', labelEn: 'Quality education', color: '#C5192D' },
  { id: 5, label: 'Égalité entre les sexes', labelEn: 'Gender equality', color: '#FF3A21' },
  { id: 6, label: 'Eau propre et assainissement', labelEn: 'Clean water and sanitation', color: '#26BDE2' },
  { id: 7, label: "Énergie propre et d'un coût abordable", labelEn: 'Affordable and clean energy', color: '#FCC30B' },
  { id: 8, label: 'Travail décent et croissance économique', labelEn: 'Decent work and economic growth', color: '#A21942' },
  { id: 9, label: 'Industrie, innovation et infrastructure', labelEn: 'Industry, innovation and infrastructure', color: '#FD6925' },
  { id: 10, label: 'Inégalités réduites', labelEn: 'Reduced inequalities', color: '#DD1367' },
  { id: 11, label: 'Villes et communautés durables', labelEn: 'Sustainable cities and communities', color: '#FD9D24' },
  { id: 12, label: 'Consommation et production responsables', labelEn: 'Responsible consumption and production', color: '#BF8B2E' },
  { id: 13, label: 'Mesures relatives à la lutte contre les changements climatiques', labelEn: 'Climate action', color: '#3F7E44' },
  { id: 14, label: 'Vie aquatique', labelEn: 'Life below water', color: '#0A97D9' },
  { id: 15, label: 'Vie terrestre', labelEn: 'Life on land', color: '#56C02B' },
  { id: 16, label: 'Paix, justice et institutions efficaces', labelEn: 'Peace, justice and strong institutions', color: '#00689D' },
  { id: 17, label: 'Partenariats pour la réalisation des objectifs', labelEn: 'Partnerships for the goals', color: '#19486A' },
];
