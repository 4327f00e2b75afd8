import { readFile } from 'node:fs/promises';
import { ImportMappingSchema, type ImportMapping } from '#domain/import-mapping.js';
import { ImportError } from './errors.js';

/** Reads and checks a mapping file (`--mapping FILE`); every problem is listed, with where it is in the file. */
export async function loadMapping(path: string): Promise<ImportMapping> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new ImportError(`Fichier de correspondance introuvable : ${path}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ImportError(`Fichier de correspondance ${path} : JSON invalide (${(error as Error).message})`);
  }
  const parsed = ImportMappingSchema.safeParse(json);
  if (!parsed.success) {
    // A file of one profile reads its paths without the `profiles.0.` it was wrapped in.
    const single = !(json && typeof json === 'object' && 'profiles' in json);
    const issues = parsed.error.issues.map((i) => `${(single ? i.path.slice(2) : i.path).join('.') || 'racine'} : ${i.message}`);
    throw new ImportError(`Fichier de correspondance ${path} invalide — ${issues.join(' ; ')}`);
  }
  return parsed.data;
}
