import { describe, expect, it } from 'vitest';
import { LIVE_CODE_SPACE, isLiveCode, isLivePath, normaliseLiveCode } from '#domain/live-code.js';
import { LiveCodeSchema, LiveStateBodySchema } from '#domain/live.js';
import { hashToken, newLiveCode, newPresenterToken, tokenMatches } from '#server/live/live-secrets.js';

describe('live codes', () => {
  it('draws codes of the form ODD-XXXX from 32⁴ = 1,048,576, without I, L, O or U', () => {
    expect(LIVE_CODE_SPACE).toBe(1_048_576);
    const codes = Array.from({ length: 2_000 }, newLiveCode);
    for (const code of codes) expect(code).toMatch(/^ODD-[0-9A-HJKMNP-TV-Z]{4}$/);
    // 2,000 draws from a million: a handful of repeats at most, never a small set.
    expect(new Set(codes).size).toBeGreaterThan(1_990);
  });

  it('reads a code as people type it: lower case, a space, O for zero, I or L for one', () => {
    expect(normaliseLiveCode('odd-k7p4')).toBe('ODD-K7P4');
    expect(normaliseLiveCode(' ODD K7P4 ')).toBe('ODD-K7P4');
    expect(normaliseLiveCode('ODD-O1LI')).toBe('ODD-0111');
    expect(normaliseLiveCode('k7p4')).toBe('ODD-K7P4');
    expect(LiveCodeSchema.parse('odd-4821')).toBe('ODD-4821');
  });

  it('refuses codes of another length or with letters outside the alphabet', () => {
    for (const code of ['ODD-482', 'ODD-48210', 'ODD-48U1', 'ODD-48*1', '']) {
      expect(LiveCodeSchema.safeParse(code).success, code).toBe(false);
      expect(isLiveCode(code)).toBe(false);
    }
  });
});

describe('presenter tokens', () => {
  it('are 256 random bits, matched only by themselves through their hash', () => {
    const token = newPresenterToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newPresenterToken()).not.toBe(token);
    const stored = hashToken(token);
    expect(stored).not.toContain(token);
    expect(tokenMatches(token, stored)).toBe(true);
    expect(tokenMatches(`${token.slice(0, -1)}A`, stored)).toBe(token.endsWith('A'));
    expect(tokenMatches(token, 'abcd')).toBe(false);
  });
});

describe('live paths', () => {
  it('accepts the screens of this site with their encoded query', () => {
    for (const path of ['/', '/?q=cantine&region=bretagne', '/?q=num%C3%A9rique+solidaire&sdg=4&sdg=13&page=2&sort=year:desc', '/statistiques?rows=region&cols=sdg', '/exemples/bzh-edu', '/exemples/ex_001?q=jardins']) {
      expect(isLivePath(path), path).toBe(true);
    }
  });

  it('refuses absolute and protocol-relative URLs, other paths, fragments, raw spaces and overlong paths', () => {
    for (const path of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/admin', '/direct/ODD-4821', '/exemples/a/b', '/exemples/../admin', '/?q=a b', '/?q=<script>', '/#x', '/?q=%zz', `/?q=${'a'.repeat(2_000)}`, '']) {
      expect(isLivePath(path), path).toBe(false);
    }
  });

  it('says what a bad state body should hold, in French', () => {
    const parsed = LiveStateBodySchema.safeParse({ path: 'https://evil.example/' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/chemin de ce site.*jamais une adresse complète/);
    expect(LiveStateBodySchema.safeParse({ path: '/', other: 1 }).success).toBe(false);
  });
});
