import type { z } from 'zod';
import { LIVE_CODE_ALPHABET } from '#domain/live-code.js';
import { LiveStateBodySchema } from '#domain/live.js';

// The live-session endpoints of api.md « Live sessions » for the OpenAPI document; the body schema is the validator's own.

type JsonSchema = Record<string, unknown>;

const body = (name: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });
const code = { name: 'code', in: 'path', required: true, description: `Code de session, ex. ODD-4821 (4 caractères parmi ${LIVE_CODE_ALPHABET} ; minuscules, O pour 0, I ou L pour 1 acceptés).`, schema: { type: 'string' } };
const bearer = [{ presenterToken: [] }];
const gone = { description: 'Session inconnue ou terminée (not_found ; details.reason : unknown ou ended).', ...body('LiveNotFound') };
const unauthorized = { description: 'Jeton de présentateur absent ou incorrect (unauthorized).', ...body('Error') };
const tooMany = { description: 'Trop de requêtes depuis cette adresse (rate_limited) ; voir Retry-After.', ...body('Error') };

/** The path items, with build-openapi's zod → JSON Schema conversion for the request body. */
export const livePaths = (json: (schema: z.ZodType) => JsonSchema) => ({
  '/api/live': {
    post: {
      summary: 'Démarrer une session en direct (webinaire)',
      responses: { '201': { description: 'Le code à donner aux participants et le jeton du présentateur (à garder secret).', ...body('LiveSession') }, '429': tooMany, '503': { description: 'Moteur indisponible.', ...body('Error') } },
    },
  },
  '/api/live/{code}': {
    get: { summary: 'Participants connectés à une session', parameters: [code], responses: { '200': { description: 'La session est en cours.', ...body('LiveParticipants') }, '404': gone, '429': tooMany } },
    delete: { summary: 'Terminer la session (les participants reçoivent event: end)', security: bearer, parameters: [code], responses: { '204': { description: 'Terminée.' }, '401': unauthorized, '404': gone } },
  },
  '/api/live/{code}/state': {
    put: {
      summary: 'Montrer un écran aux participants (présentateur)',
      description: 'path : l’écran et sa requête, tels que l’URL de l’application les porte. show: true (« Montrer à tous ») ramène aussi les participants qui exploraient seuls.',
      security: bearer,
      parameters: [code],
      requestBody: { required: true, content: { 'application/json': { schema: json(LiveStateBodySchema) } } },
      responses: { '204': { description: 'Envoyé aux participants.' }, '400': { description: 'Chemin refusé (invalid_request).', ...body('Error') }, '401': unauthorized, '404': gone },
    },
  },
  '/api/live/{code}/events': {
    get: {
      summary: 'Suivre la session (server-sent events)',
      description: 'Un event: state (data: {"path","seq"}, plus "show": true pour « Montrer à tous » ; id: seq) à la connexion et à chaque changement ; event: end quand elle se termine. Lignes de commentaire toutes les 15 s ; à la reconnexion (Last-Event-ID), l’état courant est renvoyé. Hors de la limite par requête ; au plus LIVE_STREAMS_PER_IP flux par adresse.',
      parameters: [code],
      responses: { '200': { description: 'Le flux d’événements.', content: { 'text/event-stream': { schema: { type: 'string' } } } }, '404': gone, '429': tooMany },
    },
  },
});

export const LIVE_SCHEMAS = {
  LiveSession: { type: 'object', required: ['code', 'presenterToken'], properties: { code: { type: 'string', example: 'ODD-4821' }, presenterToken: { type: 'string', description: '256 bits aléatoires en base64url.' } } },
  LiveParticipants: { type: 'object', properties: { code: { type: 'string' }, participants: { type: 'integer' } } },
  LiveNotFound: {
    type: 'object',
    properties: { error: { type: 'object', properties: { code: { const: 'not_found' }, message: { type: 'string' }, details: { type: 'object', properties: { reason: { enum: ['unknown', 'ended'] } } } } } },
  },
};

export const LIVE_SECURITY_SCHEMES = { presenterToken: { type: 'http', scheme: 'bearer', description: 'Le presenterToken de POST /api/live.' } };
