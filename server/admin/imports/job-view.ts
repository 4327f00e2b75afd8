import { ImportMappingSchema } from '#domain/import-mapping.js';
import type { AdminService } from '../admin-service.js';
import type { Job } from './jobs.js';
import { removalCheck } from './job-actions.js';

// GET /api/admin/imports/:id: what the workspace shows of a job (never its stage's index name or the engine's words).

export async function jobView(svc: AdminService, job: Job) {
  const suggestions = job.status === 'ready' || job.status === 'failed' ? await svc.profiles.matching(job.files.map((f) => f.signature ?? '')) : [];
  const removal = removalCheck(job, svc.options.removalConfirmPercent);
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    phase: job.phase,
    by: job.by,
    createdAt: job.createdAt,
    files: job.files.map((f) => ({ name: f.name, size: f.size, kind: f.kind, signature: f.signature ?? null })),
    mapping: job.mapping ? ImportMappingSchema.parse(JSON.parse(job.mapping)) : null,
    profile: job.profile ?? null,
    profileSuggestions: suggestions.filter((name) => name !== job.profile),
    report: job.report ? (JSON.parse(job.report) as unknown) : null,
    diff: job.diff ?? null,
    removal: { ...removal, thresholdPercent: svc.options.removalConfirmPercent },
    error: job.error ?? null,
    dataVersion: job.dataVersion ?? null,
  };
}

/** The diff's two sides for a job: before publication the live base and the stage; after, the kept copy and the live base. */
export function diffSourceOf(job: Job, live: { dataVersion?: string } | undefined, versionIndex: (v: string) => string, liveIndex: string) {
  if (!job.stageUid) return undefined;
  if (job.status !== 'published') return { stageUid: job.stageUid, beforeUid: job.baseVersion ? liveIndex : undefined, afterUid: job.stageUid };
  const afterUid = live?.dataVersion === job.dataVersion ? liveIndex : job.dataVersion ? versionIndex(job.dataVersion) : undefined;
  return { stageUid: job.stageUid, beforeUid: job.baseVersion ? versionIndex(job.baseVersion) : undefined, afterUid };
}
