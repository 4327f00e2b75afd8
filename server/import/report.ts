import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BOM, neutralise, toSpreadsheetCsv } from '../csv/spreadsheet-csv.js';
import type { Example } from '#domain/example.js';
import type { Duplicate } from '#domain/normalise/dedupe.js';
import type { TextField } from '#domain/normalise/cut.js';
import type { ColumnField } from '#domain/columns.js';
import type { DatasetInfo } from '../engine/documents.js';
import type { HistoryEntry } from '../publish/history.js';
import type { Delimiter } from './delimiter.js';
import { ImportError } from './errors.js';
import type { Encoding } from './encoding.js';
import type { TruncatedField } from './truncated.js';

type Source = Example['source'];

export interface FileReport {
  file: string;
  encoding: Encoding;
  delimiter: Delimiter;
  rows: number;
  rejected: number;
  /** Non-empty headers that name no field (ignored). */
  extraColumns: string[];
  /** Every non-empty header and what it became: named by the header, by the curator's mapping, or ignored. */
  columns: ColumnReport[];
  /** The header cells as read; empty for an empty file. */
  header: string[];
  /** False when the header has no title column (every row of the file is then rejected) or the file is empty. */
  titleColumn: boolean;
}

export interface ColumnReport {
  header: string;
  field: ColumnField | null;
  /** `header`: its name says the field; `mapping`: the curator chose; `repeated`: a second column for a field already filled; `unknown`: nothing matched. */
  how: 'header' | 'mapping' | 'repeated' | 'unknown';
}

export interface Reject extends Source {
  reason: string;
  cells: string[];
}

export interface UnmappedValue {
  value: string;
  count: number;
  firstLines: Source[];
}

export interface ImportReport {
  dryRun: boolean;
  index?: string;
  startedAt: string;
  durationMs: number;
  files: FileReport[];
  /** `truncated`: imported rows with at least one text cut to its limit. */
  counts: { files: number; rowsRead: number; imported: number; rejected: number; duplicates: number; unmappedValues: number; truncated: number };
  rejects: Reject[];
  duplicates: Duplicate[];
  /** By document field, most frequent value first. */
  unmapped: Record<string, UnmappedValue[]>;
  /** Texts longer than the contract allows, cut to the limit (the rows are imported), by field. */
  truncated: Partial<Record<TextField, TruncatedField>>;
  /** The data set built (its version and diff against the live base), when not a dry run. */
  dataset?: DatasetInfo;
  /** The publication, once the new version is live. */
  published?: Omit<HistoryEntry, 'report'>;
  reportFile?: string;
  rejectsFile?: string;
  /** Set when the run published but its report files could not be written (why, with the system's code). */
  reportError?: string;
}

const FIRST_LINES = 5;

/** Counts unmapped values by field and value, keeping the first lines where each was seen. */
export class UnmappedTally {
  private readonly byField = new Map<string, Map<string, UnmappedValue>>();

  add(example: Example): void {
    for (const { field, value } of example.unmapped) {
      const values = this.byField.get(field) ?? new Map<string, UnmappedValue>();
      this.byField.set(field, values);
      const entry = values.get(value) ?? { value, count: 0, firstLines: [] };
      values.set(value, entry);
      entry.count++;
      if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push(example.source);
    }
  }

  toJSON(): Record<string, UnmappedValue[]> {
    const out: Record<string, UnmappedValue[]> = {};
    for (const [field, values] of [...this.byField].sort(([a], [b]) => a.localeCompare(b))) {
      out[field] = [...values.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    return out;
  }
}

/** The report folder exists and takes a file, checked before anything is read or published; else an ImportError saying so. */
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

/** Writes the JSON report and, when rows were rejected, the rejects CSV (UTF-8 with BOM, `;`). */
export async function writeReport(report: ImportReport, dir: string): Promise<ImportReport> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const base = join(dir, `import-${report.dryRun ? 'essai-' : ''}${stamp}`);
  const withFiles: ImportReport = { ...report, reportFile: `${base}.json` };
  if (report.rejects.length > 0) {
    withFiles.rejectsFile = `${base}-rejets.csv`;
    const width = Math.max(...report.rejects.map((r) => r.cells.length));
    const header = ['fichier', 'ligne', 'motif', ...Array.from({ length: width }, (_, i) => `cellule ${i + 1}`)];
    const rows = report.rejects.map((r) => [r.file, String(r.line), r.reason, ...r.cells].map(neutralise));
    await writeFile(withFiles.rejectsFile, BOM + toSpreadsheetCsv([header, ...rows]));
  }
  await writeFile(withFiles.reportFile!, `${JSON.stringify(withFiles, null, 2)}\n`);
  return withFiles;
}
