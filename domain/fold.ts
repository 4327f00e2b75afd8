// Latin letters with marks (and the ligatures) as fold writes them, for the fast path below.
const PLAIN: Record<string, string> = {};
for (const [plain, marked] of Object.entries({
  a: 'àáâãäåÀÁÂÃÄÅ', c: 'çÇ', e: 'èéêëÈÉÊË', i: 'ìíîïÌÍÎÏ', n: 'ñÑ', o: 'òóôõöÒÓÔÕÖ', u: 'ùúûüÙÚÛÜ', y: 'ýÿÝŸ', oe: 'œŒ', ae: 'æÆ',
})) for (const ch of marked) PLAIN[ch] = plain;

/** Folds a label for lookup: no accents, lowercase, punctuation to single spaces. */
export function fold(value: string): string {
  // One pass over the characters; any other letter beyond ASCII takes the general path (Unicode decomposition).
  let out = '';
  let gap = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let piece: string | undefined;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) piece = value[i];
    else if (code >= 65 && code <= 90) piece = String.fromCharCode(code + 32);
    else if (code >= 128) {
      piece = PLAIN[value[i]!];
      if (piece === undefined && /\p{L}|\p{N}|\p{M}/u.test(value[i]!)) return foldGeneral(value);
    }
    if (piece === undefined) gap = out !== '';
    else {
      out += gap ? ` ${piece}` : piece;
      gap = false;
    }
  }
  return out;
}

function foldGeneral(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folds and drops plural endings word by word, so "Collectivités territoriales" meets "collectivite territoriale". */
export function foldSingular(value: string): string {
  return fold(value)
    .split(' ')
    .map((word) => (word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word))
    .join(' ');
}

/** Slug of an official name: "Provence-Alpes-Côte d'Azur" → "provence-alpes-cote-d-azur". */
export function slugify(value: string): string {
  return fold(value).replace(/ /g, '-');
}
