import { maxYear } from '../example.js';
import { Memo } from './memo.js';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

// Exports repeat their dates: each spelling is read once.
const DATES = new Memo(readDate, 10_000);

/** ISO date (yyyy-mm-dd) from `dd/mm/yyyy` (also `.` or `-`) or ISO, with or without a time; undefined when not a real date. */
export function normaliseDate(value: string): string | undefined {
  return DATES.get(value);
}

function readDate(value: string): string | undefined {
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
  return inRange(year, now) ? year : undefined;
}

const inRange = (year: number, now: Date): boolean => Number.isInteger(year) && year >= 1950 && year <= maxYear(now);
// A year inside a short text: `Lauréats 2016`, `Promotion 2019 – Bretagne`.
const YEAR_IN_TEXT = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;
const SHORT_TEXT = 80;

/** The one year a short text names (`Lauréats 2016`), when it names exactly one within 1950 … next year. */
export function yearInText(value: string, now = new Date()): number | undefined {
  if (value.length > SHORT_TEXT) return undefined;
  const years = new Set([...value.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1])).filter((y) => inRange(y, now)));
  return years.size === 1 ? [...years][0] : undefined;
}

const BARE_HOST = /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?:[/?#]\S*)?$/i;
const LINK = /^https?:\/\/\S+$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A checked http(s) URL: a host with a dot, no user name or password (`http://a@b` is refused). */
function checkedUrl(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.') || url.username || url.password) return undefined;
    return candidate;
  } catch {
    return undefined;
  }
}

/** What a website cell gives: its URL, whether it was picked among other things, and what was dropped (other schemes, refused links). */
export interface WebsiteReading {
  url?: string;
  picked: boolean;
  dropped: string[];
}

/**
 * A website cell (data-format.md §1): `https://…`, `http://…` or a bare `www.…` (becomes https); a cell holding several
 * things gives its first http(s) link, and a URL is never built from a cell with spaces; anything else is dropped.
 */
export function readWebsite(cell: string): WebsiteReading {
  const tokens = cell.trim().split(/\s+|[;|,](?=\s|$)/).map((t) => t.replace(/^[<(["']+|[>)\]"'.,;:!?]+$/g, '')).filter((t) => t !== '');
  if (tokens.length === 0) return { picked: false, dropped: [] };
  if (tokens.length === 1) {
    const token = tokens[0]!;
    const url = LINK.test(token) ? checkedUrl(token) : !SCHEME.test(token) && BARE_HOST.test(token) ? checkedUrl(`https://${token}`) : undefined;
    return url ? { url, picked: false, dropped: [] } : { picked: false, dropped: [cell.trim()] };
  }
  const url = tokens.filter((t) => LINK.test(t)).map(checkedUrl).find((u) => u !== undefined);
  // Other schemes and refused links are reported; the words around the link ("Site :") are not values.
  const dropped = tokens.filter((t) => t !== url && (SCHEME.test(t) || t.includes('@')) && !/^https?:$/i.test(t));
  return url ? { url, picked: true, dropped } : { picked: false, dropped: [cell.trim()] };
}

/** http(s) URL; a bare `www.…` or `domaine.fr` becomes https. Anything else gives undefined (the caller reports it). */
export const normaliseWebsite = (value: string): string | undefined => readWebsite(value).url;
