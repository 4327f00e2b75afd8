// A catalysts' spreadsheet saved by Excel on French Windows: Windows-1252, `;`, CRLF, hand-typed headers and values.
import type { RegionId } from '#domain/regions.js';
import { fold } from '#domain/fold.js';
import type { Dialect } from './dialect.js';
import { audienceSpelling, departmentName, frenchDate, regionAliases, regionCode, regionLabel, sdgLabel, sdgLabelIsSplitSafe, themeLabel } from './labels.js';
import type { Rng } from './prng.js';
import { THEMES } from '#domain/facets.js';

const ACTOR_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  association: ['Associations', 'associations', 'Association', 'Asso'],
  entreprise: ['Entreprises', 'entreprise', 'Entreprise privée', 'PME'],
  collectivite: ['Collectivités territoriales', 'Collectivité', 'collectivites', 'Collectivité territoriale'],
  fondation: ['Fondations', 'fondation'],
  etat: ['État', 'Etat', 'Services de l’État', 'Service de l’État'],
  academique: ['Acteurs académiques', 'Université', 'académique'],
  citoyens: ['Citoyens', 'citoyen', 'Habitants'],
};
const MODE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  mecenat: ['Mécénat', 'mécénat', 'Mécénat de compétences', 'Mécénat financier'],
  'pratiques-responsables': ['Pratiques responsables', 'RSE', 'pratiques responsables'],
  'cooperation-economique': ['Coopération économique', 'Coopération', 'coopération économique'],
  'innovation-societale': ['Innovation sociétale', 'Innovation sociale', 'innovation sociétale'],
};
const SCALE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  local: ['Locale', 'locale', 'Communale'],
  departemental: ['Départementale', 'Départemental', 'départementale'],
  regional: ['Régionale', 'régional'],
  national: ['Nationale', 'National'],
  international: ['Internationale', 'International'],
};
const STATUS_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'en-cours': ['En cours', 'en cours', 'Actif'],
  termine: ['Terminé', 'terminé', 'Terminée', 'Achevé'],
};
const LEAD_TYPE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  association: ['Association', 'association', 'Asso'],
  entreprise: ['Entreprise', 'entreprise', 'PME'],
  collectivite: ['Collectivité', 'Collectivité territoriale', 'collectivite'],
  fondation: ['Fondation', 'fondation'],
  etat: ['État', 'Etat', 'Établissement public'],
  academique: ['Université', 'Académique', 'Établissement scolaire'],
  citoyens: ['Citoyens', 'Collectif citoyen'],
};
const CONTACTS = ['', '', 'Pôle partenariats', 'Chargée de mission ESS', 'Service développement économique', 'Animatrice territoriale', 'Référent ODD 17'];
const NOTES = ['', '', '', 'Fiche relue en comité', 'À compléter : résultats', 'Photo à demander au porteur', 'Vu au forum des partenariats', 'Contact pris en 2024'];

function regionSpelling(rng: Rng, id: RegionId): string {
  if (id === 'national') return rng.pick(['France entière', 'National', 'France']);
  const label = regionLabel(id);
  const spellings = [label, label.toUpperCase(), fold(label).replace(/\b\w/g, (c) => c.toUpperCase()), ...regionAliases(id)];
  if (rng.chance(0.15)) return regionCode(id)!;
  return rng.pick(spellings);
}

function departmentSpelling(rng: Rng, code: string): string {
  const name = departmentName(code);
  return rng.pick([code, code.replace(/^0/, ''), name, `${name} (${code})`, name.toUpperCase()]);
}

function sdgSpelling(rng: Rng, sdgs: number[]): string {
  const style = rng.int(0, 3);
  if (style === 0) return sdgs.map((n) => `ODD${n}`).join(', ');
  if (style === 1) return sdgs.map(String).join(' / ');
  if (style === 2) return sdgs.map((n) => `Objectif ${n}`).join('\n');
  return sdgs.map((n) => (sdgLabelIsSplitSafe(n) ? `${n}. ${sdgLabel(n)}` : `ODD ${n}`)).join('\n');
}

function themeSpelling(rng: Rng, id: string): string {
  const term = THEMES.find((t) => t.id === id)!;
  return rng.chance(0.6) ? themeLabel(id) : rng.pick(term.aliases.slice(0, 3));
}

export const TABLEUR: Dialect = {
  file: 'tableur-catalyseurs.csv',
  encoding: 'win1252',
  bom: false,
  delimiter: ';',
  recordDelimiter: '\r\n',
  share: 0.3,
  era: { maxYear: 2025, updatedFrom: 2024, updatedTo: 2025 },
  columns: [
    ['title', 'TITRE :'], ['summary', 'résumé'], ['regions', 'REGION'], ['departments', 'Departement :'], ['city', 'Commune'],
    ['lead', 'porteur'], ['leadType', 'Type De Porteur'], ['partners', 'Partenaires :'], ['actorTypes', 'Types d’acteurs'],
    ['themes', 'Thematiques'], ['audiences', 'Public cible :'], ['sdgs', 'ODD :'], ['mode', 'Mode de partenariat'], ['scale', 'echelle'], ['year', 'Annee de lancement'],
    ['status', 'Statut :'], ['description', ' Description '], ['results', 'Résultats / impact :'], ['website', 'Site Web'],
    ['updatedAt', 'Date de mise a jour'], ['id', 'id :'], ['contact', 'Contact référent'], ['note', 'Commentaire interne'],
  ],
  render(ex, rng) {
    const separator = rng.pick([', ', ' / ', '; ', '\n']);
    const departmentOnly = ex.departments.length > 0 && rng.chance(0.3);
    return {
      id: rng.chance(0.15) ? '' : ex.id,
      title: ex.title,
      summary: rng.chance(0.05) ? `${ex.summary} Les partenaires parlent d’un projet "gagnant-gagnant".` : ex.summary,
      description: ex.description.replaceAll('\n\n', '\n'),
      results: ex.results,
      lead: ex.lead.name,
      leadType: rng.pick(LEAD_TYPE_SPELLINGS[ex.lead.type]!),
      partners: ex.partners.map((p) => (rng.chance(0.25) ? `${p.name} (${rng.pick(LEAD_TYPE_SPELLINGS[p.type]!)})` : p.name)).join(separator),
      actorTypes: rng.chance(0.2) ? '' : ex.actorTypes.map((t) => rng.pick(ACTOR_SPELLINGS[t]!)).join(separator),
      regions: departmentOnly ? '' : ex.regions.map((r) => regionSpelling(rng, r)).join(', '),
      departments: ex.departments.map((d) => departmentSpelling(rng, d)).join(', '),
      city: ex.city,
      scale: rng.pick(SCALE_SPELLINGS[ex.scale]!),
      sdgs: sdgSpelling(rng, ex.sdgs),
      themes: ex.themes.map((t) => themeSpelling(rng, t)).join(', '),
      audiences: ex.audiences.map((a, i) => audienceSpelling(a, ex.title.length + i)).join(', '),
      mode: rng.pick(MODE_SPELLINGS[ex.mode]!),
      year: ex.startDate && rng.chance(0.7) ? frenchDate(ex.startDate) : String(ex.year ?? ''),
      status: ex.status ? rng.pick(STATUS_SPELLINGS[ex.status]!) : '',
      website: ex.website && rng.chance(0.6) ? ex.website.replace(/^https:\/\//, '') : ex.website,
      updatedAt: frenchDate(ex.updatedAt),
      contact: rng.pick(CONTACTS),
      note: rng.pick(NOTES),
    };
  },
};
