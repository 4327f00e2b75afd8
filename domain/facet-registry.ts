// The facet registry: one entry per facet, and everything that repeats a facet (request schemas, header mapping,
// normalisation, index settings, keywords, taxonomy, export columns, stats axes, OpenAPI, the web's panels and chips)
// is derived from it. Pure data, zod-free: the browser imports it without the validation library.
import { DEPARTMENTS } from './departments.js';
import { ACTOR_TYPES, AUDIENCES, MODES, SCALES, STATUSES, THEMES, type Term } from './facets.js';
import { OLD_REGIONS, REGIONS } from './regions.js';
import { SDGS } from './sdgs.js';

/** The product's two languages. */
export type Lang = 'fr' | 'en';

/** A text in both languages of the product. */
export interface Words {
  readonly fr: string;
  readonly en: string;
}

/** How a value reads beyond its label: `{id}` and `{label}` are filled in (e.g. "ODD {id} - {label}"). */
export interface ValueForm {
  readonly fr: string;
  readonly en: string;
}

export interface Facet<P extends string = string, F extends string = string, Id extends string | number = string | number, M extends boolean = boolean> {
  /** API param of search, export, stats and feed, and the URL key of the page. */
  readonly param: P;
  /** Field of the Example document and attribute of the index. */
  readonly field: F;
  /** Several values per example (an array) or at most one. */
  readonly multi: M;
  /** Its values in display order. */
  readonly terms: readonly Term<Id>[];
  /** The facet's name: legend of its panel, stats axis, export metadata. */
  readonly name: Words;
  /** Its name before several values (an example page's « Thématiques : … »). */
  readonly plural: Words;
  /** A place: shown with the city under « Où » on an example's page. */
  readonly place?: boolean;
  /** CSV headers that name it, compared folded and singular; the first French and English ones head exports. */
  readonly headers: { readonly fr: readonly string[]; readonly en: readonly string[] };
  /** Words a cell may put before a value ("Région Bretagne", "Département 35"), dropped when the value alone is known. */
  readonly prefixes?: readonly string[];
  /** A value's reading in files (export cells, re-importable) and on screen (chips, stats, metadata), beyond its label. */
  readonly exportForm?: ValueForm;
  readonly displayForm?: ValueForm;
  /** Where room is short (a table's column heads): "ODD 4". */
  readonly shortForm?: ValueForm;
  /** What the index adds to an example's searchable keywords for this value, when not its French label ("ODD 4 Éducation…"). */
  readonly keywordForm?: ValueForm;
  /** Put before a value in export file names when the value alone would be a bare number ("odd4", "dep35"). */
  readonly slug?: string;
  /** A parser of its own beyond the spellings of its terms (codes with names, numbered SDG forms). */
  readonly parser?: 'department' | 'sdg';
  /** Counted in search answers (`facets`) and shown as a filter panel. */
  readonly counted: boolean;
  /** Its labels are indexed with each example, so typing "Bretagne" or "santé" finds it. */
  readonly keywords: boolean;
  /** Offered as a row or column of the statistics' cross-table. */
  readonly crossTab: boolean;
  /** Drawn on the map (regions). */
  readonly map?: boolean;
  /** The param's description in the OpenAPI document. */
  readonly about: string;
}

/** Keeps every literal of an entry (param, field, flags) in its type, so derived types know each facet. */
const define = <const T extends Facet>(facet: T): T => facet;

// Region terms carry the INSEE code (with and without its leading zero) and the pre-2016 names as spellings.
const REGION_TERMS: readonly Term<(typeof REGIONS)[number]['id']>[] = REGIONS.map((r) => ({
  id: r.id,
  label: r.label,
  labelEn: r.labelEn,
  aliases: [...r.aliases, ...(r.code ? [r.code, String(Number(r.code))] : []), ...OLD_REGIONS.filter((o) => o.region === r.id).map((o) => o.name)],
}));

export const REGION = define({
  param: 'region', field: 'regions', multi: true, terms: REGION_TERMS,
  name: { fr: 'Région', en: 'Region' }, plural: { fr: 'Régions', en: 'Regions' }, place: true,
  headers: { fr: ['Région', 'Régions'], en: ['region'] },
  prefixes: ['region'],
  counted: true, keywords: true, crossTab: true, map: true,
  about: 'Région (répétable, valeurs OU) ; implicite quand un département est donné à l’import.',
});

export const DEPARTMENT = define({
  param: 'department', field: 'departments', multi: true,
  terms: DEPARTMENTS.map((d) => ({ id: d.code, label: d.name, labelEn: d.name, aliases: [] })),
  name: { fr: 'Département', en: 'Department' }, plural: { fr: 'Départements', en: 'Departments' }, place: true,
  headers: { fr: ['Département', 'Départements', 'Dept', 'Dpt'], en: ['department', 'Departments'] },
  prefixes: ['departement', 'dept', 'dpt'],
  exportForm: { fr: '{label} ({id})', en: '{label} ({id})' },
  displayForm: { fr: '{label} ({id})', en: '{label} ({id})' },
  parser: 'department', slug: 'dep',
  counted: false, keywords: true, crossTab: false,
  about: 'Code de département (répétable) : 35, 2A, 974.',
});

export const ACTOR_TYPE = define({
  param: 'actorType', field: 'actorTypes', multi: true, terms: ACTOR_TYPES,
  name: { fr: "Type d'acteur", en: 'Actor type' }, plural: { fr: 'Types d’acteurs', en: 'Actor types' },
  headers: { fr: ['Types d’acteurs', "Type d'acteur", 'Acteurs', 'Types de partenaires'], en: ['actor types', 'Actor type'] },
  counted: true, keywords: true, crossTab: true,
  about: 'Type d’acteurs (répétable) ; à l’import, réunion de la colonne et des types du porteur et des partenaires.',
});

export const SDG = define({
  param: 'sdg', field: 'sdgs', multi: true,
  terms: SDGS.map((s) => ({ id: s.id, label: s.label, labelEn: s.labelEn, aliases: [], color: s.color })),
  name: { fr: 'ODD', en: 'SDG' }, plural: { fr: 'ODD', en: 'SDGs' },
  headers: { fr: ['ODD', 'ODD concernés', 'Objectifs de développement durable'], en: ['SDG', 'SDGs', 'Sustainable development goals'] },
  exportForm: { fr: 'ODD {id} - {label}', en: 'SDG {id} - {label}' },
  displayForm: { fr: 'ODD {id} – {label}', en: 'SDG {id} – {label}' },
  shortForm: { fr: 'ODD {id}', en: 'SDG {id}' },
  keywordForm: { fr: 'ODD {id} {label}', en: 'SDG {id} {label}' },
  parser: 'sdg', slug: 'odd',
  counted: true, keywords: true, crossTab: true,
  about: 'ODD, entier 1–17 (répétable).',
});

export const THEME = define({
  param: 'theme', field: 'themes', multi: true, terms: THEMES,
  name: { fr: 'Thématique', en: 'Theme' }, plural: { fr: 'Thématiques', en: 'Themes' },
  headers: { fr: ['Thématiques', 'Thématique', 'Thèmes', 'Tags', 'Mots-clés', 'Étiquettes'], en: ['themes', 'Topics', 'Tags', 'Keywords'] },
  counted: true, keywords: true, crossTab: true,
  about: 'Thématique (répétable).',
});

export const AUDIENCE = define({
  param: 'audience', field: 'audiences', multi: true, terms: AUDIENCES,
  name: { fr: 'Public', en: 'Audience' }, plural: { fr: 'Publics', en: 'Audiences' },
  headers: { fr: ['Public cible', 'Public', 'Publics', 'Publics cibles', 'Bénéficiaires'], en: ['target audience', 'Audience', 'Beneficiaries'] },
  counted: true, keywords: true, crossTab: true,
  about: 'Public cible : à qui le partenariat s’adresse (répétable).',
});

export const MODE = define({
  param: 'mode', field: 'mode', multi: false, terms: MODES,
  name: { fr: 'Mode de partenariat', en: 'Partnership mode' }, plural: { fr: 'Mode de partenariat', en: 'Partnership mode' },
  headers: { fr: ['Mode de partenariat', 'Mode', 'Type de partenariat'], en: ['partnership mode', 'Partnership type'] },
  counted: true, keywords: true, crossTab: true,
  about: 'Mode de partenariat, selon les quatre modes du RAMEAU (répétable, valeurs OU).',
});

export const SCALE = define({
  param: 'scale', field: 'scale', multi: false, terms: SCALES,
  name: { fr: 'Échelle', en: 'Scale' }, plural: { fr: 'Échelle', en: 'Scale' },
  headers: { fr: ['Échelle', "Échelle d'intervention", 'Périmètre'], en: ['scale'] },
  counted: true, keywords: false, crossTab: true,
  about: 'Échelle d’action (répétable, valeurs OU).',
});

export const STATUS = define({
  param: 'status', field: 'status', multi: false, terms: STATUSES,
  name: { fr: 'Statut', en: 'Status' }, plural: { fr: 'Statut', en: 'Status' },
  headers: { fr: ['Statut', 'État', 'Etat du projet'], en: ['status'] },
  counted: true, keywords: false, crossTab: true,
  about: 'Statut du projet (répétable, valeurs OU).',
});

const ENTRIES = [REGION, DEPARTMENT, ACTOR_TYPE, SDG, THEME, AUDIENCE, MODE, SCALE, STATUS] as const;

/** One entry of the registry (with the optional fields of `Facet` readable on every one). */
export type AnyFacet = (typeof ENTRIES)[number] & Facet;

/** Every facet, in display order (panels, taxonomy, export columns). */
export const FACETS: readonly AnyFacet[] = ENTRIES;
export type FacetParam = AnyFacet['param'];
export type FacetField = AnyFacet['field'];
/** The id type of one facet, by its param. */
export type FacetId<P extends FacetParam> = Extract<AnyFacet, { param: P }>['terms'][number]['id'];

/** Facets with counts in search answers and a panel on the page. */
export const COUNTED_FACETS = FACETS.filter((f) => f.counted);
export type CountedParam = Extract<AnyFacet, { counted: true }>['param'];
/** Dimensions of the statistics' cross-table: the cross-tabulable facets, then the start year. */
export type StatsDimension = Extract<AnyFacet, { crossTab: true }>['param'] | 'year';
export const STATS_DIMENSIONS = [...FACETS.filter((f) => f.crossTab).map((f) => f.param), 'year'] as unknown as [StatsDimension, ...StatsDimension[]];

const BY_PARAM = new Map<string, AnyFacet>(FACETS.map((f) => [f.param, f]));
/** The facet of an API param. */
export const facetOf = <P extends FacetParam>(param: P): Extract<AnyFacet, { param: P }> => BY_PARAM.get(param) as Extract<AnyFacet, { param: P }>;
/** The ids of a facet, in display order. */
export const idsOf = <P extends FacetParam>(param: P): FacetId<P>[] => facetOf(param).terms.map((t) => t.id) as FacetId<P>[];

const FORMS = {
  export: (f: AnyFacet) => f.exportForm,
  display: (f: AnyFacet) => f.displayForm,
  short: (f: AnyFacet) => f.shortForm,
  keyword: (f: AnyFacet) => f.keywordForm,
};

const TERMS = new Map<string, Map<string, Term>>(FACETS.map((f) => [f.param, new Map((f.terms as readonly Term[]).map((t) => [String(t.id), t]))]));
/** The term of a facet value, by id (a number or its string); undefined for an unknown id. */
export const termOf = (facet: AnyFacet, id: string | number): Term | undefined => TERMS.get(facet.param)!.get(String(id));

/** A value's reading in `form` (or its label), in a language; an unknown id reads as itself rather than being lost. */
export function valueLabel(facet: AnyFacet, id: string | number, lang: Lang, form?: 'export' | 'display' | 'short' | 'keyword'): string {
  const term = termOf(facet, id);
  if (!term) return String(id);
  const label = lang === 'en' ? term.labelEn : term.label;
  const template = form ? FORMS[form](facet) : undefined;
  return template ? template[lang].replace('{id}', String(term.id)).replace('{label}', label) : label;
}

/** Words that join the parts of a compound label (`EDUCATION ET JEUNESSE`): each part is read as a value of its own. */
export const COMPOUND_JOINERS = ['et', 'and', '&', '+'] as const;

/** The years a start year and a year filter may take (data-format.md keeps start years from 1950). */
export const YEARS = { min: 1950, max: 2100 } as const;

/** Orders of the results (api.md); equal ranks are always broken by id. */
export const SORTS = ['relevance', 'year:desc', 'year:asc', 'title:asc', 'firstPublished:desc'] as const;
export type Sort = (typeof SORTS)[number];

/** How the page and export metadata name each order. */
export const SORT_NAMES: Record<Sort, Words> = {
  relevance: { fr: 'Pertinence', en: 'Relevance' },
  'year:desc': { fr: 'Plus récents', en: 'Newest first' },
  'year:asc': { fr: 'Plus anciens', en: 'Oldest first' },
  'title:asc': { fr: 'Titre (A → Z)', en: 'Title (A → Z)' },
  'firstPublished:desc': { fr: 'Ajoutés récemment', en: 'Recently added' },
};
