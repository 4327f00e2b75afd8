import { maxYear } from '../example.js';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** ISO date (yyyy-mm-dd) from `dd/mm/yyyy` (also `.` or `-`) or ISO, with or without a time; undefined when not a real date. */
export function normaliseDate(value: string): string | undefined {
  const text = value.trim();
  const dmy = DMY.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const iso = ISO.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/** Start year from `2019`, `01/09/2019`, `2019-09-01` (or `09/2019`), within 1950 … next year. */
export function normaliseYear(value: string, now = new Date()): number | undefined {
  const text = value.trim();
  const plain = /^(\d{4})(?:\.0+)?$/.exec(text) ?? /^\d{1,2}[/.-](\d{4})$/.exec(text);
  const year = plain ? Number(plain[1]) : Number(normaliseDate(text)?.slice(0, 4));
  return Number.isInteger(year) && year >= 1950 && year <= maxYear(now) ? year : undefined;
}

const BARE_HOST = /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?:[/?#]\S*)?$/i;

/** http(s) URL; a bare `www.…` or `domaine.fr` becomes https. Any other scheme gives undefined (the caller reports it). */
export function normaliseWebsite(value: string): string | undefined {
  const text = value.trim();
  const candidate = /^https?:\/\//i.test(text) ? text : BARE_HOST.test(text) ? `https://${text}` : undefined;
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) return undefined;
    // Kept as typed (no added trailing slash) unless it needs encoding.
    return /\s/.test(candidate) ? url.href : candidate;
  } catch {
    return undefined;
  }
}
