import { z } from 'zod';
import { ExampleSchema } from '#domain/example.js';
import { FACETS } from '#domain/facet-registry.js';
import { ChangesQuerySchema, ExampleParamsSchema, ExportQuerySchema, FeedQuerySchema, SearchQuerySchema, StatsQuerySchema } from '#domain/query.js';
import { livePaths, LIVE_SCHEMAS, LIVE_SECURITY_SCHEMES } from './live-paths.js';
import { RESPONSE_SCHEMAS } from './response-schemas.js';

type JsonSchema = Record<string, unknown>;

const json = (schema: z.ZodType): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

// Facet params are described by the registry; the others here.
const PARAM_DOCS: Record<string, string> = {
  q: 'Recherche plein texte ; vide = tout.',
  ...Object.fromEntries(FACETS.map((f) => [f.param, f.about])),
  yearMin: 'Année de lancement minimale (incluse).',
  yearMax: 'Année de lancement maximale (incluse), égale ou postérieure à yearMin (sinon 400).',
  sort: 'Ordre ; à rang égal, par identifiant.',
  page: 'Page, à partir de 1.',
  hitsPerPage: 'Résultats par page (1–100).',
  format: 'Format du fichier.',
  sep: 'Séparateur CSV.',
  lang: 'Langue des en-têtes, libellés et textes (fr, en).',
  measure: 'Contenu des cellules du CSV : nombres, parts (de la ligne, de la colonne, de la sélection) ou indice de représentation.',
  since: 'Version des données sur laquelle le lien a été fait (paramètre v de la page).',
  rows: 'Dimension des lignes.',
  cols: 'Dimension des colonnes.',
  id: 'Identifiant de l’exemple.',
};

/** OpenAPI parameters from a strict object schema: the same schema that validates the request. */
function parameters(schema: z.ZodObject, where: 'query' | 'path'): JsonSchema[] {
  const properties = (json(schema).properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path',
    description: PARAM_DOCS[name],
    schema: property,
    ...(property.type === 'array' ? { style: 'form', explode: true } : {}),
  }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const content = (schema: JsonSchema, type = 'application/json') => ({ content: { [type]: { schema } } });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c], ...content(ref('Error')) }]));
const ERROR_TEXT: Record<number, string> = {
  304: 'Non modifié : le client a déjà cette version (If-None-Match).',
  400: 'Paramètre inconnu, valeur hors taxonomie ou nombre mal formé (invalid_request).',
  404: 'Introuvable (not_found).',
  412: 'Condition If-Match non satisfaite.',
  416: 'Plage (Range) impossible à servir.',
  429: 'Trop de requêtes (rate_limited) ; voir Retry-After.',
  503: 'Moteur de recherche indisponible (engine_unavailable) ou, pour les exports, trop d’exports en cours (busy) ; voir Retry-After.',
};

const get = (summary: string, params: JsonSchema[], ok: JsonSchema, codes: number[]) => ({
  get: { summary, parameters: params, responses: { '200': ok, ...errors(...codes) } },
});

/** The OpenAPI 3.1 document of api.md, generated from the domain schemas. */
export function buildOpenApi(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: { title: 'ODD 17 en pratiques — API des exemples', version: '1.0.0', description: 'Recherche, export et statistiques sur la base d’exemples de partenariats.' },
    servers: [{ url: '/' }],
    paths: {
      '/api/search': get('Rechercher (facettes disjonctives)', parameters(SearchQuerySchema, 'query'), { description: 'Une page de résultats', ...content(ref('SearchResponse')) }, [400, 429, 503]),
      '/api/examples/{id}': get('Un exemple', parameters(ExampleParamsSchema, 'path'), { description: 'L’exemple', ...content(ref('Example')) }, [400, 404, 429, 503]),
      '/api/export': get('Exporter tous les résultats', parameters(ExportQuerySchema, 'query'), {
        description: 'Fichier joint (en-tête X-Total-Count ; le nom du fichier porte le total). Un fichier entier se reconnaît : JSON finit par meta.count, NDJSON par la ligne {"end":true,"count":N}.',
        headers: { 'X-Total-Count': { schema: { type: 'integer' } } },
        content: { 'text/csv': {}, 'application/json': { schema: ref('ExportJson') }, 'application/x-ndjson': {}, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} },
      }, [400, 429, 503]),
      '/api/export/base.zip': {
        ...get('Toute la base en paquet de données (zip), préparée à chaque version des données', [], {
          description: 'Paquet de données Frictionless (CSV, JSON, datapackage.json, README, LICENCE) ; ETag = version des données ; Range accepté',
          headers: { ETag: { schema: { type: 'string' } }, 'Last-Modified': { schema: { type: 'string' } }, 'X-Total-Count': { schema: { type: 'integer' } } },
          content: { 'application/zip': {} },
        }, [304, 404, 412, 416, 429, 503]),
        head: { summary: 'Taille (Content-Length), date et version de toute la base, sans la télécharger', responses: { '200': { description: 'En-têtes du paquet' } } },
      },
      '/api/feed': get('Flux Atom d’une recherche : ses exemples les plus récents (50 au plus)', parameters(FeedQuerySchema, 'query'), { description: 'Flux Atom 1.0', content: { 'application/atom+xml': {} } }, [400, 429, 503]),
      '/api/changes': get('Ce qui a changé dans une recherche depuis une version des données', parameters(ChangesQuerySchema, 'query'), { description: 'Version en ligne ; exemples ajoutés et modifiés depuis since', ...content(ref('DataChanges')) }, [400, 429, 503]),
      '/api/stats': get('Tableau croisé', parameters(StatsQuerySchema, 'query'), { description: 'Comptes par couple de valeurs, totaux par ligne et par colonne', content: { 'application/json': { schema: ref('CrossTable') }, 'text/csv': {} } }, [400, 429, 503]),
      '/api/taxonomy': get('Taxonomie avec comptes', [], { description: 'Chaque facette et ses valeurs', ...content(ref('Taxonomy')) }, [429, 503]),
      '/api/health': get('État du service', [], { description: 'Disponible', ...content(ref('Health')) }, [503]),
      ...livePaths(json),
    },
    components: { schemas: { Example: json(ExampleSchema), ...RESPONSE_SCHEMAS, ...LIVE_SCHEMAS }, securitySchemes: LIVE_SECURITY_SCHEMES },
  };
}
