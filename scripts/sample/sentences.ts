// Sentences about the partnership itself: how partners work together, are governed and what comes next.
import type { ModeId } from '#domain/facets.js';
import { capitalise, ofRef, refOf } from './french.js';
import type { Party } from './partners.js';
import type { Rng } from './prng.js';

const PRACTICES = ['ses achats responsables', 'son recrutement inclusif', 'l’accueil de stagiaires éloignés de l’emploi', 'la réduction de ses déchets', 'l’accessibilité de ses services', 'l’engagement de ses salariés'];
const SKILLS = ['financier', 'de compétences', 'en nature'];

function first(parties: readonly Party[], ...types: string[]): string | undefined {
  const party = parties.find((p) => types.includes(p.type));
  return party && refOf(party);
}

/** One sentence saying how the partners cooperate, in the words of Le RAMEAU's mode. */
export function modeSentence(rng: Rng, mode: ModeId, parties: readonly Party[]): string {
  const company = first(parties, 'entreprise') ?? 'une entreprise du territoire';
  const funder = first(parties, 'entreprise', 'fondation') ?? company;
  const funderIsFoundation = !parties.some((p) => p.type === 'entreprise') && parties.some((p) => p.type === 'fondation');
  const skill = funderIsFoundation ? 'financier' : rng.pick(SKILLS); // foundations give money, not staff time
  const nonProfit = first(parties, 'association') ?? 'une association locale';
  const research = first(parties, 'academique') ?? 'un laboratoire universitaire';
  switch (mode) {
    case 'mecenat':
      return rng.pick([
        `${capitalise(funder)} soutient le projet par un mécénat ${skill}.`,
        `Le projet bénéficie d’un mécénat ${skill} ${ofRef(funder)}.`,
      ]);
    case 'pratiques-responsables':
      return rng.pick([
        `${capitalise(nonProfit)} accompagne ${company} pour faire évoluer ${rng.pick(PRACTICES)}.`,
        `En retour, ${company} transforme ses pratiques avec l’expertise ${ofRef(nonProfit)}.`,
      ]);
    case 'cooperation-economique':
      return rng.pick([
        `${capitalise(nonProfit)} et ${company} ont construit une offre commune qui répond à un besoin du territoire.`,
        `Association et entreprise répondent ensemble à la commande publique, chacune avec son savoir-faire.`,
      ]);
    case 'innovation-societale':
      return rng.pick([
        `Les partenaires ont conçu et expérimenté ensemble une solution nouvelle, évaluée avec ${research}.`,
        `Une démarche de recherche et développement partagée a permis de tester la solution avant de l’étendre.`,
      ]);
  }
}

export function contextSentence(rng: Rng, place: string, leadParty: Party, partnerParty: Party | undefined): string {
  const lead = refOf(leadParty);
  const partner = partnerParty ? refOf(partnerParty) : 'ses partenaires';
  return rng.pick([
    `Le projet est né d’un diagnostic partagé ${place} entre acteurs locaux.`,
    `À l’origine, une rencontre entre ${lead} et ${partner} lors d’un forum local des partenariats.`,
    `L’initiative répond à un besoin repéré ${place} par les acteurs de terrain.`,
    `Tout est parti d’une question posée par les habitants et relayée par ${lead}.`,
  ]);
}

export function governanceSentence(rng: Rng): string {
  return rng.pick([
    'Un comité de pilotage réunit les partenaires deux fois par an.',
    'Une convention pluriannuelle fixe les engagements de chacun.',
    'Les partenaires se retrouvent chaque trimestre pour ajuster les actions.',
    'La démarche a été accompagnée par un catalyseur territorial, qui a facilité la rencontre entre les acteurs.',
    'Chaque partenaire a désigné un référent ; un bilan partagé est présenté chaque année.',
  ]);
}

export function outlookSentence(rng: Rng, ongoing: boolean, endYear: number): string {
  if (!ongoing) return rng.pick([`Le projet s’est achevé en ${endYear} ; ses enseignements ont nourri d’autres initiatives.`, `Achevé en ${endYear}, le projet a été repris en partie par les structures du territoire.`]);
  return rng.pick(['Une extension à d’autres communes est à l’étude.', 'Le modèle est documenté pour être essaimé.', 'Les partenaires ont renouvelé leur convention pour trois ans.', 'De nouveaux partenaires rejoignent la démarche chaque année.']);
}
