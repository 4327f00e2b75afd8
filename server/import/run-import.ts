import type { ImportMapping } from '#domain/import-mapping.js';
import type { ImportReport } from '#domain/import-report.js';
import { ImportError } from './errors.js';
import { expandPaths } from './files.js';
import { buildPrefix, cleanLeftovers, type EngineTarget } from './publish.js';
import type { DiffEntry } from '../publish/diff-indexes.js';
import { discardStaged, publishStaged, stageExamples, type Staged } from '../publish/stage-and-publish.js';
import { readExports, type ReadProgress } from './read-exports.js';
import { ensureReportDir, writeReport } from './report.js';
import { buildReport, newCollected } from './run-report.js';

export type ImportProgress = ReadProgress | { phase: 'publish'; sent: number };

export interface RunImportOptions {
  paths: string[];
  /** Required unless `dryRun`. */
  engine?: EngineTarget;
  index: string;
  dryRun: boolean;
  /** Who publishes, for the history (default `cli`). */
  by?: string;
  /** How many replaced versions stay restorable (default 5). */
  keepVersions?: number;
  /** Where the JSON report, the rejects files and the proposed mapping go; no files are written when undefined. */
  reportDir?: string;
  /** Headers and odd values mapped by hand (`--mapping FILE`, or the workspace's profile). */
  mapping?: ImportMapping;
  /** The sheet of the workbooks to read (`--sheet`). */
  sheet?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Sees every example of the diff against the live base once (as the workspace lists them). */
  onDiffEntry?: (entry: DiffEntry) => void | Promise<void>;
}

/** The report of a run that stopped before reading anything (no engine, a bad option): written all the same. */
export async function writeStoppedReport(options: Pick<RunImportOptions, 'dryRun' | 'index'> & { reportDir: string }, message: string): Promise<string | undefined> {
  const { report, values } = buildReport(newCollected(false), options, Date.now(), { fatal: { message } });
  return (await writeReport(report, options.reportDir, values).catch(() => undefined))?.reportFile;
}

/** A fatal import error that carries the report written for the run it stopped. */
const withReport = (error: unknown, reportFile: string | undefined): unknown => {
  if (reportFile && error instanceof Error) Object.assign(error, { reportFile });
  return error;
};

/**
 * One import run of the CLI (data-format.md §4): reads every file, normalises and validates each row, sorts duplicates,
 * merges and conflicts (readExports), and (unless dry run) stages the new version beside the live one (stageExamples:
 * built, dated and diffed against it; the workspace calls the same two), then publishes it in one swap with its report. Fatal problems
 * throw ImportError or PublishError, after writing the run's report; rejected rows do not. A run that published says so
 * even when its report files cannot be written.
 */
export async function runImport(options: RunImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const reading = readExports({
    index: options.index, publishing: !options.dryRun, ...(options.mapping ? { mapping: options.mapping } : {}), ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  let staged: Staged | undefined;
  try {
    if (!options.dryRun && !options.engine) throw new ImportError('Aucun moteur de recherche indiqué pour l’import');
    // Before anything is read: a run never publishes without the folder its report goes to.
    if (options.reportDir) await ensureReportDir(options.reportDir);
    const { files: inputs, skipped } = await expandPaths(options.paths);
    const examples = await reading.open(inputs, skipped);
    if (options.dryRun) for await (const _ of examples);
    else {
      await cleanLeftovers({ ...options.engine!, index: options.index });
      staged = await stageExamples(options.engine!, {
        index: options.index,
        uid: `${buildPrefix(options.index)}${Date.now()}`,
        examples,
        files: inputs.map((f) => f.name),
        onProgress: (sent) => options.onProgress?.({ phase: 'publish', sent }),
        ...(options.onDiffEntry ? { onDiffEntry: options.onDiffEntry } : {}),
      });
    }
    const { report, values } = reading.report(started, staged ? { dataset: staged.info } : {});
    if (staged) {
      const { report: _kept, ...published } = await publishStaged(options.engine!, options.index, staged, { by: options.by ?? 'cli', keep: options.keepVersions ?? 5, report });
      report.published = published;
      staged = undefined;
    }
    if (!options.reportDir) return report;
    try {
      return await writeReport(report, options.reportDir, values);
    } catch (error) {
      // A dry run is only its report; a real run has published by now and must say so, whatever happened to the files.
      if (options.dryRun) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      return { ...report, reportError: `${code ? `${code} : ` : ''}${(error as Error).message}` };
    }
  } catch (error) {
    if (staged) await discardStaged(options.engine!, staged.uid).catch(() => {});
    if (!options.reportDir) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const { report, values } = reading.report(started, { fatal: { message } });
    const written = await writeReport(report, options.reportDir, values).catch(() => undefined);
    throw withReport(error, written?.reportFile);
  } finally {
    reading.close();
  }
}
