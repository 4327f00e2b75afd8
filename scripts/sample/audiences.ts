// Who a generated example serves, read from the public phrase its title and sentences were built with.
import type { AudienceId } from '#domain/facets.js';
import { AUDIENCE_IDS } from '#domain/facets.js';

// Ordered rules over the phrase; a phrase may name several audiences ("enfants des quartiers prioritaires").
const RULES: readonly (readonly [RegExp, AudienceId])[] = [
  [/quartiers prioritaires|\bREP\b/i, 'habitants-quartiers'],
  [/handicap|autist|ESAT|malentendant/i, 'personnes-handicapees'],
  [/âgé|seniors|retraités/i, 'seniors'],
  [/demandeurs d’emploi|éloignées de l’emploi|\bRSA\b|sans qualification|sans diplôme|reconversion|décrocheurs/i, 'demandeurs-emploi'],
  [/sans domicile|précari|pauvres|surendettés|modestes|sortant de la rue|réfugiés|allocataires|victimes|parc social/i, 'personnes-precaires'],
  [/rura|pêcheurs|producteurs/i, 'ruraux-agriculteurs'],
  [/salariés|agents|artisans|entrepreneures|créateurs|travailleurs/i, 'salaries-entreprises'],
  [/jeunes|étudiants|lycéens|apprentis|adolescents|16 à 25|service civique/i, 'jeunes'],
  [/enfants|collégiens|élèves|familles|scolaires|enceintes/i, 'enfants-familles'],
];

/** The audiences a public phrase names, in display order; the general public when it names none. */
export function audiencesOf(publicPhrase: string): AudienceId[] {
  const found = new Set(RULES.filter(([pattern]) => pattern.test(publicPhrase)).map(([, id]) => id));
  return found.size ? AUDIENCE_IDS.filter((id) => found.has(id)) : ['grand-public'];
}
