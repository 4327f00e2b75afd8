// Composes one plausible example from the word banks: title, texts, parties, place, taxonomy, dates.
import { ACTOR_TYPE_IDS, type ActorTypeId, type ModeId } from '#domain/facets.js';
import { capitalise, domainSlug, refOf } from './french.js';
import { locate, type Location } from './locate.js';
import { makeParty, type Party } from './partners.js';
import type { Rng } from './prng.js';
import type { SampleExample } from './sample-example.js';
import { contextSentence, governanceSentence, modeSentence, outlookSentence } from './sentences.js';
import type { ThemeBank, TitleTemplate } from './theme-bank.js';
import { audiencesOf } from './audiences.js';

/** The years an export was written in: older exports hold older examples. */
export interface Era {
  readonly maxYear: number;
  readonly updatedFrom: number;
  readonly updatedTo: number;
}

const MODE_WEIGHTS: Record<ModeId, number> = { mecenat: 35, 'pratiques-responsables': 20, 'cooperation-economique': 25, 'innovation-societale': 20 };
const LEAD_WEIGHTS: Record<ActorTypeId, number> = { association: 45, collectivite: 18, entreprise: 14, fondation: 5, etat: 5, academique: 7, citoyens: 4 };
const MODE_PARTNERS: Record<ModeId, readonly ActorTypeId[][]> = {
  mecenat: [['entreprise'], ['fondation'], ['entreprise', 'fondation']],
  'pratiques-responsables': [['entreprise', 'association']],
  'cooperation-economique': [['entreprise', 'association'], ['entreprise', 'association', 'collectivite']],
  'innovation-societale': [['association', 'entreprise', 'academique'], ['association', 'entreprise', 'collectivite']],
};

const pad = (n: number): string => String(n).padStart(2, '0');
const laterOf = (a: string, b: string): string => (a < b ? b : a);
const isoDate = (rng: Rng, year: number): string => `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;

function fill(rng: Rng, template: string, publicPhrase: string, where: string): string {
  return template
    .replaceAll('{public}', publicPhrase)
    .replaceAll('{place}', where)
    .replaceAll('{n}', String(rng.int(6, 48) * 10))
    .replaceAll('{m}', String(rng.int(8, 55)))
    .replaceAll('{k}', String(rng.int(3, 14)))
    .replaceAll('{p}', String(rng.int(35, 88)))
    .replaceAll('{e}', String(rng.int(15, 250)));
}

function parties(rng: Rng, mode: ModeId, loc: Location, year: number): { lead: Party; partners: Party[] } {
  const locale = { region: loc.region, place: loc.place, city: loc.city, year };
  const lead = makeParty(rng, rng.weighted(LEAD_WEIGHTS), locale);
  const types = [...rng.pick(MODE_PARTNERS[mode])];
  for (let extra = rng.int(0, 2); extra > 0; extra--) types.push(rng.pick(ACTOR_TYPE_IDS));
  const seen = new Set([lead.name]);
  const partners: Party[] = [];
  for (const type of types) {
    const party = makeParty(rng, type, locale);
    if (!seen.has(party.name)) partners.push(party), seen.add(party.name);
  }
  return { lead, partners };
}

function sdgsFor(rng: Rng, bank: ThemeBank, title: TitleTemplate): number[] {
  const set = new Set<number>([bank.sdgs[0]!]);
  if (typeof title !== 'string') for (const n of title.slice(1) as number[]) set.add(n);
  if (rng.chance(0.6)) set.add(rng.pick(bank.sdgs));
  if (rng.chance(0.55)) set.add(17);
  return [...set].sort((a, b) => a - b);
}

function yearFor(rng: Rng, era: Era): number {
  const band = rng.next();
  if (band < 0.1) return rng.int(1995, 2009);
  if (band < 0.4) return rng.int(2010, Math.min(2016, era.maxYear));
  return rng.int(Math.min(2017, era.maxYear), era.maxYear);
}

const SEA = /littoral|marin|pêche/;
const COASTAL_DEPARTMENTS = new Set('06 11 13 14 17 22 29 2A 2B 30 33 34 35 40 44 50 56 59 62 64 66 76 80 83 85 971 972 973 974 976'.split(' '));
const COASTAL_CITIES = new Set(
  'Nice|Cannes|Antibes|Marseille|Martigues|La Rochelle|Rochefort|Royan|Saint-Brieuc|Lannion|Brest|Morlaix|Ajaccio|Porto-Vecchio|Bastia|Calvi|Arcachon|Sète|Saint-Malo|Biscarrosse|Saint-Nazaire|Cherbourg-en-Cotentin|Granville|Vannes|Lorient|Dunkerque|Calais|Boulogne-sur-Mer|Bayonne|Biarritz|Le Havre|Dieppe|Fécamp|Toulon|Fréjus|Hyères|Les Sables-d’Olonne|Basse-Terre|Pointe-à-Pitre|Le Gosier|Fort-de-France|Le Robert|Schœlcher|Cayenne|Kourou|Le Port|Saint-Paul|Saint-Pierre|Mamoudzou|Dzaoudzi|Koungou'.split('|'),
);

/** Sea-related projects only on the coast: a coastal city, or a whole coastal département, region or France. */
function byTheSea(loc: Location): boolean {
  if (loc.scale === 'national') return true;
  if (loc.city) return COASTAL_CITIES.has(loc.city) && loc.departments.some((d) => COASTAL_DEPARTMENTS.has(d));
  return loc.departments.length === 0 ? loc.scale === 'regional' && COASTAL_DEPARTMENTS.has(loc.place?.code ?? '') : loc.departments.some((d) => COASTAL_DEPARTMENTS.has(d));
}

/** A title template that fits the place: sea-related projects on the coast only. */
function pickTemplate(rng: Rng, bank: ThemeBank, loc: Location): TitleTemplate {
  const isSea = (t: TitleTemplate): boolean => SEA.test(typeof t === 'string' ? t : t[0]);
  const sea = bank.titles.filter(isSea);
  if (!byTheSea(loc)) return rng.pick(bank.titles.filter((t) => !isSea(t)));
  return sea.length > 0 && rng.chance(0.4) ? rng.pick(sea) : rng.pick(bank.titles); // coasts favour their own projects
}

const NO_SITE = /^(Banque alimentaire|Mission locale|Centre social|Régie|Fondation de France)/;

/** Invented organisations get an invented site; real public bodies get none rather than a wrong one. */
function websiteOf(rng: Rng, lead: Party): string | undefined {
  if (!['association', 'entreprise', 'fondation', 'citoyens'].includes(lead.type) || NO_SITE.test(lead.name)) return undefined;
  return rng.chance(0.75) ? `https://www.${domainSlug(lead.name)}.${lead.type === 'entreprise' ? 'fr' : 'org'}` : undefined;
}

/** Builds one example; `taken` holds the titles already used, so every title is distinct. */
export function buildExample(rng: Rng, bank: ThemeBank, id: string, era: Era, taken: Set<string>): SampleExample {
  const loc = locate(rng);
  let template = pickTemplate(rng, bank, loc);
  let publicPhrase = '';
  let title = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    const stem = typeof template === 'string' ? template : template[0];
    const inline = /\{public:([^}]+)\}/.exec(stem);
    publicPhrase = rng.pick(inline ? inline[1]!.split('|') : bank.publics);
    title = `${stem.replace(/\{public(:[^}]+)?\}/, publicPhrase)} ${loc.titleSuffix}`;
    if (!taken.has(title)) break;
    template = pickTemplate(rng, bank, loc);
  }
  const year = yearFor(rng, era);
  if (taken.has(title)) title = `${title} (${year})`;
  for (let n = 2; taken.has(title); n++) title = `${title.replace(/ – volet \d+$/, '')} – volet ${n}`;
  taken.add(title);

  const mode = rng.weighted(MODE_WEIGHTS);
  const { lead, partners } = parties(rng, mode, loc, year);
  const all = [lead, ...partners];
  const ongoing = year >= era.maxYear - 6 ? rng.chance(0.8) : rng.chance(0.25);
  const endYear = Math.min(era.updatedTo, year + rng.int(1, 5));
  const updatedYear = rng.int(Math.max(year, era.updatedFrom), era.updatedTo);

  const summary = [fill(rng, rng.pick(bank.summaries), publicPhrase, loc.where)];
  if (rng.chance(0.6)) summary.push(modeSentence(rng, mode, all));
  if (rng.chance(0.2)) summary.push(`Porté par ${refOf(lead)}, il associe ${partners.length} partenaire${partners.length > 1 ? 's' : ''}.`);
  const actions = rng.sample(bank.actions, rng.int(2, 3));
  const description = [
    contextSentence(rng, loc.where, lead, partners[0]),
    actions.join(' '),
    `${modeSentence(rng, mode, all)} ${governanceSentence(rng)}`,
    outlookSentence(rng, ongoing, endYear),
  ].join('\n\n');
  const results = rng.sample(bank.results, rng.int(1, 2)).map((r) => fill(rng, r, publicPhrase, loc.where));
  if (rng.chance(0.03)) results.unshift(`+${rng.int(15, 60)} % de participants entre la première et la dernière année.`);

  const startDate = isoDate(rng, year);
  const themes = new Set([bank.theme]);
  if (rng.chance(0.5)) themes.add(rng.pick(bank.related));
  if (rng.chance(0.15)) themes.add(rng.pick(bank.related));
  const typesUsed = new Set(all.map((p) => p.type));

  return {
    id,
    title: capitalise(title),
    summary: summary.join(' '),
    description,
    results: results.join('\n'),
    lead,
    partners,
    actorTypes: ACTOR_TYPE_IDS.filter((t) => typesUsed.has(t)),
    regions: loc.regions,
    departments: loc.departments,
    city: loc.city,
    scale: loc.scale,
    sdgs: sdgsFor(rng, bank, template),
    themes: [...themes],
    audiences: audiencesOf(publicPhrase),
    mode,
    year,
    startDate,
    status: ongoing ? 'en-cours' : 'termine',
    website: websiteOf(rng, lead),
    updatedAt: laterOf(isoDate(rng, updatedYear), startDate),
  };
}
