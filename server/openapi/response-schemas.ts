// Response shapes of api.md in JSON Schema (responses are built by the server, so no zod schema validates them).
import { COUNTED_FACETS, FACETS } from '#domain/facet-registry.js';

const counts = { type: 'object', additionalProperties: { type: 'integer' } };
const term = {
  type: 'object',
  properties: { id: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, label: { type: 'string' }, labelEn: { type: 'string' }, count: { type: 'integer' }, color: { type: 'string' }, region: { type: 'string' } },
};
const dimensionValue = { oneOf: [{ type: 'string' }, { type: 'integer' }] };

export const RESPONSE_SCHEMAS = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { enum: ['invalid_request', 'unauthorized', 'not_found', 'rate_limited', 'engine_unavailable', 'internal'] },
          message: { type: 'string' },
          details: { type: 'array', items: { type: 'object', properties: { param: { type: 'string' }, value: {}, expected: { type: 'string' } } } },
        },
      },
    },
  },
  SearchResponse: {
    type: 'object',
    properties: {
      hits: {
        type: 'array',
        items: {
          allOf: [
            { $ref: '#/components/schemas/Example' },
            { type: 'object', properties: { highlight: { type: 'object', properties: { title: { type: 'string' }, summary: { type: 'string' } }, description: 'Texte échappé ; seules balises : <mark>…</mark>.' } } },
          ],
        },
      },
      totalHits: { type: 'integer' },
      page: { type: 'integer' },
      hitsPerPage: { type: 'integer' },
      totalPages: { type: 'integer' },
      facets: { type: 'object', properties: Object.fromEntries(COUNTED_FACETS.map((f) => [f.param, counts])) },
      processingTimeMs: { type: 'integer' },
    },
  },
  ExportJson: {
    type: 'object',
    description: '`examples` first, `meta` last: a file whose `meta.count` is missing or differs from `meta.total` was cut.',
    properties: {
      examples: { type: 'array', items: { $ref: '#/components/schemas/Example' } },
      meta: {
        type: 'object',
        properties: {
          query: { type: 'string' }, filters: { type: 'object' }, sort: { type: 'string' }, total: { type: 'integer' }, exportedAt: { type: 'string', format: 'date-time' }, dataVersion: { type: ['string', 'null'] },
          lang: { enum: ['fr', 'en'] },
          description: { type: 'array', items: { type: 'string' }, description: 'La sélection en mots, dans la langue de l’export : « Région : Bretagne, Normandie ».' },
          link: { type: 'string', description: 'Le lien qui rouvre la même recherche (avec v=<version des données>).' },
          citation: { type: 'string' },
          count: { type: 'integer', description: 'Exemples écrits dans le fichier.' },
        },
      },
    },
  },
  CrossTable: {
    type: 'object',
    properties: {
      rows: { type: 'array', items: dimensionValue, description: 'Toutes les valeurs de la facette (zéros compris) ; années de la première à la dernière.' },
      cols: { type: 'array', items: dimensionValue },
      counts: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
      total: { type: 'integer' },
      rowTotals: { type: 'array', items: { type: 'integer' }, description: 'Exemples ayant chaque valeur de ligne (un exemple compte une fois).' },
      colTotals: { type: 'array', items: { type: 'integer' } },
    },
  },
  DataChanges: {
    type: 'object',
    properties: {
      dataVersion: { type: ['string', 'null'] },
      publishedAt: { type: ['string', 'null'], format: 'date-time' },
      since: {
        type: 'object',
        properties: {
          dataVersion: { type: 'string' },
          publishedAt: { type: ['string', 'null'], format: 'date-time', description: 'Mise en ligne de cette version ; null si l’historique ne la connaît pas.' },
          added: { type: ['integer', 'null'] },
          changed: { type: ['integer', 'null'] },
        },
      },
    },
  },
  Taxonomy: {
    type: 'object',
    properties: Object.fromEntries(FACETS.map((f) => [f.param, { type: 'array', items: term }])),
  },
  Health: {
    type: 'object',
    properties: { status: { enum: ['ok', 'unavailable'] }, engine: { enum: ['available', 'unavailable'] }, documents: { type: 'integer' }, dataVersion: { type: ['string', 'null'] } },
  },
};
