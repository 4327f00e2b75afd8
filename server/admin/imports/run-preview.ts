import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerSignature } from '#domain/mapping.js';
import { ColumnMappingSchema } from '#domain/mapping-schema.js';
import { ImportError } from '../../import/errors.js';
import type { InputFile } from '../../import/files.js';
import type { ImportReport } from '../../import/report.js';
import { stageImport, StoppedRun } from '../../import/stage-import.js';
import { stagePrefix } from '../../publish/index-names.js';
import { datasetOf, discardStaged } from '../../publish/stage-and-publish.js';
import { adminClient, PublishError } from '../../publish/engine-admin.js';
import type { AdminService } from '../admin-service.js';
import { diffIndexName } from '../store/admin-indexes.js';
import { write } from '../store/tasks.js';
import { xlsxToCsv } from '../uploads/xlsx-to-csv.js';
import { diffWriter } from './diff-store.js';
import { progressNotes, type Job } from './jobs.js';

// A preview: the job's files (from this request's scratch folder, or back from the engine) read, normalised and staged
// beside the live base by the CLI's own functions, every example of the diff listed; nothing public changes.

/** Lines in a file, for the progress bar's estimate of rows to read. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) for (const byte of chunk) if (byte === 0x0a) lines++;
  return lines;
}

/** The message a curator sees for a failed preview: the pipeline's own French words, or a plain fallback. */
export const failureMessage = (error: unknown): string => {
  const reason = error instanceof StoppedRun ? error.reason : error;
  return reason instanceof ImportError || reason instanceof PublishError ? reason.message : 'L’aperçu a échoué sur une erreur inattendue (voir le journal du serveur). Réessayez ; si elle revient, signalez-la.';
};

/** The job's files with the signature of their header row, from a report. */
const signed = (job: Job, report: ImportReport): Job['files'] => job.files.map((f, i) => ({ ...f, signature: headerSignature(report.files[i]?.header ?? []) }));

/** Deletes a job's stage and its diff index (best effort). */
export async function dropStage(svc: AdminService, stageUid: string | undefined): Promise<void> {
  if (!stageUid) return;
  await Promise.allSettled([discardStaged(svc.options.target, stageUid), write(svc.options.engine, 'DELETE', `/indexes/${diffIndexName(stageUid)}`)]);
}

/** The inputs of a job in `dir`: each file from `local` when this process still holds it, else from the engine; .xlsx as CSV. */
async function inputsOf(svc: AdminService, job: Job, dir: string, local?: Map<string, string>): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const [n, file] of job.files.entries()) {
    let path = local?.get(file.uploadId);
    if (!path) {
      path = join(dir, `${n}`);
      await svc.uploads.restore(file.uploadId, file.chunks, path);
    }
    if (file.kind === 'xlsx') {
      const csv = join(dir, `${n}.csv`);
      if (!(await xlsxToCsv(path, csv))) throw new ImportError(`${file.name} : aucune feuille du classeur ne contient de données.`);
      path = csv;
    }
    inputs.push({ path, name: file.name });
  }
  return inputs;
}

/** Reads and stages a job; records `ready` with the report and diff, or `failed` with the reason. Never throws. */
export async function runPreview(svc: AdminService, job: Job, local?: Map<string, string>): Promise<void> {
  const { engine, target, index } = svc.options;
  const notes = progressNotes(svc.jobs, job.id);
  const dir = await mkdtemp(join(tmpdir(), 'odd17-preview-'));
  const stageUid = `${stagePrefix(index)}${job.id}_${job.attempt}`;
  try {
    // Noted for the expiry sweep should this process die mid-preview; nothing waits on it.
    await svc.jobs.store.patch([{ id: job.id, stageUid, updatedAt: Date.now() }], { wait: false });
    const inputs = await inputsOf(svc, job, dir, local);
    const rows = Math.max(1, (await Promise.all(inputs.map((f) => countLines(f.path)))).reduce((a, b) => a + b, 0));
    const base = (await datasetOf(adminClient(target), index))?.documents ?? 0;
    const diff = await diffWriter(engine, stageUid);
    let listed = 0;
    const { staged, report } = await stageImport({
      engine: target,
      index,
      uid: stageUid,
      inputs,
      mapping: ColumnMappingSchema.parse(JSON.parse(job.mapping)),
      onProgress: (p) => notes.note(0.8 * Math.min(1, p.totalRows / rows), `Lecture de ${p.file} : ${p.totalRows.toLocaleString('fr-FR')} lignes`),
      onDiffEntry: async (entry) => {
        listed++;
        notes.note(0.8 + 0.19 * Math.min(1, listed / Math.max(1, base + listed)), 'Comparaison avec la base en ligne');
        await diff.add(entry);
      },
    });
    await diff.finish();
    await notes.settled();
    await svc.jobs.store.patch([{ id: job.id, status: 'ready', progress: 1, phase: 'Aperçu prêt', files: signed(job, report), staged: JSON.stringify(staged), baseVersion: staged.baseVersion, report: JSON.stringify(report satisfies ImportReport), diff: staged.diff, updatedAt: Date.now() }]);
  } catch (error) {
    svc.options.logger?.warn({ err: error, job: job.id }, 'aperçu en échec');
    await notes.settled();
    await dropStage(svc, stageUid);
    // A run stopped after reading (no title column…) keeps its report: the mapping editor is how the curator fixes it.
    const read = error instanceof StoppedRun ? { report: JSON.stringify(error.report), files: signed(job, error.report) } : {};
    await svc.jobs.store.patch([{ id: job.id, status: 'failed', phase: 'Échec', error: failureMessage(error), ...read, updatedAt: Date.now() }]).catch(() => {});
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
