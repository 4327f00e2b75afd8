// An older export: UTF-8 without BOM, `,`, English headers, pre-2016 region names, no actor-types column.
import type { RegionId } from '#domain/regions.js';
import type { Dialect } from './dialect.js';
import { modeLabel, regionCode, regionLabel, scaleLabel, statusLabel, themeLabel } from './labels.js';
import { BRACKET_TYPE } from './dialect-plateforme.js';
import type { Rng } from './prng.js';
import { OLD_REGION_OF } from './region-words.js';

const LEAD_TYPE: Readonly<Record<string, string>> = {
  association: 'Associations',
  entreprise: 'Entreprises',
  collectivite: 'Collectivités territoriales',
  fondation: 'Fondations',
  etat: 'Services de l’État',
  academique: 'Acteurs académiques',
  citoyens: 'Citoyens',
};

/** Old exports name the pre-2016 region of the example's first département when there was one. */
function regionSpelling(rng: Rng, id: RegionId, departments: readonly string[]): string {
  if (id === 'national') return rng.pick(['France entière', 'National']);
  const old = departments.map((d) => OLD_REGION_OF[d]).find(Boolean);
  const roll = rng.next();
  if (old && roll < 0.75) return old;
  if (roll < 0.9) return regionLabel(id);
  return regionCode(id)!;
}

export const ANCIEN: Dialect = {
  file: 'ancien-export.csv',
  encoding: 'utf8',
  bom: false,
  delimiter: ',',
  recordDelimiter: '\n',
  share: 0.2,
  era: { maxYear: 2020, updatedFrom: 2019, updatedTo: 2021 },
  columns: [
    ['id', 'id'], ['title', 'title'], ['summary', 'summary'], ['description', 'description'], ['results', 'results'],
    ['lead', 'lead'], ['leadType', 'lead type'], ['partners', 'partners'], ['regions', 'region'], ['departments', 'department'],
    ['city', 'city'], ['scale', 'scale'], ['sdgs', 'SDG'], ['themes', 'themes'], ['mode', 'partnership mode'],
    ['year', 'start year'], ['status', 'status'], ['website', 'website'], ['updatedAt', 'updated'],
  ],
  render(ex, rng) {
    return {
      id: ex.id,
      title: ex.title,
      summary: ex.summary,
      description: ex.description,
      results: ex.results,
      lead: ex.lead.name,
      leadType: LEAD_TYPE[ex.lead.type],
      partners: ex.partners.map((p) => (rng.chance(0.5) ? `${p.name} (${BRACKET_TYPE[p.type]})` : p.name)).join('; '),
      regions: ex.regions.map((r) => regionSpelling(rng, r, ex.departments)).join('; '),
      departments: ex.departments.join('; '),
      city: ex.city,
      scale: scaleLabel(ex.scale),
      sdgs: ex.sdgs.map((n) => `SDG ${n}`).join('; '),
      themes: ex.themes.map(themeLabel).join(', '),
      mode: modeLabel(ex.mode),
      year: ex.startDate ?? '',
      status: ex.status && statusLabel(ex.status),
      website: ex.website && rng.chance(0.4) ? ex.website.replace(/^https:/, 'http:') : ex.website,
      updatedAt: ex.updatedAt,
    };
  },
};
