import { ACTOR_TYPE_IDS, MODE_IDS, SCALE_IDS, STATUS_IDS, THEME_IDS } from '../../domain/facets.js';
import type { Example } from '../../domain/example.js';
import { REGION_IDS } from '../../domain/regions.js';

const WORDS = ['insertion', 'jeunes', 'numérique', 'climat', 'santé', 'école', 'mécénat', 'entreprise', 'association', 'quartier', 'emploi', 'solidarité', 'agriculture', 'mobilité', 'logement', 'culture', 'sport', 'handicap', 'énergie', 'biodiversité', 'tutorat', 'coopération', 'territoire', 'innovation'];

/** A deterministic pseudo-random generator, so every bench run indexes the same data. */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/** `count` plausible examples for load figures (not the sample data's realism, just its shape and spread). */
export function benchExamples(count: number, seed = 17): Example[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const sdgs = [...new Set([1 + Math.floor(r() * 17), 17])].sort((a, b) => a - b);
    return {
      id: `bench-${i}`,
      title: `Partenariat ${words(3)} ${i}`,
      summary: `Projet de ${words(12)}.`,
      description: `Description : ${words(60)}.`,
      results: words(10),
      lead: { name: `Porteur ${pick(WORDS)}`, type: pick(ACTOR_TYPE_IDS) },
      partners: [{ name: `Partenaire ${pick(WORDS)}`, type: pick(ACTOR_TYPE_IDS) }],
      actorTypes: [pick(ACTOR_TYPE_IDS)],
      regions: [pick(REGION_IDS)],
      departments: [],
      scale: pick(SCALE_IDS),
      sdgs,
      themes: [pick(THEME_IDS)],
      mode: pick(MODE_IDS),
      year: 2000 + Math.floor(r() * 26),
      status: pick(STATUS_IDS),
      unmapped: [],
      source: { file: 'bench.csv', line: i + 2 },
    };
  });
}
