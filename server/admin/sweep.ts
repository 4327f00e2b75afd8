import type { AdminService } from './admin-service.js';
import { dropStage } from './imports/run-preview.js';

// Previews nobody published or discarded expire (their stage, diff and files deleted), and so do uploads whose job
// never got created. Run by any process now and then; every step is idempotent, so two processes sweeping is harmless.

let running: Promise<void> | undefined;

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
    } catch (error) {
      svc.options.logger?.warn({ err: error }, 'nettoyage des aperçus expirés en échec');
    } finally {
      running = undefined;
    }
  })());
}
