import type { ImportMapping } from '#domain/import-mapping.js';
import type { ImportReport } from '#domain/import-report.js';
import { HttpError } from '../../http/http-error.js';
import { datasetOf, publishStaged, StaleStageError, type Staged } from '../../publish/stage-and-publish.js';
import { adminClient } from '../../publish/engine-admin.js';
import type { AdminService } from '../admin-service.js';
import { acquirePublishLock, LockBusyError } from '../store/publish-lock.js';
import type { Job } from './jobs.js';
import { dropStage, failureMessage, runPreview } from './run-preview.js';

// What a curator does with a preview: map it again, throw it away, publish it. Each checks the job's state first and
// answers in French when the step cannot be taken now.

const n = (value: number): string => value.toLocaleString('fr-FR');

export async function jobOr404(svc: AdminService, id: string): Promise<Job> {
  const job = await svc.jobs.get(id);
  if (!job || job.kind !== 'import') throw new HttpError(404, 'not_found', `Aucun import « ${id} ».`);
  return job;
}

const notNow = (job: Job, what: string): HttpError =>
  new HttpError(409, 'conflict', `${what} impossible : cet import est ${({ reading: 'encore en lecture', ready: 'prêt', failed: 'en échec', publishing: 'en cours de publication', published: 'déjà publié', discarded: 'abandonné' } as const)[job.status]}.`);

/** A new preview of the same files with another mapping (or the same one, once the base moved). */
export async function remapImport(svc: AdminService, job: Job, mapping: ImportMapping | undefined, profile: string | undefined): Promise<Job> {
  if (job.status !== 'ready' && job.status !== 'failed') throw notNow(job, 'Nouvel aperçu');
  await dropStage(svc, job.stageUid);
  const next: Job = { ...job, status: 'reading', progress: 0, phase: 'Nouvelle lecture', attempt: job.attempt + 1, updatedAt: Date.now(), expiresAt: Date.now() + svc.options.previewTtlMs };
  if (mapping) next.mapping = JSON.stringify(mapping);
  else delete next.mapping;
  delete next.error;
  delete next.report;
  delete next.diff;
  delete next.staged;
  if (profile) next.profile = profile;
  else delete next.profile;
  await svc.jobs.store.put(next);
  void runPreview(svc, next);
  return next;
}

/** Throws the preview away: its stage, diff and files. */
export async function discardImport(svc: AdminService, job: Job): Promise<void> {
  if (job.status === 'publishing' || job.status === 'published') throw notNow(job, 'Abandon');
  await dropStage(svc, job.stageUid);
  await svc.uploads.remove(job.files.map((f) => f.uploadId));
  await svc.jobs.store.patch([{ id: job.id, status: 'discarded', phase: 'Abandonné', updatedAt: Date.now() }]);
}

/** The publish lock, or a 409 saying another publication or rollback runs. */
export async function publishLockOr409(svc: AdminService): Promise<() => Promise<void>> {
  try {
    return await acquirePublishLock(svc.options.engine, svc.options.index);
  } catch (error) {
    if (error instanceof LockBusyError) throw new HttpError(409, 'conflict', error.message);
    throw error;
  }
}

/** Share of the live base a publication removes, and whether it needs `confirmRemoved`. */
export function removalCheck(job: Job, percent: number): { removed: number; base: number; share: number; needsConfirmation: boolean } {
  const diff = job.diff ?? { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const base = diff.removed + diff.changed + diff.unchanged;
  const share = base ? (100 * diff.removed) / base : 0;
  return { removed: diff.removed, base, share, needsConfirmation: base > 0 && share > percent };
}

/** Checks and starts a publication; resolves once it is under way (202), `onDone` after the swap. */
export async function publishImport(svc: AdminService, job: Job, by: string, confirmRemoved: number | undefined, onDone: () => void): Promise<void> {
  if (job.status !== 'ready' || !job.staged) throw notNow(job, 'Publication');
  const check = removalCheck(job, svc.options.removalConfirmPercent);
  if (check.needsConfirmation && confirmRemoved !== check.removed) {
    throw new HttpError(409, 'confirmation_required', `Cette version retire ${n(check.removed)} des ${n(check.base)} exemples en ligne (${Math.round(check.share)} %), plus que le seuil de ${svc.options.removalConfirmPercent} % : confirmez en indiquant ce nombre (${n(check.removed)}).`, { removed: check.removed, base: check.base, thresholdPercent: svc.options.removalConfirmPercent });
  }
  const staged = JSON.parse(job.staged) as Staged;
  const live = await datasetOf(adminClient(svc.options.target), svc.options.index);
  if ((live?.dataVersion ?? null) !== staged.baseVersion) throw new HttpError(409, 'conflict', 'La base en ligne a changé depuis cet aperçu (une autre publication ou un retour en arrière) : relancez l’aperçu pour voir ce que ces fichiers changent maintenant.');
  let release: () => Promise<void>;
  try {
    release = await acquirePublishLock(svc.options.engine, svc.options.index);
  } catch (error) {
    if (error instanceof LockBusyError) throw new HttpError(409, 'conflict', error.message);
    throw error;
  }
  // Waited for: after the 202, every process must read « publishing » (a poller stops on « ready »).
  await svc.jobs.store.patch([{ id: job.id, status: 'publishing', progress: 0.1, phase: 'Bascule vers la nouvelle version', updatedAt: Date.now() }]);
  void (async () => {
    try {
      const report = JSON.parse(job.report ?? '{}') as ImportReport;
      const entry = await publishStaged(svc.options.target, svc.options.index, staged, { by, keep: svc.options.keepVersions, report });
      void svc.uploads.remove(job.files.map((f) => f.uploadId)).catch(() => {});
      const { report: _r, ...published } = entry;
      await svc.jobs.store.patch([{ id: job.id, status: 'published', progress: 1, phase: 'Publié', dataVersion: entry.dataVersion, historyId: entry.id, report: JSON.stringify({ ...report, published }), updatedAt: Date.now() }]);
      onDone();
    } catch (error) {
      svc.options.logger?.error({ err: error, job: job.id }, 'publication en échec');
      // A stale stage is refused before the swap; anything else may have failed after it: the history says what is live.
      const message = error instanceof StaleStageError ? `${error.message} Les données en ligne n’ont pas changé.` : `${failureMessage(error)} Vérifiez l’historique des versions.`;
      await svc.jobs.store.patch([{ id: job.id, status: 'failed', phase: 'Échec de la publication', error: message, updatedAt: Date.now() }]).catch(() => {});
    } finally {
      await release();
    }
  })();
}
