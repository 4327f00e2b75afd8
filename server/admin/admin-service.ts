import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { EngineClient } from '../engine-client/engine-client.js';
import type { EngineTarget } from '../publish/engine-admin.js';
import { curators } from './auth/curators.js';
import { loginThrottle, type ThrottleOptions } from './auth/login-throttle.js';
import { sessions } from './auth/sessions.js';
import { jobStore } from './imports/jobs.js';
import { profileStore } from './profiles.js';
import { uploadStore } from './uploads/upload-store.js';

// Everything the curators' workspace keeps, in the engine (docs/decisions.md §34): any app process can serve
// any curator's next request. Built once per process by `npm start` with the master key, which never leaves the server.

export interface AdminOptions {
  /** Keep-alive client holding the master key: the workspace's own indexes. */
  engine: EngineClient;
  /** The same engine for the publishing pipeline (server/publish, meilisearch-js). */
  target: EngineTarget;
  index: string;
  keepVersions: number;
  uploadMaxBytes: number;
  maxFiles?: number;
  xlsxMaxUncompressedBytes: number;
  sessionMs: number;
  throttle: ThrottleOptions;
  /** Removing more than this share of the base (%) needs `confirmRemoved`. */
  removalConfirmPercent: number;
  /** How long an unpublished preview (its stage and files) is kept. */
  previewTtlMs?: number;
  logger?: Logger;
}

export function createAdminService(options: AdminOptions) {
  const { engine, index } = options;
  const service = {
    options: { maxFiles: 10, previewTtlMs: 24 * 3_600_000, ...options },
    curators: curators(engine, index),
    sessions: sessions(engine, index, options.sessionMs),
    throttle: loginThrottle(engine, index, options.throttle),
    jobs: jobStore(engine, index),
    uploads: uploadStore(engine, index),
    profiles: profileStore(engine, index),
    /** Creates the workspace's indexes (and settings) now, so a curator's first login or upload does not wait for them. */
    async warmUp(): Promise<void> {
      await Promise.all([service.curators.store, service.jobs.store].map((s) => s.fetch({ limit: 1 })));
      await Promise.all([service.sessions.ready(), service.throttle.ready(), service.uploads.ready(), service.profiles.list()]);
    },
  };
  return service;
}

export type AdminService = ReturnType<typeof createAdminService>;

/** The workspace's options from the configuration; `client` holds the master key, which never leaves the server. */
export function adminOptionsFrom(config: Config, target: EngineTarget, client: EngineClient, logger?: Logger): AdminOptions {
  return {
    engine: client,
    target,
    index: config.MEILI_INDEX,
    keepVersions: config.KEEP_VERSIONS,
    uploadMaxBytes: config.UPLOAD_MAX_MB * 1024 * 1024,
    xlsxMaxUncompressedBytes: config.XLSX_MAX_UNCOMPRESSED_MB * 1024 * 1024,
    sessionMs: config.ADMIN_SESSION_HOURS * 3_600_000,
    throttle: { maxPerAccount: config.LOGIN_MAX_FAILURES, maxPerIp: config.LOGIN_MAX_FAILURES_PER_IP, lockMs: config.LOGIN_LOCK_MINUTES * 60_000 },
    removalConfirmPercent: config.REMOVAL_CONFIRM_PERCENT,
    ...(logger ? { logger } : {}),
  };
}
