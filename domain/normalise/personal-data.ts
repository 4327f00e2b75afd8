// E-mail addresses and phone numbers (data-format.md §1): never stored in a published field, never printed in a report.

// `mailto:` and `tel:` go with what they point to.
const EMAIL = /(?:mailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gi;
// French numbers in their usual spellings (`01 00 00 00 00`, `0100000000`, `+33 1 00 00 00 00`, `(0)1…`), not inside longer digit runs.
const PHONE = /(?:tel:)?(?<![\d+])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/gi;

export const EMAIL_MASK = '[e-mail masqué]';
export const PHONE_MASK = '[téléphone masqué]';

/** The text with every e-mail address and phone number replaced by a mask, and how many were masked. */
export function maskPersonal(text: string): { text: string; masked: number } {
  let masked = 0;
  let out = text;
  if (out.includes('@')) out = out.replace(EMAIL, () => (masked++, EMAIL_MASK));
  // Nine digits at least: the cheap test keeps the regular expression off most texts.
  if (/\d{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}/.test(out)) out = out.replace(PHONE, () => (masked++, PHONE_MASK));
  return { text: out, masked };
}

/** The text masked, for reports and messages. */
export const masked = (text: string): string => maskPersonal(text).text;

/** True when nothing but masks, punctuation and spaces is left (a cell that was only a contact). */
export const onlyMasks = (text: string): boolean => text.replaceAll(EMAIL_MASK, '').replaceAll(PHONE_MASK, '').replace(/[\s,;:|/()[\]<>.-]+/g, '') === '';

/** Share of a column's values that hold an e-mail or phone number: a contact column whatever its header. */
export const holdsPersonal = (text: string): boolean => maskPersonal(text).masked > 0;
