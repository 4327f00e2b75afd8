import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportMappingSchema } from '#domain/import-mapping.js';
import type { ImportReport } from '#domain/import-report.js';
import { ImportError } from '../../import/errors.js';
import type { InputFile } from '../../import/files.js';
import { readExports, type ReadProgress } from '../../import/read-exports.js';
import { stagePrefix } from '../../publish/index-names.js';
import { datasetOf, discardStaged, stageExamples } from '../../publish/stage-and-publish.js';
import { adminClient, PublishError } from '../../publish/engine-admin.js';
import type { AdminService } from '../admin-service.js';
import { diffIndexName } from '../store/admin-indexes.js';
import { write } from '../store/tasks.js';
import { diffWriter } from './diff-store.js';
import { progressNotes, type Job } from './jobs.js';

// A preview: the job's files (from this request's scratch folder, or back from the engine) read and staged beside the
// live base by the CLI's own two functions (readExports, then stageExamples), every example of the diff listed; nothing
// public changes. The report is the CLI's, a stopped run's included (`fatal`), so the mapping editor can fix it.

/** Lines in a text file, for the progress bar's estimate of rows to read. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) for (const byte of chunk) if (byte === 0x0a) lines++;
  return lines;
}

/** The message a curator sees for a failed preview: the pipeline's own French words, or a plain fallback. */
export const failureMessage = (error: unknown): string =>
  error instanceof ImportError || error instanceof PublishError ? error.message : 'L’aperçu a échoué sur une erreur inattendue (voir le journal du serveur). Réessayez ; si elle revient, signalez-la.';

/** The job's files with the signature of their header (headerSignature, as the report gives it): which saved profile fits them. */
const signed = (job: Job, report: ImportReport): Job['files'] =>
  job.files.map((f, i) => {
    const read = report.files.find((r) => r.file === f.name) ?? report.files[i];
    return read?.header.length ? { ...f, signature: read.signature } : f;
  });

/** Deletes a job's stage and its diff index (best effort). */
export async function dropStage(svc: AdminService, stageUid: string | undefined): Promise<void> {
  if (!stageUid) return;
  await Promise.allSettled([discardStaged(svc.options.target, stageUid), write(svc.options.engine, 'DELETE', `/indexes/${diffIndexName(stageUid)}`)]);
}

/** The inputs of a job in `dir`: each file from `local` when this process still holds it, else from the engine. */
async function inputsOf(svc: AdminService, job: Job, dir: string, local?: Map<string, string>): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const [n, file] of job.files.entries()) {
    let path = local?.get(file.uploadId);
    if (!path) {
      path = join(dir, `${n}`);
      await svc.uploads.restore(file.uploadId, file.chunks, path);
    }
    inputs.push({ path, name: file.name });
  }
  return inputs;
}

/** Share of the reading done: each file its part; a text file by its lines, a workbook (rows unknown until read) approaching its end. */
async function readingShare(job: Job, inputs: InputFile[]): Promise<(p: ReadProgress) => number> {
  const lines = await Promise.all(inputs.map((f, i) => (job.files[i]!.kind === 'xlsx' ? Promise.resolve(undefined) : countLines(f.path))));
  return (p) => {
    const expected = lines[p.fileIndex];
    const within = expected === undefined ? p.rows / (p.rows + 2_000) : Math.min(1, p.rows / Math.max(1, expected));
    return (p.fileIndex + within) / Math.max(1, p.files);
  };
}

/** Reads and stages a job; records `ready` with the report and diff, or `failed` with the reason and the report so far. Never throws. */
export async function runPreview(svc: AdminService, job: Job, local?: Map<string, string>): Promise<void> {
  const { engine, target, index } = svc.options;
  const started = Date.now();
  const notes = progressNotes(svc.jobs, job.id);
  const dir = await mkdtemp(join(tmpdir(), 'odd17-preview-'));
  const stageUid = `${stagePrefix(index)}${job.id}_${job.attempt}`;
  let share: (p: ReadProgress) => number = () => 0;
  const reading = readExports({
    index, publishing: true, ...(job.mapping ? { mapping: ImportMappingSchema.parse(JSON.parse(job.mapping)) } : {}),
    onProgress: (p) => notes.note(0.8 * share(p), `Lecture de ${p.file} : ${p.rows.toLocaleString('fr-FR')} lignes`),
  });
  try {
    // Noted for the expiry sweep should this process die mid-preview; nothing waits on it.
    await svc.jobs.store.patch([{ id: job.id, stageUid, updatedAt: Date.now() }], { wait: false });
    const inputs = await inputsOf(svc, job, dir, local);
    share = await readingShare(job, inputs);
    const base = (await datasetOf(adminClient(target), index))?.documents ?? 0;
    const diff = await diffWriter(engine, stageUid);
    let listed = 0;
    const staged = await stageExamples(target, {
      index,
      uid: stageUid,
      examples: await reading.open(inputs),
      files: inputs.map((f) => f.name),
      onDiffEntry: async (entry) => {
        listed++;
        notes.note(0.8 + 0.19 * Math.min(1, listed / Math.max(1, base + listed)), 'Comparaison avec la base en ligne');
        await diff.add(entry);
      },
    });
    const { report } = reading.report(started, { dataset: staged.info });
    await diff.finish();
    await notes.settled();
    await svc.jobs.store.patch([{ id: job.id, status: 'ready', progress: 1, phase: 'Aperçu prêt', files: signed(job, report), staged: JSON.stringify(staged), baseVersion: staged.baseVersion, report: JSON.stringify(report), diff: staged.diff, updatedAt: Date.now() }]);
  } catch (error) {
    svc.options.logger?.warn({ err: error, job: job.id }, 'aperçu en échec');
    await notes.settled();
    await dropStage(svc, stageUid);
    const message = failureMessage(error);
    // A run stopped by its files (no title column…) keeps what was read: the mapping editor is how the curator fixes it.
    const { report } = reading.report(started, { fatal: { message } });
    await svc.jobs.store.patch([{ id: job.id, status: 'failed', phase: 'Échec', error: message, report: JSON.stringify(report), files: signed(job, report), updatedAt: Date.now() }]).catch(() => {});
  } finally {
    reading.close();
    await rm(dir, { recursive: true, force: true });
  }
}
