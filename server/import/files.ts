import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { ImportError } from './errors.js';

export interface InputFile {
  /** Path to read. */
  path: string;
  /** Name shown in reports and stored in `source.file`: relative to the folder given, or the file's own name (no server paths leak). */
  name: string;
}

async function* csvFilesUnder(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* csvFilesUnder(full);
    else if (entry.isFile() && /\.(csv|tsv|txt)$/i.test(entry.name)) yield full;
  }
}

/** The CSV files named by `paths` (files as given, folders searched recursively, sorted by name). */
export async function expandPaths(paths: string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new ImportError(`Fichier ou dossier introuvable : ${path}`);
    if (info.isFile()) {
      files.push({ path, name: basename(path) });
      continue;
    }
    const found: InputFile[] = [];
    for await (const file of csvFilesUnder(path)) found.push({ path: file, name: relative(path, file).split(sep).join('/') });
    if (found.length === 0) throw new ImportError(`Aucun fichier CSV dans le dossier ${path}`);
    files.push(...found);
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.path) && !!seen.add(f.path));
}
