import { HttpError } from '../http/http-error.js';
import type { SessionDoc } from './live-store.js';

// The live mode's refusals, in the API's one error shape; `details.reason` lets a page say « terminée » or « inconnue » in its own language.

export function sessionGone(code: string, session: SessionDoc | undefined): HttpError {
  return session
    ? new HttpError(404, 'not_found', `La session en direct ${code} est terminée.`, { reason: 'ended' })
    : new HttpError(404, 'not_found', `Aucune session en direct n’a le code ${code}.`, { reason: 'unknown' });
}

export const wrongToken = (): HttpError =>
  new HttpError(401, 'unauthorized', 'Jeton de présentateur absent ou incorrect (en-tête Authorization: Bearer …).', undefined, { headers: { 'WWW-Authenticate': 'Bearer realm="live"' } });

export const tooManyStreams = (retryMs: number): HttpError =>
  new HttpError(429, 'rate_limited', 'Trop de connexions en direct depuis cette adresse : réessayez dans un instant.', undefined, { headers: { 'Retry-After': String(Math.ceil(retryMs / 1000)) } });

export const tooManyMisses = (): HttpError =>
  new HttpError(429, 'rate_limited', 'Trop de codes de session inconnus depuis cette adresse : patientez une minute.', undefined, { headers: { 'Retry-After': '60' } });
