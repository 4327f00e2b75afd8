import { HTML_ENTITIES } from './html-entities.js';

// Numeric references 128–159 mean Windows-1252 characters, as browsers decode them (HTML spec).
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fromCodePoint(code: number): string {
  if (code >= 128 && code <= 159) return CP1252_C1[code - 128]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes named (`&eacute;`), decimal (`&#39;`) and hexadecimal (`&#x27;`) character references. */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCodePoint(Number(dec));
    if (hex) return fromCodePoint(parseInt(hex, 16));
    return HTML_ENTITIES.get(name!) ?? whole;
  });
}

// Elements whose content is code, not text: dropped whole.
const CODE_ELEMENTS = /<(script|style|noscript|template|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Tags that end a line of text in a rich-text export.
const BREAKING_TAGS = /<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|pre)\b[^>]*>/gi;
const ANY_TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?(?:-->|$)|<![A-Za-z][^<>]*>|<\?[^<>]*>/g;
// An opening tag cut off at the end of the cell ("<img src=x onerror=…").
const DANGLING_TAG = /<\/?[A-Za-z][^<>]*$/;

function stripTags(value: string): string {
  return value.replace(CODE_ELEMENTS, ' ').replace(BREAKING_TAGS, '\n').replace(ANY_TAG, ' ').replace(DANGLING_TAG, ' ');
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/;

/** Markup out, entities decoded, repeated until stable so `&lt;script&gt;` cannot come back as a tag. */
function plain(value: string): string {
  let text = value;
  // Most cells hold neither markup nor references: nothing to strip or decode.
  for (let i = 0; i < 3 && (text.includes('<') || text.includes('&')); i++) {
    const next = decodeEntities(stripTags(text));
    if (next === text) break;
    text = next;
  }
  // Control characters other than line breaks and tabs never belong in text.
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, '') : text;
}

// Runs of whitespace other than a single space (doubled spaces, tabs, breaks, no-break spaces): the only ones that change.
const LOOSE_RUN = /\s{2,}|[^\S ]/g;
const HAS_BREAK = /[\r\n]/;

/** One-line text: tags stripped, entities decoded, every run of whitespace (line breaks too) to one space. */
export function cleanText(value: string): string {
  const text = plain(value);
  return text.replace(LOOSE_RUN, ' ').trim();
}

const breakOrSpace = (run: string): string => (HAS_BREAK.test(run) ? '\n' : ' ');

/**
 * Long text: the same, but paragraph breaks are kept as single line breaks. One pass over the loose runs only (a
 * paragraph's lone spaces are left as they are): a run holding a break becomes one break, any other one space; the
 * ends trimmed, so lines are trimmed and empty ones gone.
 */
export function cleanMultiline(value: string): string {
  const text = plain(value);
  return text.replace(LOOSE_RUN, breakOrSpace).trim();
}

// How far back from the limit a cut looks for a space, so it does not split a word.
const WORD_WINDOW = 40;

/**
 * Cuts text to `max` characters, ellipsis included: at the last space within WORD_WINDOW characters
 * of the limit when there is one (else mid-word), never inside a surrogate pair, no dangling `,;:`.
 */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(value[end - 1] ?? '')) end--;
  const window = Math.min(WORD_WINDOW, Math.floor(max / 5));
  if (!/\s/.test(value[end] ?? '')) {
    for (let i = end - 1; i >= end - window && i > 0; i--) {
      if (/\s/.test(value[i]!)) {
        end = i;
        break;
      }
    }
  }
  return `${value.slice(0, end).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * A copy of a text that holds on to nothing else: a parsed cell is a slice of the whole chunk of the file it came from,
 * and whatever outlives the row (memos, the run's per-example state) would keep every chunk alive.
 */
export const owned = (text: string): string => (text.length > 12 ? ` ${text}`.slice(1) : text);
