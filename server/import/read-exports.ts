import type { Example } from '#domain/example.js';
import type { ImportMapping } from '#domain/import-mapping.js';
import type { FileReport, ImportReport } from '#domain/import-report.js';
import { DELIMITER_NAMES } from './delimiter.js';
import { ImportError } from './errors.js';
import type { InputFile } from './files.js';
import { readExportFile } from './read-file.js';
import type { ProposalValues } from './report.js';
import { buildReport, newCollected, type Collected } from './run-report.js';

// The reading half of an import, shared by the CLI and the curators' workspace: files → the documents to send (as they
// change, through the collector) and the report of what was read, for a run that ended or one that stopped.

export type ReadProgress = { phase: 'read'; file: string; fileIndex: number; files: number; rows: number; totalRows: number };

export interface ReadExportsOptions {
  index: string;
  /** True when the documents will be staged: they are kept for merges, and a run with no valid row stops (it would empty the base). */
  publishing: boolean;
  /** Headers and odd values mapped by hand (`--mapping FILE`, or the workspace's profile). */
  mapping?: ImportMapping;
  /** The sheet of the workbooks to read (`--sheet`). */
  sheet?: string;
  onProgress?: (progress: ReadProgress) => void;
}

export interface ExportReading {
  /** The documents of `inputs`, their first already read (a run that fails before it builds nothing); fatal problems are thrown from it. */
  open(inputs: InputFile[], skipped?: string[]): Promise<AsyncGenerator<Example>>;
  /** The report of what was read so far (every count in rows), with `extra` (the data set staged, or the fatal problem). */
  report(started: number, extra?: Partial<ImportReport>): { report: ImportReport; values: ProposalValues };
  /** Deletes the documents kept for merges. */
  close(): void;
}

function nothingToImport(files: FileReport[]): ImportError {
  if (files.length === 0) return new ImportError('Rien à importer : aucun fichier indiqué');
  const oneCell = (f: FileReport) => (f.header.length === 1 && f.delimiter ? `, lu comme une seule cellule avec le séparateur ${DELIMITER_NAMES[f.delimiter]}` : '');
  const why = files.map((f) => (f.header.length ? `${f.file} (en-tête : ${f.header.join(' | ')}${oneCell(f)})` : `${f.file} (fichier vide)`));
  return new ImportError(`Rien à importer : aucun fichier n’a de colonne « Titre » (ou « Title ») dans son en-tête — ${why.join(' ; ')}`);
}

/**
 * Reads every file, in order, offering each row to the collector, and yields (when publishing) each document as it
 * changes — the engine indexes while later files are read and keeps the last one sent per id — then the ones only the
 * end settles. Fatal problems are thrown inside the stream, so a stage under way fails and leaves the live index as it was.
 */
async function* readAll(inputs: InputFile[], collected: Collected, options: ReadExportsOptions): AsyncGenerator<Example> {
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
  if (options.publishing && collected.collector.size === 0) {
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

/** One run's reading (data-format.md §1, §4): what `open` reads is collected, and `report` says it, whether the run ends well or not. */
export function readExports(options: ReadExportsOptions): ExportReading {
  const collected = newCollected(options.publishing);
  const reportOptions = { dryRun: !options.publishing, index: options.index };
  return {
    open(inputs, skipped = []) {
      collected.skipped = skipped;
      return firstRead(readAll(inputs, collected, options));
    },
    report: (started, extra = {}) => buildReport(collected, reportOptions, started, extra),
    close: () => collected.collector.close(),
  };
}
