import express, { Router } from 'express';
import { z } from 'zod';
import type { AdminService } from '../admin/admin-service.js';
import { mappingOf } from '../admin/imports/start-import.js';
import { validProfileName } from '../admin/profiles.js';
import { listVersions, startRestore, versionReport } from '../admin/versions.js';
import { audit, sessionOf } from '../http/admin-guard.js';
import { HttpError } from '../http/http-error.js';
import { parseQuery } from '../http/parse-query.js';

// Versions (history, report, rollback and its status) and saved mapping profiles.

const VersionParams = z.object({ dataVersion: z.string().regex(/^[0-9a-f]{12}$/, 'une version de 12 caractères hexadécimaux') });

const profileName = (raw: string): string => {
  const name = raw.normalize('NFC').trim();
  if (!validProfileName(name)) throw new HttpError(400, 'invalid_request', `Nom de profil refusé « ${name.slice(0, 80)} » : 1 à 80 lettres, chiffres, espaces ou . _ ' ( ) -.`);
  return name;
};

export function versionRoutes(svc: AdminService, onPublished: () => void): Router {
  const router = Router();
  router.get('/versions', async (_req, res) => {
    res.json(await listVersions(svc));
  });
  router.get('/versions/:id/report', async (req, res) => {
    if (!/^[0-9]+-[a-z0-9]+$/.test(req.params.id)) throw new HttpError(404, 'not_found', 'Aucune publication de cet identifiant.');
    res.json(await versionReport(svc, req.params.id));
  });
  router.post('/versions/:dataVersion/restore', async (req, res) => {
    const { dataVersion } = parseQuery(VersionParams, { ...req.params });
    const job = await startRestore(svc, dataVersion, sessionOf(res).name, onPublished);
    audit(res, 'retour en arrière', { dataVersion, restore: job.id });
    res.status(202).json({ id: job.id });
  });
  router.get('/restores/:id', async (req, res) => {
    const job = await svc.jobs.get(req.params.id);
    if (!job || job.kind !== 'restore') throw new HttpError(404, 'not_found', `Aucun retour en arrière « ${req.params.id} ».`);
    res.json({ id: job.id, status: job.status, progress: job.progress, phase: job.phase, dataVersion: job.dataVersion, by: job.by, error: job.error ?? null });
  });

  router.get('/profiles', async (_req, res) => {
    res.json(await svc.profiles.list());
  });
  router.get('/profiles/:name', async (req, res) => {
    const profile = await svc.profiles.get(profileName(req.params.name));
    if (!profile) throw new HttpError(404, 'not_found', `Aucun profil nommé « ${req.params.name} ».`);
    res.json(profile);
  });
  router.put('/profiles/:name', express.json({ limit: '1mb' }), async (req, res) => {
    const name = profileName(req.params.name);
    // The body is a mapping file's content (one profile, or `{ profiles }`): what GET gives back and `--mapping` takes.
    const saved = await svc.profiles.put(name, mappingOf(req.body ?? {}), sessionOf(res).name);
    audit(res, 'profil enregistré', { profile: name });
    res.json(saved);
  });
  router.delete('/profiles/:name', async (req, res) => {
    const name = profileName(req.params.name);
    if (!(await svc.profiles.get(name))) throw new HttpError(404, 'not_found', `Aucun profil nommé « ${name} ».`);
    await svc.profiles.remove(name);
    audit(res, 'profil supprimé', { profile: name });
    res.status(204).end();
  });
  return router;
}
