import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REJECTS_COLUMNS } from '#domain/columns.js';
import { IGNORE, type MappingProfile } from '#domain/import-mapping.js';
import { COLUMN_FIELDS } from '#domain/mapping-fields.js';
import type { FileReport, ImportReport } from '#domain/import-report.js';
import { BOM, toSpreadsheetCsv } from '../csv/spreadsheet-csv.js';
import { ImportError } from './errors.js';

export type { FileReport, ImportReport, Reject, UnmappedValue } from '#domain/import-report.js';

/** What the proposed mapping offers to fill: per file, the values its rows left unmapped. */
export type ProposalValues = Map<string, Map<string, Set<string>>>;

const HELP = [
  'Correspondance proposée par l’import : modifiez-la puis relancez avec « npm run import -- --mapping CE_FICHIER … ».',
  `columns : pour chaque en-tête, le champ qu’il remplit (${COLUMN_FIELDS.join(', ')} — ou l’en-tête français, comme « Thématiques ») ou « ${IGNORE} ».`,
  'values : pour chaque valeur non reconnue, l’identifiant de taxonomie qu’elle désigne (voir /api/taxonomy, ou un libellé : « Jeunesse ») ou « ignorer » ; laissée vide (""), elle reste non reconnue.',
  'Chaque profil s’applique aux fichiers qui ont les mêmes en-têtes (signature).',
];

/** A profile, ready to edit, for what a file's import could not map: its ignored columns, its content-read columns, its odd values. */
function proposal(file: FileReport, values: Map<string, Set<string>> | undefined): MappingProfile | undefined {
  const columns: Record<string, string> = {};
  for (const c of file.columns) {
    if (c.how === 'content' && c.field) columns[c.header] = c.field;
    else if (c.how === 'ignored' && c.header) columns[c.header] = IGNORE;
  }
  const odd: Record<string, Record<string, string>> = {};
  for (const [field, set] of values ?? []) odd[field] = Object.fromEntries([...set].map((v) => [v, '']));
  if (Object.keys(columns).length === 0 && Object.keys(odd).length === 0) return undefined;
  return { name: file.file, signature: file.signature, columns: columns as MappingProfile['columns'], values: odd };
}

/** One rejects file per source file: `ligne`, `motif`, then the source's own headers and cells (e-mail addresses and phone numbers masked, as the import would): re-importable as is. */
function rejectsCsv(file: FileReport, rejects: ImportReport['rejects']): string {
  const rows = rejects.filter((r) => r.file === file.file).map((r) => [String(r.line), r.reason, ...r.cells]);
  return BOM + toSpreadsheetCsv([[REJECTS_COLUMNS.line, REJECTS_COLUMNS.reason, ...file.header], ...rows]);
}

const safeName = (file: string): string => file.replace(/\.[^./]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'fichier';

/** Writes the JSON report, a rejects file per source file with rejects, and the proposed mapping when anything was left unmapped. */
export async function writeReport(report: ImportReport, dir: string, values: ProposalValues): Promise<ImportReport> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const base = join(dir, `import-${report.dryRun ? 'essai-' : ''}${stamp}`);
  const out: ImportReport = { ...report, reportFile: `${base}.json`, rejectsFiles: [] };
  for (const file of report.files) {
    if (!report.rejects.some((r) => r.file === file.file)) continue;
    const path = `${base}-rejets-${safeName(file.file)}.csv`;
    await writeFile(path, rejectsCsv(file, report.rejects));
    out.rejectsFiles.push({ file: file.file, path });
  }
  const profiles = report.files.map((f) => proposal(f, values.get(f.file))).filter((p) => p !== undefined);
  if (profiles.length > 0) {
    out.mappingFile = `${base}-correspondance.json`;
    await writeFile(out.mappingFile, `${JSON.stringify({ help: HELP, profiles }, null, 2)}\n`);
  }
  await writeFile(out.reportFile!, `${JSON.stringify(out, null, 2)}\n`);
  return out;
}

/** Checks, before anything is read, that the report folder can be written: an import never publishes without its report. */
export async function ensureReportDir(dir: string): Promise<void> {
  const probe = join(dir, `.essai-ecriture-${process.pid}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, '');
    await rm(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ImportError(`le dossier des rapports « ${dir} » n’est pas utilisable (${code}) : rien n’a été importé, les données en ligne restent inchangées`);
  }
}
