import type { Example } from '#domain/example.js';
import { EMPTY_MAPPING, type ColumnMapping } from '#domain/mapping.js';
import type { Cut } from '#domain/normalise/cut.js';
import { Deduper } from '#domain/normalise/dedupe.js';
import { ImportError } from './errors.js';
import type { InputFile } from './files.js';
import { readExportFile } from './read-file.js';
import { UnmappedTally, type FileReport, type ImportReport, type Reject } from './report.js';
import { TruncationTally } from './truncated.js';

// The reading half of an import, shared by the CLI and the curators' workspace: files → normalised, deduped examples
// (streamed, so the engine indexes while later files are read) and, once drained, the report of what was read.

export type ReadProgress = { phase: 'read'; file: string; fileIndex: number; files: number; rows: number; totalRows: number };

/** What a run read: the report's reading half (files, counts, rejects, duplicates, unmapped values, cut texts). */
export type ReadReport = Pick<ImportReport, 'files' | 'counts' | 'rejects' | 'duplicates' | 'unmapped' | 'truncated'>;

export interface ReadOptions {
  /** The curator's mapping (headers → fields, odd values → ids). */
  mapping?: ColumnMapping;
  /** True when the examples will be published: a run with no valid row then stops, so it never empties the live base. */
  publishing: boolean;
  onProgress?: (progress: ReadProgress) => void;
}

export interface ExportReading {
  /** Every example as read, passed on while it is (so far) the one kept for its id; the engine keeps the last sent per id, the deduper's final winner. */
  examples: AsyncGenerator<Example>;
  /** The report of the reading, once every file was read (also when the run then stopped on a fatal problem). */
  report(): ReadReport;
  /** Whether every file was read. */
  readonly finished: boolean;
}

function nothingToImport(files: FileReport[]): ImportError {
  if (files.length === 0) return new ImportError('Rien à importer : aucun fichier CSV indiqué');
  const why = files.map((f) => (f.header.length ? `${f.file} (en-tête : ${f.header.join(' | ')})` : `${f.file} (fichier vide)`));
  return new ImportError(`Rien à importer : aucun fichier n’a de colonne « Titre » (ou « Title ») dans son en-tête — ${why.join(' ; ')}`);
}

/** Reads exports (data-format.md §1, §4): normalises and validates each row, dedupes; fatal problems are thrown from `examples`. */
export function readExports(inputs: InputFile[], options: ReadOptions): ExportReading {
  const files: FileReport[] = [];
  const rejects: Reject[] = [];
  const deduper = new Deduper();
  const cuts = new WeakMap<Example, Cut[]>();
  let drained = false;

  async function* examples(): AsyncGenerator<Example> {
    let totalRows = 0;
    for (const [fileIndex, input] of inputs.entries()) {
      const before = totalRows;
      for await (const event of readExportFile(input, (r) => files.push(r), options.mapping ?? EMPTY_MAPPING)) {
        if (event.kind === 'example') {
          if (event.cuts.length > 0) cuts.set(event.example, event.cuts);
          if (deduper.offer(event.example)) yield event.example;
        } else if (event.kind === 'reject') rejects.push(event.reject);
        else {
          totalRows = before + event.rows;
          options.onProgress?.({ phase: 'read', file: input.name, fileIndex, files: inputs.length, rows: event.rows, totalRows });
        }
      }
    }
    // Every file read: the report can say what was found, even when what follows stops the run.
    drained = true;
    // Thrown inside the stream, so a publish under way fails and leaves the live index as it was.
    if (files.every((f) => !f.titleColumn)) throw nothingToImport(files);
    // An export whose every row was rejected is almost surely the wrong file: never let it empty the live index.
    if (options.publishing && deduper.examples().length === 0) {
      throw new ImportError(`Rien à importer : aucune ligne valide (${rejects.length} rejetée(s)) ; les données en ligne restent inchangées`);
    }
  }

  function report(): ReadReport {
    if (!drained) throw new Error('readExports: report() before the examples were all read');
    const kept = deduper.examples();
    const duplicates = deduper.duplicates();
    const tally = new UnmappedTally();
    const truncated = new TruncationTally();
    for (const example of kept) {
      tally.add(example);
      truncated.add(example.source, cuts.get(example) ?? []);
    }
    const unmapped = tally.toJSON();
    return {
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
    };
  }

  return {
    examples: examples(),
    report,
    get finished() {
      return drained;
    },
  };
}
