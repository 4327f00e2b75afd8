// Invented-but-plausible partner names by actor type, fitted to the place and the year.
import type { ActorTypeId } from '#domain/facets.js';
import { atCity, ofCity } from './french.js';
import type { Place } from './places-data.js';
import type { Rng } from './prng.js';
import { DEPARTMENT_COUNCIL, REGION_WORDS, type TerritoryId } from './region-words.js';

export interface Party {
  readonly name: string;
  readonly type: ActorTypeId;
}

/** Where and when a party acts: a département and city, or a whole region, or France. */
export interface Locale {
  readonly region?: TerritoryId;
  readonly place?: Place;
  readonly city?: string;
  readonly year: number;
}

const ASSO_CORES = ['Trait d’Union', 'Passerelles', 'Rebond', 'L’Escale', 'Horizons solidaires', 'Tremplin', 'Le Relais', 'Entraide', 'Cap Avenir', 'Main tendue', 'La Courte Échelle', 'Pas à pas', 'Lien social', 'Semeurs d’avenir', 'Vivre ensemble', 'L’Arbre à palabres', 'Les Ateliers du lien', 'Élan solidaire', 'La Boussole', 'Les Petites Graines'];
const SURNAMES = ['Martin', 'Bernard', 'Le Gall', 'Dubois', 'Moreau', 'Lefèvre', 'Garnier', 'Rousseau', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Marchand', 'Duval', 'Leroy', 'Perrin', 'Morel', 'Girard', 'Faure', 'Roux', 'Blanc', 'Guérin', 'Lambert', 'Bonnet', 'Payet', 'Hoarau', 'Grondin', 'Jean-Baptiste', 'Santoni', 'Kerbrat'];
const TRADES = ['Bâtiment', 'Énergies', 'Informatique', 'Conseil', 'Logistique', 'Paysages', 'Propreté', 'Distribution', 'Ingénierie', 'Industries'];
const SHOPS = ['Transports', 'Imprimerie', 'Menuiserie', 'Boulangerie', 'Garage', 'Maison', 'Ateliers', 'Laiterie'];
const BRAND_A = ['Alti', 'Nova', 'Terra', 'Verti', 'Axi', 'Océa', 'Hélio', 'Sylva', 'Lumi', 'Arbo'];
const BRAND_B = ['lis', 'tec', 'nov', 'plan', 'serv', 'log', 'vert', 'mar', 'rys', 'gia'];
const NAMESAKES = ['Jean-Moulin', 'Jules-Verne', 'Marie-Curie', 'Louise-Michel', 'Victor-Hugo', 'Simone-Veil', 'Aimé-Césaire', 'Condorcet'];
const NEIGHBOURHOODS = ['de la Gare', 'du Centre', 'des Prés', 'du Vieux Port', 'des Tilleuls', 'du Moulin', 'des Hauts', 'de la Source'];

/** The real name of the intercommunal body of the big cities, where "Communauté d’agglomération de …" would be wrong. */
const METROPOLES: Readonly<Record<string, string>> = {
  Rennes: 'Rennes Métropole', Nantes: 'Nantes Métropole', Bordeaux: 'Bordeaux Métropole', Toulouse: 'Toulouse Métropole',
  Montpellier: 'Montpellier Méditerranée Métropole', Lyon: 'Métropole de Lyon', Villeurbanne: 'Métropole de Lyon', Vénissieux: 'Métropole de Lyon',
  Lille: 'Métropole européenne de Lille', Roubaix: 'Métropole européenne de Lille', Tourcoing: 'Métropole européenne de Lille',
  Strasbourg: 'Eurométropole de Strasbourg', Nice: 'Métropole Nice Côte d’Azur', Grenoble: 'Grenoble-Alpes Métropole', Rouen: 'Métropole Rouen Normandie',
  Marseille: 'Métropole Aix-Marseille-Provence', 'Aix-en-Provence': 'Métropole Aix-Marseille-Provence', Brest: 'Brest Métropole',
  'Clermont-Ferrand': 'Clermont Auvergne Métropole', Dijon: 'Dijon Métropole', Orléans: 'Orléans Métropole', Tours: 'Tours Métropole Val de Loire',
  Metz: 'Metz Métropole', Nancy: 'Métropole du Grand Nancy', 'Saint-Étienne': 'Saint-Étienne Métropole', Toulon: 'Métropole Toulon Provence Méditerranée',
  Mérignac: 'Bordeaux Métropole', Colomiers: 'Toulouse Métropole', Rezé: 'Nantes Métropole',
};

const brand = (rng: Rng): string => rng.pick(BRAND_A) + rng.pick(BRAND_B);

function cityOf(loc: Locale, rng: Rng): string {
  return loc.city ?? loc.place?.cities[0] ?? rng.pick(['Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Toulouse', 'Paris']);
}

function association(rng: Rng, loc: Locale): string {
  const city = cityOf(loc, rng);
  const of = loc.place?.of ?? ofCity(city);
  return rng.pick([
    () => `Banque alimentaire ${of}`,
    () => `Mission locale ${ofCity(city)}`,
    () => `Centre social ${rng.pick(ASSO_CORES)}`,
    () => `Association ${rng.pick(ASSO_CORES)} ${ofCity(city)}`,
    () => `${rng.pick(ASSO_CORES)} ${of}`,
    () => `${rng.pick(ASSO_CORES)} ${city}`,
    () => `Régie de quartier ${ofCity(city)}`,
  ])();
}

function company(rng: Rng): string {
  return rng.pick([
    () => `${rng.pick(SURNAMES)} ${rng.pick(TRADES)}`,
    () => `${rng.pick(SHOPS)} ${rng.pick(SURNAMES)}`,
    () => `${brand(rng)}`,
    () => `Groupe ${rng.pick(SURNAMES)}`,
    () => `SCOP ${brand(rng)}`,
  ])();
}

function localAuthority(rng: Rng, loc: Locale): string {
  const city = cityOf(loc, rng);
  const group = METROPOLES[city] ?? (city === 'Paris' ? 'Ville de Paris' : `Communauté d’agglomération ${ofCity(city)}`);
  const options = [() => `Ville ${ofCity(city)}`, () => group, () => `CCAS ${ofCity(city)}`];
  if (loc.place) options.push(() => DEPARTMENT_COUNCIL[loc.place!.code] ?? `Conseil départemental ${loc.place!.of}`);
  if (loc.region) options.push(() => REGION_WORDS[loc.region!].council);
  return rng.pick(options)();
}

function foundation(rng: Rng): string {
  return rng.pick([
    () => 'Fondation de France',
    () => `Fondation ${brand(rng)}`,
    () => `Fondation d’entreprise ${rng.pick(SURNAMES)}`,
    () => `Fonds de dotation ${rng.pick(ASSO_CORES)}`,
    () => `Fondation ${rng.pick(['Agir', 'Avenir', 'Solidarité', 'Terre', 'Horizon'])} ${rng.pick(['Territoires', 'Jeunesse', 'Ensemble', 'Demain'])}`,
  ])();
}

function stateBody(rng: Rng, loc: Locale): string {
  const employment = loc.year >= 2024 ? 'France Travail' : loc.year >= 2009 ? 'Pôle emploi' : 'ANPE';
  const options = [() => employment, () => 'Banque des Territoires'];
  if (loc.place) {
    const of = loc.place.of;
    options.push(() => `CAF ${of}`, () => `CPAM ${of}`, () => `Préfecture ${of}`, () => `Direction des services départementaux de l’Éducation nationale ${of}`);
  }
  if (loc.region) {
    const short = REGION_WORDS[loc.region].short;
    options.push(() => `ARS ${short}`, () => `ADEME ${short}`);
  }
  return rng.pick(options)();
}

function academic(rng: Rng, loc: Locale): string {
  const city = cityOf(loc, rng);
  const options = [() => `Lycée professionnel ${rng.pick(NAMESAKES)} ${ofCity(city)}`, () => `IUT ${ofCity(city)}`, () => `Collège ${rng.pick(NAMESAKES)} ${ofCity(city)}`];
  if (loc.region) options.push(() => rng.pick(REGION_WORDS[loc.region!].universities), () => rng.pick(REGION_WORDS[loc.region!].universities));
  return rng.pick(options)();
}

function citizens(rng: Rng, loc: Locale): string {
  const city = cityOf(loc, rng);
  return rng.pick([
    () => `Collectif d’habitants du quartier ${rng.pick(NEIGHBOURHOODS)}`,
    () => `Conseil citoyen ${ofCity(city)}`,
    () => `Collectif citoyen ${rng.pick(ASSO_CORES)}`,
    () => `Voisins solidaires ${atCity(city)}`,
  ])();
}

/** A party of the given type, named after the place where that makes sense. */
export function makeParty(rng: Rng, type: ActorTypeId, loc: Locale): Party {
  const name = {
    association: () => association(rng, loc),
    entreprise: () => company(rng),
    collectivite: () => localAuthority(rng, loc),
    fondation: () => foundation(rng),
    etat: () => stateBody(rng, loc),
    academique: () => academic(rng, loc),
    citoyens: () => citizens(rng, loc),
  }[type]();
  return { name, type };
}
