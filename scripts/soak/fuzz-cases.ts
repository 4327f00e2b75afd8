import type { Rng } from '../sample/prng.js';
import type { Ask } from './client.js';

/** Real values, read from the running app (GET /api/taxonomy, a search, the built assets). */
export interface Known {
  facets: Record<string, string[]>;
  ids: string[];
  assets: string[];
}

const ENDPOINTS = ['/api/search', '/api/export', '/api/stats', '/api/taxonomy', '/api/health', '/api/openapi.json', '/api/docs', '/api/feed', '/api/live', '/api/nope'];
const PARAMS = ['q', 'region', 'department', 'actorType', 'sdg', 'theme', 'audience', 'mode', 'scale', 'status', 'yearMin', 'yearMax', 'sort', 'page', 'hitsPerPage', 'format', 'sep', 'lang', 'rows', 'cols'];
const NASTY = [
  '', ' ', '%', '%zz', '%C3%28', '%C0%AF', '%00', '%FF%FE', 'é', '🤝🌍', '\u202e\u0645\u0631\u062d\u0628\u0627', 'e\u0301\u0301\u0301',
  '" OR 1=1 --', '\' OR \'1\'=\'1', 'bretagne" OR id != "x', 'regions = bretagne OR id EXISTS', 'sdgs > 0', '1 OR 1', '(', ')', '\\', '\\"',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '${jndi:ldap://x/a}', '{{7*7}}', '=HYPERLINK("x")',
  '../../etc/passwd', '..%2f..%2fpackage.json', '%2e%2e%2f%2e%2e%2f', 'C:\\Windows\\win.ini', '/dev/zero', 'null', 'undefined', 'NaN', '-1', '0',
  '1e309', '99999999999999999999', '0x1f', '1.5', '17', '18', 'year:desc', 'id:asc', 'title:desc', 'year:desc,id:asc', '__proto__', 'constructor',
];
const METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'HEAD', 'CONNECTX'];
const RANGES = ['bytes=99999999-', 'bytes=5-2', 'bytes=0-0', 'bytes=-1', 'bytes=0-1,3-4,6-7,9-10,12-13', 'bytes=', 'items=0-10', 'bytes=abc', `bytes=${'0-1,'.repeat(500)}0-1`];
const CONDITIONALS: Record<string, string>[] = [
  { 'If-Match': '"nope"' }, { 'If-Match': '*' }, { 'If-None-Match': '*' }, { 'If-None-Match': 'W/"x", "y"' },
  { 'If-Unmodified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT' }, { 'If-Unmodified-Since': 'pas une date' }, { 'If-Modified-Since': 'Tue, 01 Jan 2999 00:00:00 GMT' },
  { 'If-Modified-Since': 'demain' }, { 'If-Range': '"x"', Range: 'bytes=0-9' }, { 'If-Range': 'Mon, 01 Jan 2001 00:00:00 GMT', Range: 'bytes=0-9' },
];
const HEADERS: Record<string, string>[] = [
  { Accept: 'application/xml' }, { Accept: '*/*;q=garbage' }, { 'Accept-Encoding': 'br;q=2, gzip;q=-1, *' }, { 'Accept-Language': 'x'.repeat(4_000) },
  { Cookie: 'odd17_visiteur=v1.AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB' }, { Cookie: `odd17_visiteur=${'v'.repeat(7_000)}` }, { Cookie: Array.from({ length: 300 }, (_, i) => `c${i}=${i}`).join('; ') },
  { 'X-Forwarded-For': '1.2.3.4, 5.6.7.8' }, { 'X-Forwarded-Proto': 'https' }, { 'Content-Type': 'application/json' }, { 'Content-Type': 'multipart/form-data; boundary=' },
  { 'X-CSRF-Token': '<x>' }, { Authorization: 'Bearer nope' }, { 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'http://evil.example' }, { 'User-Agent': '' },
];

const enc = (value: string) => (/%/.test(value) && /%[0-9A-Fa-f]{2}|%zz|^%$/.test(value) ? value : encodeURIComponent(value));

function value(rng: Rng, known: Known, param: string): string {
  const real = known.facets[param];
  if (real?.length && rng.chance(0.5)) return real[rng.int(0, real.length - 1)]!;
  if (rng.chance(0.08)) return 'x'.repeat(rng.pick([501, 2_000, 9_000]));
  return rng.pick(NASTY);
}

function query(rng: Rng, known: Known): string {
  const parts: string[] = [];
  for (let i = rng.int(0, 6); i > 0; i--) {
    const param = rng.chance(0.9) ? rng.pick(PARAMS) : rng.pick(NASTY) || 'x';
    const times = rng.chance(0.05) ? rng.int(20, 300) : 1;
    for (let t = 0; t < times; t++) parts.push(`${enc(param)}=${enc(value(rng, known, param))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function path(rng: Rng, known: Known): string {
  switch (rng.int(0, 9)) {
    case 0:
      return `/api/examples/${enc(rng.chance(0.5) && known.ids.length ? rng.pick(known.ids) : rng.pick(NASTY))}`;
    case 1:
      return `/exemples/${enc(rng.chance(0.5) && known.ids.length ? rng.pick(known.ids) : rng.pick(NASTY))}`;
    case 2:
      return known.assets.length && rng.chance(0.6) ? `/assets/${rng.pick(known.assets)}` : `/assets/${rng.pick(['..%2f..%2fpackage.json', '../.env', 'nope.js', '%00.js', 'a'.repeat(300)])}`;
    case 3:
      return rng.pick(['/', '/statistiques', '/index.html', '/.git/config', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', `/${'a/'.repeat(2_000)}`, '//api//search', '/api/search/', '/API/SEARCH', '/api/%73earch']);
    default:
      return rng.pick(ENDPOINTS);
  }
}

/** The next malformed, huge, repeated, unicode, traversal, injection, bad-method, bad-header or conditional request. */
export function fuzzCase(rng: Rng, known: Known): Ask {
  const target = path(rng, known);
  const ask: Ask = { method: 'GET', path: target.startsWith('/api/') || rng.chance(0.3) ? `${target}${query(rng, known)}` : target, headers: {} };
  const roll = rng.next();
  if (roll < 0.12) ask.method = rng.pick(METHODS);
  if (roll < 0.06) ask.body = rng.chance(0.5) ? '{"broken": ' : Buffer.alloc(rng.pick([10, 70_000, 1_200_000]), 'x');
  if (rng.chance(0.2)) ask.headers!.Range = rng.pick(RANGES);
  if (rng.chance(0.2)) Object.assign(ask.headers!, rng.pick(CONDITIONALS));
  if (rng.chance(0.25)) Object.assign(ask.headers!, rng.pick(HEADERS));
  if (rng.chance(0.5)) ask.headers!.Accept ??= 'text/html';
  return ask;
}
