// Live sessions' codes and paths as plain functions (no zod), so the web's live chunks stay apart from the schemas.

/** Crockford's base 32: no I, L, O or U, so a code read off a projected screen can't be mistyped into another one. */
export const LIVE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const LIVE_CODE_LENGTH = 4;
/** 32⁴ = 1,048,576 codes. */
export const LIVE_CODE_SPACE = LIVE_CODE_ALPHABET.length ** LIVE_CODE_LENGTH;
const CODE = new RegExp(`^ODD-[${LIVE_CODE_ALPHABET}]{${LIVE_CODE_LENGTH}}$`);

/** A code as typed (« odd-k7p4 », « ODD K7P4 », an O for a zero) in its one written form, « ODD-K7P4 ». */
export function normaliseLiveCode(input: string): string {
  const body = input.trim().toUpperCase().replace(/^ODD[-\s]?/, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return `ODD-${body}`;
}

export const isLiveCode = (code: string): boolean => CODE.test(code);

export const LIVE_PATH_MAX = 2_000;
// The screens a presenter can show (web/src/lib/paths.ts), and a query in its encoded form: no scheme, host, fragment or space.
const SCREEN = /^\/(?:statistiques|exemples\/[A-Za-z0-9_-]{1,64})?$/;
const QUERY = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;

/** Whether a path is one of this site's screens with its query string, e.g. `/?q=cantine&region=bretagne`. */
export function isLivePath(path: string): boolean {
  const i = path.indexOf('?');
  return path.length <= LIVE_PATH_MAX && SCREEN.test(i < 0 ? path : path.slice(0, i)) && (i < 0 || QUERY.test(path.slice(i + 1)));
}

/** Data of an `event: state`: the presenter's screen and its order (a later state has a greater seq); `show` when shown to all. */
export interface LiveState {
  path: string;
  seq: number;
  show?: true;
}
