import type { Example } from '#domain/example.js';
import type { DatasetInfo } from '../engine/documents.js';
import { adminClient, deleteIndexes, indexesStartingWith, PublishError, type EngineTarget } from '../publish/engine-admin.js';
import type { DiffEntry } from '../publish/diff-indexes.js';
import type { HistoryEntry } from '../publish/history.js';
import { buildPrefix } from '../publish/index-names.js';
import { datasetOf, publishStaged, stageExamples } from '../publish/stage-and-publish.js';

export { buildPrefix, PublishError, type EngineTarget };

export interface PublishOptions extends EngineTarget {
  index: string;
  /** Streamed in batches; an id seen again replaces the earlier document. */
  examples: Example[] | AsyncIterable<Example>;
  files: string[];
  /** Who publishes, for the history (`cli:<user>` from the CLI). */
  by?: string;
  /** How many replaced versions stay restorable (default 5). */
  keep?: number;
  /** The import report, kept with the history entry. */
  report?: unknown;
  /** Documents per addDocuments request. */
  batchSize?: number;
  /** Called after each batch is sent, with the number of documents sent so far. */
  onProgress?: (sent: number) => void;
  onDiffEntry?: (entry: DiffEntry) => void | Promise<void>;
}

/** Deletes the build indexes (and their meta indexes) that interrupted CLI runs left behind; returns their names. */
export async function cleanLeftovers(target: EngineTarget & { index: string }): Promise<string[]> {
  const client = adminClient(target);
  const leftovers = await indexesStartingWith(client, buildPrefix(target.index));
  await deleteIndexes(client, leftovers);
  return leftovers;
}

/** The DatasetInfo of the live index, or undefined when nothing was ever published. */
export const readDatasetInfo = (target: EngineTarget & { index: string }): Promise<DatasetInfo | undefined> => datasetOf(adminClient(target), target.index);

/**
 * Replaces the live index atomically with `examples` (the CLI's publish): builds `${index}__build_<ts>` beside it, dated
 * and diffed against it, swaps it in, keeps the replaced version for rollback and records the publication.
 */
export async function publishExamples(options: PublishOptions): Promise<DatasetInfo & { history: HistoryEntry }> {
  await cleanLeftovers(options);
  const staged = await stageExamples(options, {
    index: options.index,
    uid: `${buildPrefix(options.index)}${Date.now()}`,
    examples: options.examples,
    files: options.files,
    batchSize: options.batchSize,
    onProgress: options.onProgress,
    onDiffEntry: options.onDiffEntry,
  });
  const history = await publishStaged(options, options.index, staged, { by: options.by ?? 'cli', keep: options.keep ?? 5, report: options.report });
  return { ...staged.info, history };
}
