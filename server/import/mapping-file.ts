import { readFile } from 'node:fs/promises';
import type { ColumnMapping } from '#domain/mapping.js';
import { ColumnMappingSchema } from '#domain/mapping-schema.js';
import { ImportError } from './errors.js';

/** A mapping file for `--mapping`: a mapping `{ columns, values }`, or a profile saved in the workspace (`{ name, mapping }`). */
export async function readMappingFile(path: string): Promise<ColumnMapping> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new ImportError(`Fichier de correspondance introuvable : ${path}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`Fichier de correspondance illisible (${path}) : JSON invalide — ${(error as Error).message}`);
  }
  const body = json && typeof json === 'object' && 'mapping' in json ? (json as { mapping: unknown }).mapping : json;
  const parsed = ColumnMappingSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`);
    throw new ImportError(`Fichier de correspondance invalide (${path}) : ${problems.join(' ; ')}`);
  }
  return parsed.data;
}
