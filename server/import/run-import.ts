import type { ColumnMapping } from '#domain/mapping.js';
import { ImportError } from './errors.js';
import { expandPaths } from './files.js';
import { buildPrefix, cleanLeftovers, type EngineTarget } from './publish.js';
import { discardStaged, publishStaged } from '../publish/stage-and-publish.js';
import { readExports, type ReadProgress } from './read-exports.js';
import { ensureReportDir, writeReport, type ImportReport } from './report.js';
import { stageImport, StoppedRun } from './stage-import.js';
import type { DiffEntry } from '../publish/diff-indexes.js';

export type ImportProgress = ReadProgress | { phase: 'publish'; sent: number };

export interface RunImportOptions {
  paths: string[];
  /** Required unless `dryRun`. */
  engine?: EngineTarget;
  index: string;
  dryRun: boolean;
  /** The curator's mapping (`--mapping FILE`, or a workspace profile). */
  mapping?: ColumnMapping;
  /** Who publishes, for the history (default `cli`). */
  by?: string;
  /** How many replaced versions stay restorable (default 5). */
  keepVersions?: number;
  /** Where the JSON report and the rejects CSV go; no files are written when undefined. */
  reportDir?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Sees every example of the diff against the live base once (as the workspace lists them). */
  onDiffEntry?: (entry: DiffEntry) => void | Promise<void>;
}

/**
 * One import run of the CLI (data-format.md §4): reads every file, normalises and validates each row, dedupes, and
 * (unless dry run) stages the new index beside the live one as rows stream in (stageImport, as the workspace does), then
 * swaps it in. Fatal problems throw ImportError or PublishError; rejected rows do not.
 */
export async function runImport(options: RunImportOptions): Promise<ImportReport> {
  const started = Date.now();
  if (!options.dryRun && !options.engine) throw new ImportError('Aucun moteur de recherche indiqué pour l’import');
  if (options.reportDir) await ensureReportDir(options.reportDir);
  const inputs = await expandPaths(options.paths);
  if (options.dryRun) {
    const reading = readExports(inputs, { mapping: options.mapping, publishing: false, onProgress: options.onProgress });
    for await (const _ of reading.examples);
    const report: ImportReport = { dryRun: true, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, ...reading.report() };
    return options.reportDir ? writeReport(report, options.reportDir) : report;
  }
  const engine = options.engine!;
  await cleanLeftovers({ ...engine, index: options.index });
  const { staged, report } = await stageImport({
    engine,
    index: options.index,
    uid: `${buildPrefix(options.index)}${Date.now()}`,
    inputs,
    mapping: options.mapping,
    onProgress: options.onProgress,
    onSent: (sent) => options.onProgress?.({ phase: 'publish', sent }),
    onDiffEntry: options.onDiffEntry,
  }).catch((error: unknown) => {
    // The CLI says the reason itself (its report of fatal runs is issue 11's).
    throw error instanceof StoppedRun ? error.reason : error;
  });
  report.startedAt = new Date(started).toISOString();
  report.durationMs = Date.now() - started;
  try {
    const { report: _kept, ...published } = await publishStaged(engine, options.index, staged, { by: options.by ?? 'cli', keep: options.keepVersions ?? 5, report });
    report.published = published;
  } catch (error) {
    await discardStaged(engine, staged.uid);
    throw error;
  }
  if (!options.reportDir) return report;
  try {
    return await writeReport(report, options.reportDir);
  } catch (error) {
    // Published by now: the run must say so, whatever happened to the report's files.
    const code = (error as NodeJS.ErrnoException).code;
    return { ...report, reportError: `${code ? `${code} : ` : ''}${(error as Error).message}` };
  }
}
