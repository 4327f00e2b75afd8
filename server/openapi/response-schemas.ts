// Response shapes of api.md in JSON Schema (responses are built by the server, so no zod schema validates them).

const counts = { type: 'object', additionalProperties: { type: 'integer' } };
const term = { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, labelEn: { type: 'string' }, count: { type: 'integer' } } };
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
          code: { enum: ['invalid_request', 'not_found', 'rate_limited', 'engine_unavailable', 'internal'] },
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
      facets: { type: 'object', properties: Object.fromEntries(['region', 'actorType', 'sdg', 'theme', 'mode', 'scale', 'status'].map((f) => [f, counts])) },
      processingTimeMs: { type: 'integer' },
    },
  },
  ExportJson: {
    type: 'object',
    description: '`examples` first, `meta` last: a file whose `meta.count` is missing or differs from `meta.total` was cut.',
    properties: {
      examples: { type: 'array', items: { $ref: '#/components/schemas/Example' } },
      meta: { type: 'object', properties: { query: { type: 'string' }, filters: { type: 'object' }, sort: { type: 'string' }, total: { type: 'integer' }, exportedAt: { type: 'string', format: 'date-time' }, dataVersion: { type: ['string', 'null'] }, count: { type: 'integer', description: 'Exemples écrits dans le fichier.' } } },
    },
  },
  CrossTable: {
    type: 'object',
    properties: { rows: { type: 'array', items: dimensionValue }, cols: { type: 'array', items: dimensionValue }, counts: { type: 'array', items: { type: 'array', items: { type: 'integer' } } }, total: { type: 'integer' } },
  },
  Taxonomy: {
    type: 'object',
    properties: Object.fromEntries(['region', 'department', 'actorType', 'sdg', 'theme', 'mode', 'scale', 'status'].map((f) => [f, { type: 'array', items: term }])),
  },
  Health: {
    type: 'object',
    properties: { status: { enum: ['ok', 'unavailable'] }, engine: { enum: ['available', 'unavailable'] }, documents: { type: 'integer' }, dataVersion: { type: ['string', 'null'] } },
  },
};
