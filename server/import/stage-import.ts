import type { DiffEntry } from '../publish/diff-indexes.js';
import type { EngineTarget } from '../publish/engine-admin.js';
import { stageExamples, type Staged } from '../publish/stage-and-publish.js';
import type { InputFile } from './files.js';
import { readExports, type ReadOptions } from './read-exports.js';
import type { ImportReport } from './report.js';

// The staging half of an import, shared by the CLI and the workspace: read the files straight into a build beside the
// live base (dated and diffed against it), and the report of both. Nothing public changes.

export interface StageImportOptions extends Omit<ReadOptions, 'publishing'> {
  engine: EngineTarget;
  index: string;
  /** The build's index (`<index>__build_<time>` for the CLI, `<index>__stage_<id>` for the workspace). */
  uid: string;
  inputs: InputFile[];
  onSent?: (sent: number) => void;
  onDiffEntry?: (entry: DiffEntry) => void | Promise<void>;
}

/** The report of a staged run, as the CLI writes it before publishing (its time fields from `started`). */
export function stagedReport(read: ReturnType<ReturnType<typeof readExports>['report']>, staged: Staged, index: string, started: number): ImportReport {
  return { dryRun: false, index, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, ...read, dataset: staged.info };
}

/** A run that stopped once its files were read (no title column, no valid row): what was read, for the curator to fix. */
export class StoppedRun extends Error {
  override name = 'StoppedRun';
  constructor(
    readonly reason: Error,
    readonly report: ImportReport,
  ) {
    super(reason.message, { cause: reason });
  }
}

/** Reads and stages; a fatal problem leaves nothing behind and is thrown (as StoppedRun, with the report, once the files were read). */
export async function stageImport(options: StageImportOptions): Promise<{ staged: Staged; report: ImportReport }> {
  const started = Date.now();
  const reading = readExports(options.inputs, { mapping: options.mapping, publishing: true, onProgress: options.onProgress });
  try {
    const staged = await stageExamples(options.engine, {
      index: options.index,
      uid: options.uid,
      examples: reading.examples,
      files: options.inputs.map((f) => f.name),
      onProgress: options.onSent,
      onDiffEntry: options.onDiffEntry,
    });
    return { staged, report: stagedReport(reading.report(), staged, options.index, started) };
  } catch (error) {
    if (!reading.finished || !(error instanceof Error)) throw error;
    throw new StoppedRun(error, { dryRun: false, index: options.index, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, ...reading.report() });
  }
}
