import express, { Router } from 'express';
import { z } from 'zod';
import type { AdminService } from '../admin/admin-service.js';
import { DIFF_KINDS, diffPage } from '../admin/imports/diff-store.js';
import { streamDiffCsv } from '../admin/imports/diff-csv.js';
import { discardImport, jobOr404, publishImport, remapImport } from '../admin/imports/job-actions.js';
import { diffSourceOf, jobView } from '../admin/imports/job-view.js';
import { mappingFrom, startImport } from '../admin/imports/start-import.js';
import { sweepNowAndThen } from '../admin/sweep.js';
import { receiveUpload } from '../admin/uploads/receive-upload.js';
import { adminClient } from '../publish/engine-admin.js';
import { versionIndexName } from '../publish/index-names.js';
import { datasetOf } from '../publish/stage-and-publish.js';
import { audit, sessionOf } from '../http/admin-guard.js';
import { HttpError } from '../http/http-error.js';
import { parseQuery } from '../http/parse-query.js';

// Imports: upload (a dry run), status and report, diff pages and CSV, a new mapping, publish, discard.

const DiffQuerySchema = z.object({
  kind: z.enum(DIFF_KINDS as [string, ...string[]]).optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  hitsPerPage: z.coerce.number().int().min(1).max(100).default(20),
}).strict();
const PublishSchema = z.object({ confirmRemoved: z.number().int().min(0).optional() }).strict();
const RemapSchema = z.object({ mapping: z.unknown().optional(), profile: z.string().max(80).optional() }).strict();

export function importRoutes(svc: AdminService, onPublished: () => void): Router {
  const router = Router();
  const json = express.json({ limit: '1mb' });
  const sourceOf = async (id: string) => {
    const job = await jobOr404(svc, id);
    const live = await datasetOf(adminClient(svc.options.target), svc.options.index);
    const source = diffSourceOf(job, live, (v) => versionIndexName(svc.options.index, v), svc.options.index);
    if (job.diffPruned) throw new HttpError(409, 'conflict', 'Le détail des changements de cette publication n’est plus conservé (seuls ceux des dernières versions le sont).');
    if (!source || (job.status !== 'ready' && job.status !== 'published' && job.status !== 'publishing')) throw new HttpError(409, 'conflict', 'Le détail des changements n’est pas disponible pour cet import (pas encore prêt, en échec ou abandonné).');
    return { job, source };
  };

  router.post('/imports', async (req, res) => {
    void sweepNowAndThen(svc);
    const received = await receiveUpload(req, { maxFileBytes: svc.options.uploadMaxBytes, maxFiles: svc.options.maxFiles });
    try {
      const job = await startImport(svc, received, sessionOf(res).name);
      audit(res, 'dépôt', { import: job.id, files: job.files.map((f) => f.name) });
      res.status(201).json({ id: job.id });
    } catch (error) {
      await received.cleanup();
      throw error;
    }
  });
  router.get('/imports', async (_req, res) => {
    void sweepNowAndThen(svc);
    res.json((await svc.jobs.recent()).results.map((job) => ({ ...job, files: job.files.map((f) => ({ name: f.name, size: f.size, kind: f.kind })) })));
  });
  router.get('/imports/:id', async (req, res) => {
    res.json(await jobView(svc, await jobOr404(svc, req.params.id)));
  });
  router.get('/imports/:id/diff', async (req, res) => {
    const query = parseQuery(DiffQuerySchema, req.query as Record<string, unknown>);
    const { source } = await sourceOf(req.params.id);
    res.json(await diffPage(svc.options.engine, source, { ...query, kind: query.kind as (typeof DIFF_KINDS)[number] | undefined }));
  });
  router.get('/imports/:id/diff.csv', async (req, res) => {
    const { kind } = parseQuery(DiffQuerySchema.pick({ kind: true }), req.query as Record<string, unknown>);
    const { job, source } = await sourceOf(req.params.id);
    audit(res, 'téléchargement du détail', { import: job.id, kind });
    await streamDiffCsv(svc.options.engine, source, kind as (typeof DIFF_KINDS)[number] | undefined, res, `changements-${job.id}${kind ? `-${kind}` : ''}.csv`);
  });
  router.put('/imports/:id/mapping', json, async (req, res) => {
    const body = parseQuery(RemapSchema, (req.body ?? {}) as Record<string, unknown>);
    const job = await jobOr404(svc, req.params.id);
    const { mapping, profile } = await mappingFrom(svc, body);
    await remapImport(svc, job, mapping, profile);
    audit(res, 'nouvelle correspondance', { import: job.id, profile });
    res.status(202).json({ id: job.id });
  });
  router.post('/imports/:id/publish', json, async (req, res) => {
    const { confirmRemoved } = parseQuery(PublishSchema, (req.body ?? {}) as Record<string, unknown>);
    const job = await jobOr404(svc, req.params.id);
    await publishImport(svc, job, sessionOf(res).name, confirmRemoved, onPublished);
    audit(res, 'publication', { import: job.id, diff: job.diff, confirmRemoved });
    res.status(202).json({ id: job.id });
  });
  router.delete('/imports/:id', async (req, res) => {
    const job = await jobOr404(svc, req.params.id);
    await discardImport(svc, job);
    audit(res, 'abandon', { import: job.id });
    res.status(204).end();
  });
  return router;
}
