import { readFile } from 'node:fs/promises';
import { parseImportMapping, type ImportMapping } from '#domain/import-mapping.js';
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
  const parsed = parseImportMapping(json);
  if (!parsed.ok) throw new ImportError(`Fichier de correspondance ${path} invalide — ${parsed.problems.join(' ; ')}`);
  return parsed.mapping;
}
