import type { EngineClient } from '../../engine-client/engine-client.js';
import type { DiffCounts } from '../../engine/documents.js';
import type { UploadKind } from '../uploads/sniff-file.js';
import { jobsIndex } from '../store/admin-indexes.js';
import { docStore, quoted } from '../store/doc-store.js';

// An import preview (or a rollback) as every app process sees it: status, progress, report, diff counts, the stage it
// built. The process that runs it writes progress as it goes; a job whose notes stop (its process died) reads as failed.

export type JobStatus = 'reading' | 'ready' | 'failed' | 'publishing' | 'published' | 'discarded';

export interface JobFile {
  name: string;
  size: number;
  kind: UploadKind;
  uploadId: string;
  chunks: number;
  /** The header's signature (headerSignature, from the report), once read: which saved profile fits it. */
  signature?: string;
}

export interface Job {
  id: string;
  kind: 'import' | 'restore';
  status: JobStatus;
  progress: number;
  /** What it is doing, in French, for the progress bar. */
  phase: string;
  by: string;
  createdAt: string;
  createdMs: number;
  /** Last note from the process running it (ms). */
  updatedAt: number;
  expiresAt: number;
  files: JobFile[];
  /** The mapping in force (JSON of the importer's ImportMapping; none when absent), and the profile it came from. */
  mapping?: string;
  profile?: string;
  /** Each new preview of the same upload builds a new stage. */
  attempt: number;
  stageUid?: string;
  /** The Staged of publish/ (JSON), what publishStaged needs. */
  staged?: string;
  baseVersion?: string | null;
  /** The import report (JSON), as the CLI writes it. */
  report?: string;
  diff?: DiffCounts;
  error?: string;
  /** Once published (or restored): the version and its history entry. */
  dataVersion?: string;
  historyId?: string;
  /** Once the diff of an old publication is deleted (only the last KEEP_VERSIONS + 1 keep theirs). */
  diffPruned?: boolean;
}

/** A job still running with no note for this long is taken as interrupted (its process stopped). */
export const SILENT_MS = 10 * 60_000;
export const RUNNING: JobStatus[] = ['reading', 'publishing'];

export function jobStore(engine: EngineClient, index: string) {
  const store = docStore<Job>(engine, jobsIndex(index), { filterableAttributes: ['kind', 'status', 'expiresAt', 'historyId', 'stageUid', 'diffPruned'], sortableAttributes: ['createdMs'] });
  return {
    store,
    /** A job as read now: a running one whose process went silent is reported failed. */
    async get(id: string): Promise<Job | undefined> {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return undefined;
      const job = await store.get(id);
      if (job && RUNNING.includes(job.status) && Date.now() - job.updatedAt > SILENT_MS) {
        return { ...job, status: 'failed', error: 'Interrompu : le serveur qui le traitait s’est arrêté. Relancez l’aperçu.' };
      }
      return job;
    },
    recent: (limit = 20) => store.fetch({ filter: `kind = "import" AND status != "discarded"`, sort: ['createdMs:desc'], limit, fields: ['id', 'status', 'progress', 'phase', 'by', 'createdAt', 'files', 'diff', 'error', 'dataVersion', 'updatedAt'] }),
    byHistory: (ids: string[]) => (ids.length ? store.fetch({ filter: `historyId IN [${ids.map(quoted).join(', ')}]`, fields: ['id', 'historyId', 'stageUid'] }) : Promise.resolve({ results: [] as Job[], total: 0 })),
    /** Published imports past the `keep` most recent whose diff is still kept. */
    // Skipped here, not by `offset`: the engine 1.21 ignores `offset` in a sorted documents fetch (measured).
    oldPublished: async (keep: number) => (await store.fetch({ filter: 'kind = "import" AND status = "published" AND NOT diffPruned = true', sort: ['createdMs:desc'], limit: keep + 100, fields: ['id', 'stageUid'] })).results.slice(keep),
    expired: (now = Date.now()) => store.fetch({ filter: `expiresAt < ${now} AND status IN ["ready", "failed", "reading"]`, limit: 100 }),
  };
}

export type JobStore = ReturnType<typeof jobStore>;

/**
 * Progress notes every 5 s at most, the first after 5 s, never waited for: each is an engine task the stage's own
 * indexing queues behind (0.4–3 s each on the shared machine), so a preview of a few thousand rows writes none.
 * `settled()` resolves once the last note is enqueued, so a final write made after it lands after every note.
 */
export function progressNotes(jobs: JobStore, id: string): { note(progress: number, phase: string): void; settled(): Promise<void> } {
  let last = Date.now();
  let pending: Promise<void> = Promise.resolve();
  return {
    note(progress, phase) {
      const now = Date.now();
      if (now - last < 5_000) return;
      last = now;
      const doc = { id, progress: Math.min(1, Math.round(progress * 1000) / 1000), phase, updatedAt: now };
      pending = pending.then(() => jobs.store.patch([doc], { wait: false })).catch(() => {});
    },
    settled: () => pending,
  };
}
