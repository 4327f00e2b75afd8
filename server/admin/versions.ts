import { HttpError } from '../http/http-error.js';
import { adminClient, PublishError } from '../publish/engine-admin.js';
import { readHistory } from '../publish/history.js';
import { datasetOf, restoreVersion } from '../publish/stage-and-publish.js';
import { isKept, keptVersions } from '../publish/swap-versions.js';
import type { AdminService } from './admin-service.js';
import { newId } from './imports/start-import.js';
import type { Job } from './imports/jobs.js';
import { publishLockOr409 } from './imports/job-actions.js';

// GET /api/admin/versions and rollbacks: the history written by every publication (CLI or workspace), which versions
// are still kept, which one is live.

export async function listVersions(svc: AdminService) {
  const client = adminClient(svc.options.target);
  const [history, kept, live] = await Promise.all([readHistory(client, svc.options.index), keptVersions(client, svc.options.index), datasetOf(client, svc.options.index)]);
  const imports = await svc.jobs.byHistory(history.map((h) => h.id));
  const jobOf = new Map(imports.results.map((j) => [j.historyId, j.id]));
  const liveEntry = history.find((h) => h.dataVersion === live?.dataVersion);
  return history.map((h) => ({
    id: h.id,
    action: h.action,
    dataVersion: h.dataVersion,
    previousVersion: h.previousVersion,
    publishedAt: h.publishedAt,
    by: h.by,
    files: h.files,
    counts: { documents: h.documents, ...h.diff },
    live: h === liveEntry,
    /** An older publication of the content that is live now. */
    sameAsLive: h !== liveEntry && h.dataVersion === live?.dataVersion,
    restorable: h.dataVersion !== live?.dataVersion && kept.includes(h.dataVersion),
    importId: jobOf.get(h.id) ?? null,
  }));
}

/** The report kept with a history entry (imports only). */
export async function versionReport(svc: AdminService, id: string): Promise<unknown> {
  const entries = await readHistory(adminClient(svc.options.target), svc.options.index, { withReports: true, limit: 1_000 });
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new HttpError(404, 'not_found', `Aucune publication « ${id} » dans l’historique.`);
  return entry.report ? (JSON.parse(entry.report) as unknown) : null;
}

/** Starts a rollback to a kept version (202); its job says when it is done. */
export async function startRestore(svc: AdminService, dataVersion: string, by: string, onDone: () => void): Promise<Job> {
  const client = adminClient(svc.options.target);
  if (!(await isKept(client, svc.options.index, dataVersion))) throw new HttpError(404, 'not_found', `La version ${dataVersion} n’est pas (ou plus) conservée : elle ne peut pas être rétablie.`);
  if ((await datasetOf(client, svc.options.index))?.dataVersion === dataVersion) throw new HttpError(409, 'conflict', `La version ${dataVersion} est déjà celle en ligne.`);
  const release = await publishLockOr409(svc);
  const now = Date.now();
  const job: Job = { id: newId(), kind: 'restore', status: 'publishing', progress: 0.1, phase: `Retour à la version ${dataVersion}`, by, createdAt: new Date(now).toISOString(), createdMs: now, updatedAt: now, expiresAt: now + 30 * 24 * 3_600_000, files: [], attempt: 1, dataVersion };
  await svc.jobs.store.put(job);
  void (async () => {
    try {
      const entry = await restoreVersion(svc.options.target, svc.options.index, dataVersion, { by, keep: svc.options.keepVersions });
      await svc.jobs.store.patch([{ id: job.id, status: 'published', progress: 1, phase: 'Version rétablie', historyId: entry.id, updatedAt: Date.now() }]);
      onDone();
    } catch (error) {
      svc.options.logger?.error({ err: error, job: job.id }, 'retour en arrière en échec');
      const message = error instanceof PublishError ? error.message : 'Le retour en arrière a échoué sur une erreur inattendue (voir le journal du serveur).';
      await svc.jobs.store.patch([{ id: job.id, status: 'failed', phase: 'Échec', error: `${message} Vérifiez l’historique des versions.`, updatedAt: Date.now() }]).catch(() => {});
    } finally {
      await release();
    }
  })();
  return job;
}
