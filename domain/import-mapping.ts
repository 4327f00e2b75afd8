import { z } from 'zod';
import type { ColumnField } from './columns.js';
import { fold } from './fold.js';
import { facetOfValueField, IGNORE } from './mapping-fields.js';
import { normaliserOf } from './normalise/facet-values.js';
import { fieldByHeader } from './normalise/headers.js';
import { shortHash } from './normalise/id.js';

// The mapping file of `npm run import -- --mapping FILE` (data-format.md §1), and the workspace's saved « profile »:
// for one kind of export, which field each header fills (or « ignorer ») and which taxonomy id each odd value means.

export { IGNORE };

const ColumnTarget = z.string().transform((name, ctx): ColumnField | typeof IGNORE => {
  if (fold(name) === IGNORE) return IGNORE;
  const field = fieldByHeader(name);
  if (!field) ctx.addIssue({ code: 'custom', message: `champ inconnu « ${name} » (un champ comme « title », « themes », un en-tête comme « Thématiques », ou « ${IGNORE} »)` });
  return field ?? IGNORE;
});

/** A profile: a name, what it applies to (a header signature, file names with `*`, or every file), its columns and values. */
export const MappingProfileSchema = z
  .object({
    name: z.string().optional(),
    signature: z.string().optional(),
    files: z.array(z.string()).optional(),
    /** Source header (as in the file) → field, or « ignorer ». */
    columns: z.record(z.string(), ColumnTarget).default({}),
    /** Field → source value → taxonomy id (any spelling of it), « ignorer », or "" (still to decide: left unmapped). */
    values: z.record(z.string(), z.record(z.string(), z.string())).default({}).superRefine((values, ctx) => {
      for (const [field, byValue] of Object.entries(values)) {
        const facet = facetOfValueField(field);
        for (const [value, target] of Object.entries(byValue)) {
          if (target === '' || fold(target) === IGNORE) continue;
          if (!facet) ctx.addIssue({ code: 'custom', path: [field, value], message: `« ${field} » n’a pas de valeurs de taxonomie : seul « ${IGNORE} » est possible` });
          else if (normaliserOf(facet)(target) === undefined) ctx.addIssue({ code: 'custom', path: [field, value], message: `« ${target} » n’est pas une valeur de ${field}` });
        }
      }
    }),
    /** Free notes (the proposed mapping explains itself here); never read. */
    help: z.union([z.string(), z.array(z.string())]).optional(),
  });
export type MappingProfile = z.infer<typeof MappingProfileSchema>;

/** A mapping file: one profile, or several under `profiles` (the first that applies to a file is used). */
export const ImportMappingSchema = z.preprocess(
  (value) => (value && typeof value === 'object' && 'profiles' in value ? value : { profiles: [value] }),
  z.object({ profiles: z.array(MappingProfileSchema).min(1) }),
);
export type ImportMapping = { profiles: MappingProfile[] };

/** A mapping checked (a mapping file, a workspace profile or upload), or every problem with where it is (« columns.Intitulé : … »). */
export function parseImportMapping(json: unknown): { ok: true; mapping: ImportMapping } | { ok: false; problems: string[] } {
  const parsed = ImportMappingSchema.safeParse(json);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  // One profile reads its paths without the `profiles.0.` it was wrapped in.
  const single = !(json && typeof json === 'object' && 'profiles' in json);
  return { ok: false, problems: parsed.error.issues.map((i) => `${(single ? i.path.slice(2) : i.path).join('.') || 'racine'} : ${i.message}`) };
}

/**
 * A file's header signature: its headers folded, sorted and hashed, so the same export (in any column order, any case or
 * accents) gets the same signature and its saved profile is proposed again.
 */
export function headerSignature(headers: readonly string[]): string {
  const joined = headers.map((h) => fold(h)).filter((h) => h !== '').sort().join('\u001f');
  return `h-${shortHash(joined)}${shortHash(`\u001e${joined}`)}`;
}

const glob = (pattern: string): RegExp => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');

/** The profile of `mapping` that applies to a file: same signature, a matching file name, or one that names neither. */
export function profileFor(mapping: ImportMapping | undefined, file: { name: string; signature: string }): MappingProfile | undefined {
  const base = file.name.split('/').at(-1)!;
  return mapping?.profiles.find((p) =>
    p.signature ? p.signature === file.signature : p.files?.length ? p.files.some((f) => glob(f).test(file.name) || glob(f).test(base)) : true,
  );
}

/** A value mapped by the profile: its id, null when it is to be ignored, undefined when the profile says nothing. */
export type ValueMap = (field: string, value: string) => string | number | null | undefined;

/** The profile's values as a lookup (values compared folded). */
export function valueMapOf(profile: MappingProfile | undefined): ValueMap | undefined {
  if (!profile || Object.keys(profile.values).length === 0) return undefined;
  const byField = new Map<string, Map<string, string | number | null>>();
  for (const [field, values] of Object.entries(profile.values)) {
    const facet = facetOfValueField(field);
    const map = new Map<string, string | number | null>();
    for (const [value, target] of Object.entries(values)) {
      if (target === '') continue;
      map.set(fold(value), fold(target) === IGNORE ? null : facet ? normaliserOf(facet)(target)! : null);
    }
    byField.set(field, map);
  }
  return (field, value) => byField.get(field)?.get(fold(value));
}
