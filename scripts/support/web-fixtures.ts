import { ExampleSchema, type Example } from '#domain/example.js';
import { ACTOR_TYPE_IDS, AUDIENCE_IDS, MODE_IDS, SCALE_IDS, THEME_IDS } from '#domain/facets.js';
import { REGION_IDS } from '#domain/regions.js';

// A deterministic, varied set for the browser tests: every region (overseas too), SDG and theme appears.
export const XSS_TITLE = '<img src=x onerror=alert(1)> & co';

const SUBJECTS = [
  ['Cantine durable', 'Des repas locaux et bio à la cantine scolaire grâce aux producteurs voisins.'],
  ['Insertion par le réemploi', 'Un atelier d’insertion répare des vélos avec une entreprise de transport.'],
  ['Numérique pour tous', 'Des bénévoles forment les seniors au numérique dans les médiathèques.'],
  ['Rénovation énergétique', 'Artisans, bailleurs et habitants rénovent des logements pour le climat.'],
  ['Jardins partagés', 'Potagers en pied d’immeuble et compost collectif entre voisins.'],
  ['Mobilité solidaire', 'Un garage solidaire et la mairie proposent des voitures à bas prix.'],
  ['Santé des jeunes', 'Une fondation et l’université accompagnent la santé mentale des étudiants.'],
  ['Tutorat scolaire', 'Des salariés mécènes accompagnent des collégiens chaque semaine.'],
] as const;

const CITIES = ['Rennes', 'Caen', 'Lille', 'Lyon', 'Dijon', 'Tours', 'Ajaccio', 'Strasbourg', 'Paris', 'Bordeaux', 'Toulouse', 'Nantes', 'Marseille'];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** `count` examples with spread facets, plus one whose title is HTML-like text. */
export function webFixtures(count = 96): Example[] {
  const examples = Array.from({ length: count }, (_, i) => {
    const [subject, summary] = pick(SUBJECTS, i);
    const region = pick(REGION_IDS, i * 7);
    const sdgs = [...new Set([pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], i), 17])].sort((a, b) => a - b);
    return ExampleSchema.parse({
      id: `ex-${String(i + 1).padStart(3, '0')}`,
      title: `${subject} ${region === 'national' ? 'en France' : `à ${pick(CITIES, i)}`} n°${i + 1}`,
      summary,
      // Paragraphs arrive from the import as "\n"; the example page must show them as paragraphs.
      description: `${summary}\nLe projet réunit plusieurs partenaires autour d’un objectif commun.`,
      results: `${10 + i} personnes accompagnées.`,
      lead: { name: `Association ${subject}`, type: 'association' },
      partners: [{ name: `Entreprise partenaire ${i + 1}`, type: 'entreprise' }, { name: `Ville de ${pick(CITIES, i)}`, type: 'collectivite' }],
      actorTypes: [...new Set(['association', pick(ACTOR_TYPE_IDS, i + 1)])],
      regions: [region],
      departments: region === 'auvergne-rhone-alpes' ? ['69'] : [],
      city: region === 'national' ? undefined : pick(CITIES, i),
      scale: pick(SCALE_IDS, i),
      sdgs,
      themes: [pick(THEME_IDS, i), pick(THEME_IDS, i + 5)].filter((v, k, a) => a.indexOf(v) === k),
      audiences: [pick(AUDIENCE_IDS, i * 3)],
      mode: pick(MODE_IDS, i),
      year: 2012 + (i % 13),
      status: i % 3 ? 'en-cours' : 'termine',
      website: `https://exemple.org/projet-${i + 1}`,
      updatedAt: '2025-06-01',
      unmapped: [],
      source: { file: 'fixtures-web.csv', line: i + 2 },
    });
  });
  examples.push(
    ExampleSchema.parse({
      ...examples[0]!,
      id: 'xss-title',
      title: XSS_TITLE,
      summary: 'Un résumé avec <b>balises</b> & esperluette, pour vérifier que le texte reste du texte.',
      source: { file: 'fixtures-web.csv', line: count + 2 },
    }),
  );
  return examples;
}
