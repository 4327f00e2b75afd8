import { z } from 'zod';
import { LIVE_CODE_ALPHABET, LIVE_CODE_LENGTH, LIVE_PATH_MAX, isLiveCode, isLivePath, normaliseLiveCode } from './live-code.js';

// Live sessions (api.md « Live sessions »): the request schemas, over the plain rules of live-code.ts.

export const LiveCodeSchema = z
  .string()
  .max(20)
  .transform(normaliseLiveCode)
  .refine(isLiveCode, `un code de session comme « ODD-4821 » (${LIVE_CODE_LENGTH} caractères parmi ${LIVE_CODE_ALPHABET})`);

export const LivePathSchema = z.string().refine(isLivePath, {
  message: `un chemin de ce site (/, /statistiques ou /exemples/:id, suivi de sa requête encodée), jamais une adresse complète, ${LIVE_PATH_MAX} caractères au plus`,
});

/** Body of PUT /api/live/:code/state; `show`: « Montrer à tous », participants exploring alone are brought back too. */
export const LiveStateBodySchema = z.strictObject({ path: LivePathSchema, show: z.boolean().optional() });
