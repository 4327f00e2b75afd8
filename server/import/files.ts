import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { ImportError } from './errors.js';

export interface InputFile {
  /** Path to read. */
  path: string;
  /** Name shown in reports and stored in `source.file`: relative to the folder given, or the file's own name (no server paths leak). */
  name: string;
}

/** Exports read in folders (data-format.md §1). */
const READ = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xlsm']);
/** Spreadsheets the import cannot read: in a folder they stop the run rather than be left out unseen (their examples would vanish). */
const UNREADABLE = new Set(['.xls', '.ods', '.xlsb', '.numbers', '.fods']);

async function* filesUnder(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/** The files named by `paths` (files as given, folders searched recursively, sorted by name), and the folders' other files, left out. */
export async function expandPaths(paths: string[]): Promise<{ files: InputFile[]; skipped: string[] }> {
  const files: InputFile[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new ImportError(`Fichier ou dossier introuvable : ${path}`);
    if (info.isFile()) {
      files.push({ path, name: basename(path) });
      continue;
    }
    const found: InputFile[] = [];
    for await (const file of filesUnder(path)) {
      const name = relative(path, file).split(sep).join('/');
      const extension = extname(file).toLowerCase();
      if (READ.has(extension) || UNREADABLE.has(extension)) found.push({ path: file, name });
      else skipped.push(name);
    }
    if (found.length === 0) throw new ImportError(`Aucun export (.csv, .tsv, .txt, .xlsx) dans le dossier ${path}`);
    files.push(...found);
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(f.path) && !!seen.add(f.path)), skipped };
}
