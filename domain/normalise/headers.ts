import { CONTACT_HEADERS, HEADER_FILLERS, HEADER_PREFIX, REJECTS_COLUMNS, TEXT_COLUMNS, type ColumnField } from '../columns.js';
import { FACETS } from '../facet-registry.js';
import { fold, foldSingular } from '../fold.js';

// French and English headers of every column (data-format.md §1), from the registry and the text columns, and the
// words real exports add around them: a prefix (`Tag X - Niveau 1 - Thématiques 1`), a number (`Thématiques 2`),
// filler words (`Titre du projet`, `ID interne`).
const COLUMNS = [...TEXT_COLUMNS, ...FACETS];

const BY_KEY = new Map<string, ColumnField>();
for (const column of COLUMNS) for (const header of [...column.headers.fr, ...column.headers.en]) BY_KEY.set(foldSingular(header), column.field);

/** How a header was read: the field, and the number a numbered column carries (`Thématiques 2` → 2). */
export interface HeaderMatch {
  field: ColumnField;
  number?: number;
}

const NUMBERED = /^(.*\S)\s+(?:n\s*)?(\d{1,2})$/;
const FILLERS = HEADER_FILLERS.map((f) => ` ${f} `);

/** Folded header keys to try, most literal first: as is, then without its number, then without filler words. */
function* keys(segment: string): Generator<{ key: string; number?: number }> {
  const key = foldSingular(segment);
  yield { key };
  const numbered = NUMBERED.exec(key);
  const base = numbered ? { key: numbered[1]!, number: Number(numbered[2]) } : { key };
  if (numbered) yield base;
  let trimmed = ` ${base.key} `;
  for (const filler of FILLERS) trimmed = trimmed.replace(filler, ' ');
  if (trimmed.trim() !== base.key && trimmed.trim()) yield { ...base, key: trimmed.trim() };
}

/** The field a header names, in any case, with or without accents, extra spaces, a trailing `:`, a prefix, a number or filler words. */
export function matchHeader(header: string): HeaderMatch | undefined {
  const text = header.replace(/\u00a0/g, ' ').trim();
  const segments = text.split(HEADER_PREFIX).filter((s) => s.trim());
  // The whole header first, then its last segment (the prefix qualifies it), then its first.
  for (const segment of [text, ...(segments.length > 1 ? [segments.at(-1)!, segments[0]!] : [])]) {
    for (const { key, number } of keys(segment)) {
      const field = BY_KEY.get(key);
      if (field) return number === undefined ? { field } : { field, number };
    }
  }
  return undefined;
}

/** The field a header names (see matchHeader). */
export const mapHeader = (header: string): ColumnField | undefined => matchHeader(header)?.field;

const CONTACT_WORDS = CONTACT_HEADERS.map((h) => fold(h));
/** A contact column (`Contact référent`, `E-mail du porteur`): never read, whatever it holds. */
export function isContactHeader(header: string): boolean {
  const words = ` ${fold(header)} `;
  return CONTACT_WORDS.some((w) => words.includes(` ${w} `));
}

/** One of the columns the rejects file adds (`ligne`, `motif`). */
export const isRejectsColumn = (header: string): boolean => Object.values(REJECTS_COLUMNS).some((c) => fold(header) === c);

const FRENCH = new Map<string, string>(COLUMNS.map((c) => [c.field, c.headers.fr[0]!]));
/** The French header of a field, for messages. */
export const frenchHeader = (field: ColumnField): string => FRENCH.get(field)!;

// Fields of the document that reports name by the column they come from.
const DOTTED: Record<string, ColumnField> = { 'lead.type': 'leadType', 'lead.name': 'lead', 'partners.name': 'partners' };

/** How a report names a document field: by its French header ("themes" → "Thématiques", "lead.type" → "Type de porteur"). */
export const fieldLabel = (field: string): string => FRENCH.get(DOTTED[field] ?? field) ?? field;

/** Every field a column can fill, and the exact folded headers, for the mapping file (a field may be named by a header). */
export const fieldByHeader = (name: string): ColumnField | undefined => (FRENCH.has(name) ? (name as ColumnField) : BY_KEY.get(foldSingular(name)));

export type { ColumnField };
