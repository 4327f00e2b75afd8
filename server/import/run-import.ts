import type { Example } from '#domain/example.js';
import type { ImportMapping } from '#domain/import-mapping.js';
import type { FileReport, ImportReport } from '#domain/import-report.js';
import { DELIMITER_NAMES } from './delimiter.js';
import { ImportError } from './errors.js';
import { expandPaths, type InputFile } from './files.js';
import { buildPrefix, cleanLeftovers, type EngineTarget } from './publish.js';
import { discardStaged, publishStaged, stageExamples, type Staged } from '../publish/stage-and-publish.js';
import { readExportFile } from './read-file.js';
import { ensureReportDir, writeReport } from './report.js';
import { buildReport, newCollected, type Collected } from './run-report.js';

export type ImportProgress =
  | { phase: 'read'; file: string; fileIndex: number; files: number; rows: number; totalRows: number }
  | { phase: 'publish'; sent: number };

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
}

/**
 * Reads every file, in order, offering each row to the collector, and yields (when publishing) each document as it
 * changes — the engine indexes while later files are read and keeps the last one sent per id — then the ones only the
 * end settles. Fatal problems are thrown inside the stream, so a publish under way fails and leaves the live index as it was.
 */
async function* readAll(inputs: InputFile[], collected: Collected, options: RunImportOptions): AsyncGenerator<Example> {
  let totalRows = 0;
  const read = { ...(options.mapping ? { mapping: options.mapping } : {}), ...(options.sheet ? { sheet: options.sheet } : {}) };
  for (const [fileIndex, input] of inputs.entries()) {
    const before = totalRows;
    for await (const events of readExportFile(input, (r) => collected.files.push(r), read)) for (const event of events) {
      if (event.kind === 'example') {
        collected.truncated.add(event.example.source, event.cuts);
        collected.inferred.add(event.example.source, event.inferred);
        collected.masked += event.masked;
        const send = collected.collector.offer(event);
        if (send) yield send;
      }
      else if (event.kind === 'reject') collected.rejects.push(event.reject);
      else if (event.kind === 'cell-conflict') collected.cellConflicts.push(event.conflict);
      else {
        totalRows = before + event.rows;
        options.onProgress?.({ phase: 'read', file: input.name, fileIndex, files: inputs.length, rows: event.rows, totalRows });
      }
    }
  }
  collected.collector.finish();
  if (collected.files.every((f) => !f.titleColumn)) throw nothingToImport(collected.files);
  // An export whose every row was rejected is almost surely the wrong file: never let it empty the live index.
  if (!options.dryRun && collected.collector.size === 0) {
    throw new ImportError(`Rien à importer : aucune ligne valide (${collected.rejects.length} rejetée(s)) ; les données en ligne restent inchangées`);
  }
  yield* collected.collector.rest();
}

/** The stream with its first item already read: nothing is built in the engine for a run that fails before its first document. */
async function firstRead<T>(stream: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await stream.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* stream;
  })();
}

function nothingToImport(files: FileReport[]): ImportError {
  if (files.length === 0) return new ImportError('Rien à importer : aucun fichier indiqué');
  const oneCell = (f: FileReport) => (f.header.length === 1 && f.delimiter ? `, lu comme une seule cellule avec le séparateur ${DELIMITER_NAMES[f.delimiter]}` : '');
  const why = files.map((f) => (f.header.length ? `${f.file} (en-tête : ${f.header.join(' | ')}${oneCell(f)})` : `${f.file} (fichier vide)`));
  return new ImportError(`Rien à importer : aucun fichier n’a de colonne « Titre » (ou « Title ») dans son en-tête — ${why.join(' ; ')}`);
}

/** The report of a run that stopped before reading anything (no engine, a bad option): written all the same. */
export async function writeStoppedReport(options: Pick<RunImportOptions, 'dryRun' | 'index'> & { reportDir: string }, message: string): Promise<string | undefined> {
  const collected = newCollected(false);
  const { report, values } = buildReport(collected, options, Date.now(), { fatal: { message } });
  return (await writeReport(report, options.reportDir, values).catch(() => undefined))?.reportFile;
}

/** A fatal import error that carries the report written for the run it stopped. */
const withReport = (error: unknown, reportFile: string | undefined): unknown => {
  if (reportFile && error instanceof Error) Object.assign(error, { reportFile });
  return error;
};

/**
 * One import run (data-format.md §4): reads every file, normalises and validates each row, sorts duplicates, merges and
 * conflicts, and (unless dry run) stages the new version beside the live one (built, dated and diffed against it), then
 * publishes it in one swap with its report. Fatal problems throw ImportError or PublishError, after writing the run's
 * report; rejected rows do not. A run that published says so even when its report files cannot be written.
 */
export async function runImport(options: RunImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const collected = newCollected(!options.dryRun);
  let staged: Staged | undefined;
  try {
    if (!options.dryRun && !options.engine) throw new ImportError('Aucun moteur de recherche indiqué pour l’import');
    // Before anything is read: a run never publishes without the folder its report goes to.
    if (options.reportDir) await ensureReportDir(options.reportDir);
    const { files: inputs, skipped } = await expandPaths(options.paths);
    collected.skipped = skipped;
    const examples = await firstRead(readAll(inputs, collected, options));
    if (options.dryRun) for await (const _ of examples);
    else {
      await cleanLeftovers({ ...options.engine!, index: options.index });
      staged = await stageExamples(options.engine!, {
        index: options.index,
        uid: `${buildPrefix(options.index)}${Date.now()}`,
        examples,
        files: inputs.map((f) => f.name),
        onProgress: (sent) => options.onProgress?.({ phase: 'publish', sent }),
      });
    }
    const { report, values } = buildReport(collected, options, started, staged ? { dataset: staged.info } : {});
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
    const { report, values } = buildReport(collected, options, started, { fatal: { message } });
    const written = await writeReport(report, options.reportDir, values).catch(() => undefined);
    throw withReport(error, written?.reportFile);
  } finally {
    collected.collector.close();
  }
}
