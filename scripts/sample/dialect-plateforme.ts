// The hosted platform's export: UTF-8 with BOM, `;`, exact French headers, rich-text HTML in the texts.
import type { Dialect } from './dialect.js';
import { actorLabel, audienceLabel, departmentName, modeLabel, regionLabel, scaleLabel, sdgLabel, sdgLabelIsSplitSafe, statusLabel, themeLabel } from './labels.js';
import type { Rng } from './prng.js';

const LEAD_TYPE: Readonly<Record<string, string>> = {
  association: 'Association',
  entreprise: 'Entreprise',
  collectivite: 'Collectivité territoriale',
  fondation: 'Fondation',
  etat: 'Service de l’État',
  academique: 'Acteur académique',
  citoyens: 'Citoyens',
};
export const BRACKET_TYPE: Readonly<Record<string, string>> = {
  association: 'association',
  entreprise: 'entreprise',
  collectivite: 'collectivité',
  fondation: 'fondation',
  etat: 'État',
  academique: 'académique',
  citoyens: 'citoyens',
};
const ENTITIES: Readonly<Record<string, string>> = { é: '&eacute;', è: '&egrave;', à: '&agrave;', '’': '&rsquo;', ê: '&ecirc;', ç: '&ccedil;' };

/** Rich-text export: paragraphs in <p>, sometimes accents as HTML entities. */
function richText(rng: Rng, paragraphs: string[]): string {
  const html = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return rng.chance(0.3) ? html.replace(/[éèàêç’]/g, (c) => ENTITIES[c]!) : html;
}

export const PLATEFORME: Dialect = {
  file: 'export-plateforme-2024.csv',
  encoding: 'utf8',
  bom: true,
  delimiter: ';',
  recordDelimiter: '\n',
  share: 0.5,
  era: { maxYear: 2024, updatedFrom: 2023, updatedTo: 2024 },
  columns: [
    ['id', 'ID'], ['title', 'Titre'], ['summary', 'Résumé'], ['description', 'Description'], ['results', 'Résultats / Impact'],
    ['lead', 'Porteur'], ['leadType', 'Type de porteur'], ['partners', 'Partenaires'], ['actorTypes', "Types d'acteurs"],
    ['regions', 'Région'], ['departments', 'Département'], ['city', 'Commune'], ['scale', 'Échelle'], ['sdgs', 'ODD'],
    ['themes', 'Thématiques'], ['audiences', 'Public cible'], ['mode', 'Mode de partenariat'], ['year', 'Année de lancement'], ['status', 'Statut'],
    ['website', 'Site web'], ['updatedAt', 'Date de mise à jour'],
  ],
  render(ex, rng) {
    const html = rng.chance(0.35);
    const longSdgs = rng.chance(0.5);
    return {
      id: ex.id,
      title: ex.title,
      summary: rng.chance(0.1) ? `<p>${ex.summary}</p>` : ex.summary,
      description: html ? richText(rng, ex.description.split('\n\n')) : ex.description,
      results: html ? ex.results.split('\n').join('<br>') : ex.results,
      lead: ex.lead.name,
      leadType: LEAD_TYPE[ex.lead.type],
      partners: ex.partners.map((p) => (rng.chance(0.4) ? `${p.name} (${BRACKET_TYPE[p.type]})` : p.name)).join(' | '),
      actorTypes: ex.actorTypes.map(actorLabel).join(' | '),
      regions: ex.regions.map(regionLabel).join(' | '),
      departments: ex.departments.map((code) => `${departmentName(code)} (${code})`).join(' | '),
      city: ex.city,
      scale: scaleLabel(ex.scale),
      sdgs: ex.sdgs.map((n) => (longSdgs && sdgLabelIsSplitSafe(n) ? `ODD ${n} - ${sdgLabel(n)}` : `ODD ${n}`)).join(' | '),
      themes: ex.themes.map(themeLabel).join(' | '),
      audiences: ex.audiences.map(audienceLabel).join(' | '),
      mode: modeLabel(ex.mode),
      year: ex.year === undefined ? '' : String(ex.year),
      status: ex.status && statusLabel(ex.status),
      website: ex.website,
      updatedAt: ex.updatedAt,
    };
  },
};
