import { fold, slugify } from '../fold.js';

const VALID_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** cyrb53: a fast, well-spread 53-bit string hash (pure, so ids stay the same on every machine). */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Short, stable hash of a text, in base 36 (at most 11 characters). */
export const shortHash = (text: string): string => hash53(text).toString(36);

/**
 * The id of a row without a usable ID (data-format.md §3): readable slug of the title, then a hash of the folded title,
 * first region and lead, so the same example gets the same id on every import and two projects of one title but
 * different leads stay two. Without a lead the hash is the one ids had before leads counted, so those ids stay put.
 */
export function deriveId(title: string, firstRegion: string | undefined, lead?: string): string {
  const slug = slugify(title).slice(0, 48).replace(/-+$/, '') || 'exemple';
  const leadKey = lead ? fold(lead) : '';
  return `${slug}-${shortHash(`${fold(title)}|${firstRegion ?? ''}${leadKey ? `|${leadKey}` : ''}`)}`;
}

/** The ID column as an id: kept when valid; otherwise spaces and signs become `-` ("EX 001" → "EX-001"); undefined when nothing is left. */
export function idFromColumn(value: string): string | undefined {
  const text = value.trim();
  if (VALID_ID.test(text)) return text;
  const cleaned = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return VALID_ID.test(cleaned) ? cleaned : undefined;
}
