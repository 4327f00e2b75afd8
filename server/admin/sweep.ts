import type { AdminService } from './admin-service.js';
import { dropStage } from './imports/run-preview.js';
import { diffIndexName } from './store/admin-indexes.js';
import { write } from './store/tasks.js';

// Previews nobody published or discarded expire (their stage, diff and files deleted), and so do uploads whose job
// never got created, and the diffs of publications older than the kept versions. Run by any process now and then;
// every step is idempotent, so two processes sweeping is harmless.

let running: Promise<void> | undefined;
let last = 0;
// Each sweep enqueues engine writes that a curator's next upload would queue behind: once every ten minutes is plenty.
const EVERY_MS = 10 * 60_000;

/** Sweeps unless this process did less than ten minutes ago (what the routes call). */
export function sweepNowAndThen(svc: AdminService): Promise<void> {
  if (Date.now() - last < EVERY_MS) return running ?? Promise.resolve();
  last = Date.now();
  return sweepExpired(svc);
}

export function sweepExpired(svc: AdminService): Promise<void> {
  return (running ??= (async () => {
    try {
      const { results } = await svc.jobs.expired();
      for (const job of results) {
        await dropStage(svc, job.stageUid);
        await svc.uploads.remove(job.files.map((f) => f.uploadId));
        await svc.jobs.store.patch([{ id: job.id, status: 'discarded', phase: 'Expiré', updatedAt: Date.now() }]);
      }
      await svc.uploads.removeExpired();
      // The diffs of publications older than the kept versions go too (their « before » is gone anyway).
      for (const job of await svc.jobs.oldPublished(svc.options.keepVersions + 1)) {
        if (job.stageUid) await write(svc.options.engine, 'DELETE', `/indexes/${diffIndexName(job.stageUid)}`).catch(() => {});
        await svc.jobs.store.patch([{ id: job.id, diffPruned: true }]);
      }
    } catch (error) {
      svc.options.logger?.warn({ err: error }, 'nettoyage des aperçus expirés en échec');
    } finally {
      running = undefined;
    }
  })());
}
