import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { LIVE_CODE_ALPHABET, LIVE_CODE_LENGTH } from '#domain/live-code.js';

// The join code is public (projected, in a QR code); the presenter token is the only secret, kept by the engine as a hash.

/** A fresh join code, uniformly drawn from the 32⁴ codes. */
export function newLiveCode(): string {
  let body = '';
  for (let i = 0; i < LIVE_CODE_LENGTH; i++) body += LIVE_CODE_ALPHABET[randomInt(LIVE_CODE_ALPHABET.length)];
  return `ODD-${body}`;
}

/** 256 random bits, URL-safe. */
export const newPresenterToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
