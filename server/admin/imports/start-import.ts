import { randomBytes } from 'node:crypto';
import { parseImportMapping, type ImportMapping } from '#domain/import-mapping.js';
import { HttpError } from '../../http/http-error.js';
import type { AdminService } from '../admin-service.js';
import type { Received } from '../uploads/receive-upload.js';
import { FileRefused, sniffFile } from '../uploads/sniff-file.js';
import type { EnqueuedTask } from '../store/tasks.js';
import type { Job, JobFile } from './jobs.js';
import { runPreview } from './run-preview.js';

// POST /api/admin/imports: every file checked by its content first (one refused, nothing is kept), then stored in the
// engine, then previewed in the background while the curator watches the progress.

export const newId = (): string => `${Date.now().toString(36)}${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x')}`;

/** A mapping sent by a curator (an upload's field, a new preview, a profile to save), checked as `--mapping FILE` is. */
export function mappingOf(json: unknown): ImportMapping {
  if (typeof json === 'string') {
    try {
      json = JSON.parse(json);
    } catch {
      throw new HttpError(400, 'invalid_request', 'La correspondance n’est pas du JSON valide.');
    }
  }
  const parsed = parseImportMapping(json);
  if (!parsed.ok) throw new HttpError(400, 'invalid_request', `Correspondance refusée : ${parsed.problems.slice(0, 5).join(' ; ')}.`);
  return parsed.mapping;
}

/** The mapping a request names: its own JSON, a saved profile's, or none. */
export async function mappingFrom(svc: AdminService, fields: { mapping?: unknown; profile?: unknown }): Promise<{ mapping?: ImportMapping; profile?: string }> {
  if (typeof fields.profile === 'string' && fields.profile) {
    const profile = await svc.profiles.get(fields.profile);
    if (!profile) throw new HttpError(404, 'not_found', `Aucun profil nommé « ${fields.profile} ».`);
    return { mapping: { profiles: profile.profiles }, profile: profile.name };
  }
  if (fields.mapping === undefined || fields.mapping === '' || fields.mapping === null) return {};
  return { mapping: mappingOf(fields.mapping) };
}

/** Checks, stores and starts previewing an upload; resolves once the job exists (the preview goes on). */
export async function startImport(svc: AdminService, received: Received, by: string): Promise<Job> {
  const { mapping, profile } = await mappingFrom(svc, received.fields);
  const limits = { maxEntries: 1_000, maxUncompressedBytes: svc.options.xlsxMaxUncompressedBytes };
  const kinds = await Promise.all(received.files.map((f) => sniffFile(f.path, f.name, limits).catch((e: unknown) => e)));
  const refused = kinds.filter((k): k is FileRefused => k instanceof FileRefused);
  if (refused.length) throw new HttpError(415, 'unsupported_file', `${refused.map((r) => r.message).join(' ')} Rien n’a été enregistré.`);
  const failed = kinds.find((k) => k instanceof Error);
  if (failed) throw failed;
  const now = Date.now();
  const expiresAt = now + svc.options.previewTtlMs;
  const files: JobFile[] = [];
  const local = new Map<string, string>();
  const writes: EnqueuedTask[] = [];
  for (const [i, file] of received.files.entries()) {
    const uploadId = newId();
    const saved = await svc.uploads.save(uploadId, file.path, expiresAt);
    writes.push(...saved.tasks);
    files.push({ name: file.name, size: file.size, kind: kinds[i] as JobFile['kind'], uploadId, chunks: saved.chunks });
    local.set(uploadId, file.path);
  }
  const job: Job = {
    id: newId(), kind: 'import', status: 'reading', progress: 0, phase: 'Fichiers reçus', by, createdAt: new Date(now).toISOString(), createdMs: now,
    updatedAt: now, expiresAt, files, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}), ...(profile ? { profile } : {}), attempt: 1,
  };
  await svc.jobs.store.put(job);
  await svc.uploads.check(writes);
  void runPreview(svc, job, local).finally(() => received.cleanup());
  return job;
}
