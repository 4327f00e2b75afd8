import { IGNORE } from '#domain/mapping-fields.js';
import type { ColumnReport, FileReport, ImportMapping, MappingProfile } from './admin-types';

// The mapping editor's choices, and the importer's mapping object (domain/import-mapping.ts) it reads and writes.

/** Per header, the field chosen (or « ignorer »); per document field, per value, the taxonomy id chosen (or « ignorer »). */
export interface MappingDraft {
  columns: Record<string, string>;
  values: Record<string, Record<string, string>>;
}

/** The choices a mapping makes, over all its profiles (the editor writes the same choices into each file's profile). */
export function draftOf(mapping: ImportMapping | null): MappingDraft {
  const draft: MappingDraft = { columns: {}, values: {} };
  for (const profile of mapping?.profiles ?? []) {
    Object.assign(draft.columns, profile.columns);
    for (const [field, values] of Object.entries(profile.values)) draft.values[field] = { ...draft.values[field], ...values };
  }
  return draft;
}

/** The values actually chosen (a value left « to decide » is not written). */
function chosenValues(draft: MappingDraft): MappingProfile['values'] {
  const out: MappingProfile['values'] = {};
  for (const [field, values] of Object.entries(draft.values)) {
    const chosen = Object.entries(values).filter(([, id]) => id !== '');
    if (chosen.length) out[field] = Object.fromEntries(chosen);
  }
  return out;
}

/**
 * The mapping the editor writes: one profile per file read, keyed by its header signature (so a saved profile comes back,
 * and applies, only for files with the same headers), with the choices for its own headers and every chosen value.
 */
export function mappingOfDraft(draft: MappingDraft, files: readonly FileReport[]): ImportMapping {
  const values = chosenValues(draft);
  const profiles: MappingProfile[] = [];
  for (const file of files) {
    if (!file.header.length || profiles.some((p) => p.signature === file.signature)) continue;
    const columns = Object.fromEntries(file.header.filter((h) => draft.columns[h.trim()] !== undefined).map((h) => [h.trim(), draft.columns[h.trim()]!]));
    profiles.push({ name: file.file, signature: file.signature, columns: columns as MappingProfile['columns'], values });
  }
  // No file had a header to key it by: the choices still apply to every file.
  return { profiles: profiles.length ? profiles : [{ columns: draft.columns as MappingProfile['columns'], values }] };
}

/** One column of the files, once per header, with the files that have it and how each read it. */
export interface EditedColumn {
  header: string;
  field?: string;
  how: ColumnReport['how'];
  /** Values recognised out of the non-empty ones, over the files that read it by its content. */
  recognised?: { values: number; of: number };
  files: string[];
}

/** Every named column of the files once, in the order met; the rejects file's own columns left out. */
export function columnsOf(files: readonly FileReport[]): EditedColumn[] {
  const byHeader = new Map<string, EditedColumn>();
  for (const file of files) {
    for (const c of file.columns) {
      if (!c.header || c.how === 'rejects-file') continue;
      const seen = byHeader.get(c.header);
      if (!seen) {
        byHeader.set(c.header, { header: c.header, ...(c.field ? { field: c.field } : {}), how: c.how, ...(c.recognised ? { recognised: { ...c.recognised } } : {}), files: [file.file] });
        continue;
      }
      if (!seen.files.includes(file.file)) seen.files.push(file.file);
      if (c.recognised && seen.recognised) {
        seen.recognised.values += c.recognised.values;
        seen.recognised.of += c.recognised.of;
      }
    }
  }
  return [...byHeader.values()];
}

/** The field a column fills with the draft applied, or « ignorer ». */
export const fieldOf = (draft: MappingDraft, column: EditedColumn): string => draft.columns[column.header] ?? column.field ?? IGNORE;
