/** Folds a label for lookup: no accents, lowercase, punctuation to single spaces. */
export function fold(value: string): string {
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
