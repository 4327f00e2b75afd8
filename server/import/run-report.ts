import type { CellConflict, FileReport, ImportReport, Reject } from '#domain/import-report.js';
import { attentionOf } from './attention.js';
import { Collector } from './collector.js';
import type { ProposalValues } from './report.js';
import { InferredTally, UnmappedTally } from './tallies.js';
import { TruncationTally } from './truncated.js';

// What an import run gathers as it reads, and the report built from it (for a run that ended or one that stopped).

/** What a run gathers as it reads, whether it ends well or not. */
export interface Collected {
  files: FileReport[];
  skipped: string[];
  rejects: Reject[];
  cellConflicts: CellConflict[];
  collector: Collector;
  /** Counted as rows are read (duplicates included): texts cut, values inferred, e-mails and phones masked. */
  truncated: TruncationTally;
  inferred: InferredTally;
  masked: number;
}

export const newCollected = (keepDocuments: boolean): Collected => ({
  files: [], skipped: [], rejects: [], cellConflicts: [], collector: new Collector(keepDocuments),
  truncated: new TruncationTally(), inferred: new InferredTally(), masked: 0,
});

/** The report of what was collected (every count in rows), for a run that ended or one that stopped. */
export function buildReport(collected: Collected, options: { dryRun: boolean; index: string }, started: number, extra: Partial<ImportReport>): { report: ImportReport; values: ProposalValues } {
  const { files, rejects, collector } = collected;
  const { truncated, inferred, masked } = collected;
  const unmapped = new UnmappedTally();
  const values: ProposalValues = new Map();
  for (const entry of collector.unmapped()) {
    unmapped.add(entry.source, entry.unmapped);
    for (const u of entry.unmapped) {
      const byField = values.get(entry.source.file) ?? new Map<string, Set<string>>();
      values.set(entry.source.file, byField.set(u.field, (byField.get(u.field) ?? new Set()).add(u.value)));
    }
  }
  const { duplicates, merges } = collector.outcome();
  const conflicts = collector.conflicts;
  const report: ImportReport = {
    dryRun: options.dryRun,
    ...(options.dryRun ? {} : { index: options.index }),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    files,
    skippedFiles: collected.skipped,
    counts: {
      files: files.length,
      rowsRead: files.reduce((n, f) => n + f.rows, 0),
      imported: collector.size,
      rejected: rejects.length,
      duplicates: duplicates.length,
      merged: merges.length,
      conflicts: conflicts.filter((c) => c.kind !== 'ambiguous').length,
      unmapped: unmapped.rows,
      truncated: truncated.rows,
      inferred: inferred.rows,
      masked,
    },
    attention: [],
    rejects,
    duplicates,
    merges,
    conflicts,
    cellConflicts: collected.cellConflicts,
    unmapped: unmapped.toJSON(),
    inferred: inferred.toJSON(),
    truncated: truncated.toJSON(),
    rejectsFiles: [],
    ...extra,
  };
  report.attention = attentionOf(report);
  return { report, values };
}

