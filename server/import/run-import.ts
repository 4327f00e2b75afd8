import type { Example } from '../../domain/example.js';
import { dedupe } from '../../domain/normalise/dedupe.js';
import { ImportError } from './errors.js';
import { expandPaths } from './files.js';
import { publishExamples, type EngineTarget } from './publish.js';
import { readExportFile } from './read-file.js';
import { UnmappedTally, writeReport, type FileReport, type ImportReport, type Reject } from './report.js';

export type ImportProgress =
  | { phase: 'read'; file: string; fileIndex: number; files: number; rows: number; totalRows: number }
  | { phase: 'publish'; sent: number; total: number };

export interface RunImportOptions {
  paths: string[];
  /** Required unless `dryRun`. */
  engine?: EngineTarget;
  index: string;
  dryRun: boolean;
  /** Where the JSON report and the rejects CSV go; no files are written when undefined. */
  reportDir?: string;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * One import run (data-format.md §4): reads every file, normalises and validates each row,
 * dedupes, then (unless dry run) replaces the live index atomically. Fatal problems throw
 * ImportError or PublishError; rejected rows do not.
 */
export async function runImport(options: RunImportOptions): Promise<ImportReport> {
  const started = Date.now();
  if (!options.dryRun && !options.engine) throw new ImportError('Aucun moteur de recherche indiqué pour l’import');
  const inputs = await expandPaths(options.paths);
  const files: FileReport[] = [];
  const rejects: Reject[] = [];
  const read: Example[] = [];
  let totalRows = 0;

  for (const [fileIndex, input] of inputs.entries()) {
    const before = totalRows;
    for await (const event of readExportFile(input, (r) => files.push(r))) {
      if (event.kind === 'example') read.push(event.example);
      else if (event.kind === 'reject') rejects.push(event.reject);
      else {
        totalRows = before + event.rows;
        options.onProgress?.({ phase: 'read', file: input.name, fileIndex, files: inputs.length, rows: event.rows, totalRows });
      }
    }
  }

  const { examples, duplicates } = dedupe(read);
  const tally = new UnmappedTally();
  for (const example of examples) tally.add(example);
  const dataset = options.dryRun
    ? undefined
    : await publishExamples({
        ...options.engine!,
        index: options.index,
        examples,
        files: inputs.map((f) => f.name),
        onProgress: (sent) => options.onProgress?.({ phase: 'publish', sent, total: examples.length }),
      });

  const unmapped = tally.toJSON();
  const report: ImportReport = {
    dryRun: options.dryRun,
    ...(options.dryRun ? {} : { index: options.index }),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    files,
    counts: {
      files: files.length,
      rowsRead: files.reduce((n, f) => n + f.rows, 0),
      imported: examples.length,
      rejected: rejects.length,
      duplicates: duplicates.length,
      unmappedValues: Object.values(unmapped).reduce((n, values) => n + values.reduce((m, v) => m + v.count, 0), 0),
    },
    rejects,
    duplicates,
    unmapped,
    ...(dataset ? { dataset } : {}),
  };
  return options.reportDir ? writeReport(report, options.reportDir) : report;
}
