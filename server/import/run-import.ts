import type { Example } from '#domain/example.js';
import type { Cut } from '#domain/normalise/cut.js';
import { Deduper } from '#domain/normalise/dedupe.js';
import { ImportError } from './errors.js';
import { expandPaths, type InputFile } from './files.js';
import { buildPrefix, cleanLeftovers, type EngineTarget } from './publish.js';
import { discardStaged, publishStaged, stageExamples, type Staged } from '../publish/stage-and-publish.js';
import { readExportFile } from './read-file.js';
import { UnmappedTally, ensureReportDir, writeReport, type FileReport, type ImportReport, type Reject } from './report.js';
import { TruncationTally } from './truncated.js';

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
  /** Where the JSON report and the rejects CSV go; no files are written when undefined. */
  reportDir?: string;
  onProgress?: (progress: ImportProgress) => void;
}

interface Collected {
  files: FileReport[];
  rejects: Reject[];
  deduper: Deduper;
  /** The cuts of each example that had any, for the rows finally kept. */
  cuts: WeakMap<Example, Cut[]>;
}

/**
 * Every example of the files, in order, as it is read: a row is passed on when it is (so far) the one
 * kept for its id, so the engine indexes while later files are still being read. The engine keeps
 * the last document sent per id, which is the deduper's final winner.
 */
async function* readAll(
  inputs: InputFile[],
  collected: Collected,
  onProgress: RunImportOptions['onProgress'],
  publishing: boolean,
): AsyncGenerator<Example> {
  let totalRows = 0;
  for (const [fileIndex, input] of inputs.entries()) {
    const before = totalRows;
    for await (const event of readExportFile(input, (r) => collected.files.push(r))) {
      if (event.kind === 'example') {
        if (event.cuts.length > 0) collected.cuts.set(event.example, event.cuts);
        if (collected.deduper.offer(event.example)) yield event.example;
      } else if (event.kind === 'reject') collected.rejects.push(event.reject);
      else {
        totalRows = before + event.rows;
        onProgress?.({ phase: 'read', file: input.name, fileIndex, files: inputs.length, rows: event.rows, totalRows });
      }
    }
  }
  // Thrown inside the stream, so a publish under way fails and leaves the live index as it was.
  if (collected.files.every((f) => !f.titleColumn)) throw nothingToImport(collected.files);
  // An export whose every row was rejected is almost surely the wrong file: never let it empty the live index.
  if (publishing && collected.deduper.examples().length === 0) {
    throw new ImportError(`Rien à importer : aucune ligne valide (${collected.rejects.length} rejetée(s)) ; les données en ligne restent inchangées`);
  }
}

function nothingToImport(files: FileReport[]): ImportError {
  if (files.length === 0) return new ImportError('Rien à importer : aucun fichier CSV indiqué');
  const why = files.map((f) => (f.header.length ? `${f.file} (en-tête : ${f.header.join(' | ')})` : `${f.file} (fichier vide)`));
  return new ImportError(`Rien à importer : aucun fichier n’a de colonne « Titre » (ou « Title ») dans son en-tête — ${why.join(' ; ')}`);
}

/**
 * One import run (data-format.md §4): reads every file, normalises and validates each row, dedupes,
 * and (unless dry run) builds the new index beside the live one as rows stream in, swapping it in
 * only when complete. Fatal problems throw ImportError or PublishError; rejected rows do not.
 */
export async function runImport(options: RunImportOptions): Promise<ImportReport> {
  const started = Date.now();
  if (!options.dryRun && !options.engine) throw new ImportError('Aucun moteur de recherche indiqué pour l’import');
  if (options.reportDir) await ensureReportDir(options.reportDir);
  const inputs = await expandPaths(options.paths);
  const collected: Collected = { files: [], rejects: [], deduper: new Deduper(), cuts: new WeakMap() };
  const examples = readAll(inputs, collected, options.onProgress, !options.dryRun);
  // Staged first (built, dated and diffed beside the live base), published once the report is complete.
  let staged: Staged | undefined;
  if (options.dryRun) {
    for await (const _ of examples);
  } else {
    await cleanLeftovers({ ...options.engine!, index: options.index });
    staged = await stageExamples(options.engine!, {
      index: options.index,
      uid: `${buildPrefix(options.index)}${Date.now()}`,
      examples,
      files: inputs.map((f) => f.name),
      onProgress: (sent) => options.onProgress?.({ phase: 'publish', sent }),
    });
  }

  const kept = collected.deduper.examples();
  const duplicates = collected.deduper.duplicates();
  const tally = new UnmappedTally();
  const truncated = new TruncationTally();
  for (const example of kept) {
    tally.add(example);
    truncated.add(example.source, collected.cuts.get(example) ?? []);
  }
  const unmapped = tally.toJSON();
  const { files, rejects } = collected;
  const report: ImportReport = {
    dryRun: options.dryRun,
    ...(options.dryRun ? {} : { index: options.index }),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    files,
    counts: {
      files: files.length,
      rowsRead: files.reduce((n, f) => n + f.rows, 0),
      imported: kept.length,
      rejected: rejects.length,
      duplicates: duplicates.length,
      unmappedValues: Object.values(unmapped).reduce((n, values) => n + values.reduce((m, v) => m + v.count, 0), 0),
      truncated: truncated.rows,
    },
    rejects,
    duplicates,
    unmapped,
    truncated: truncated.toJSON(),
    ...(staged ? { dataset: staged.info } : {}),
  };
  if (staged) {
    try {
      const { report: _kept, ...published } = await publishStaged(options.engine!, options.index, staged, { by: options.by ?? 'cli', keep: options.keepVersions ?? 5, report });
      report.published = published;
    } catch (error) {
      await discardStaged(options.engine!, staged.uid);
      throw error;
    }
  }
  if (!options.reportDir) return report;
  try {
    return await writeReport(report, options.reportDir);
  } catch (error) {
    // A dry run is only its report; a real run has published by now and must say so, whatever happened to the files.
    if (options.dryRun) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return { ...report, reportError: `${code ? `${code} : ` : ''}${(error as Error).message}` };
  }
}
