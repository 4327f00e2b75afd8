import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

export const VISITOR_COOKIE = 'odd17_visiteur';
const MAX_AGE_SECONDS = 7 * 24 * 3600;
const VALUE = /^v1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

/** The cookies' signing key, derived from a key every app process of one deployment holds (the engine's). */
export function visitorSecret(engineKey: string): Buffer {
  return createHmac('sha256', engineKey).update('odd17 visitor cookie v1').digest();
}

export interface VisitorCookies {
  /** The visitor id of a valid cookie, or undefined (absent, forged, or from another deployment). */
  read(req: Request): string | undefined;
  /** A new visitor: its id, its cookie set on the response. */
  issue(req: Request, res: Response): string;
}

/**
 * Anonymous signed visitor ids (`v1.<id>.<mac>`): nothing is stored, so every app process behind a load balancer
 * accepts every other's cookies. The id is random and names no one; it only gives each browser its own budget.
 */
export function createVisitorCookies(secret: Buffer): VisitorCookies {
  const mac = (id: string) => createHmac('sha256', secret).update(`v1.${id}`).digest().subarray(0, 16).toString('base64url');
  return {
    read(req) {
      const value = cookieValue(req.headers.cookie, VISITOR_COOKIE);
      const parts = value ? VALUE.exec(value) : null;
      if (!parts) return undefined;
      const expected = Buffer.from(mac(parts[1]!));
      const given = Buffer.from(parts[2]!);
      return expected.length === given.length && timingSafeEqual(expected, given) ? parts[1] : undefined;
    },
    issue(req, res) {
      const id = randomBytes(16).toString('base64url');
      const attributes = ['Path=/', `Max-Age=${MAX_AGE_SECONDS}`, 'HttpOnly', 'SameSite=Lax', ...(req.secure ? ['Secure'] : [])];
      res.append('Set-Cookie', `${VISITOR_COOKIE}=v1.${id}.${mac(id)}; ${attributes.join('; ')}`);
      return id;
    },
  };
}

/** One cookie's value from a Cookie header (no library for a single name). */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header || header.length > 8_192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
