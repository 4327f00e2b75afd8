import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { resolve } from 'node:path';
import type { Example } from '#domain/example.js';
import { createApp } from '#server/app.js';
import { createAppServer } from '#server/http/app-server.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { publishExamples } from '#server/import/publish.js';
import { createSearchClient } from '#server/keys.js';
import { createLiveService, type LiveService } from '#server/live/live-service.js';
import { buildWeb } from '#server/start/web-build.js';
import { createAdminService, type AdminOptions, type AdminService } from '#server/admin/admin-service.js';

const root = resolve(import.meta.dirname, '../..');
export const WEB_DIST = resolve(root, 'web/dist');

/** Builds the front end as `npm start` serves it. */
export function buildWebForTests(): void {
  if (!buildWeb(root, { quiet: true })) throw new Error('vite build a échoué : voir la sortie ci-dessus');
}

export interface WebApp {
  baseUrl: string;
  /** The app's live sessions (a test may drop their streams, as a restart would). */
  live: LiveService;
  /** The index it serves (a test may publish a new version to it). */
  index: string;
  /** The curators' workspace, when started with `workspace` (its options). */
  workspace?: AdminService;
  close(): Promise<void>;
}

/** The workspace on the same engine and index, as `npm start` builds it (its bounds overridable). */
function workspaceFor(url: string, masterKey: string, index: string, options: Partial<AdminOptions>): AdminService {
  return createAdminService({
    engine: createEngineClient({ url, key: masterKey, timeoutMs: 60_000 }),
    target: { url, masterKey },
    index,
    keepVersions: 5,
    uploadMaxBytes: 50 * 1024 * 1024,
    xlsxMaxUncompressedBytes: 500 * 1024 * 1024,
    sessionMs: 12 * 3_600_000,
    throttle: { maxPerAccount: 5, maxPerIp: 30, lockMs: 15 * 60_000 },
    removalConfirmPercent: 20,
    ...options,
  });
}

/** Publishes examples to a fresh index (unless publish: false, index already filled) and serves the real app (API + built web) on 127.0.0.1, on a free port. */
export async function startWebApp(options: { url: string; masterKey: string; index: string; examples: Example[]; publish?: boolean; logger?: Logger; workspace?: Partial<AdminOptions>; searchCacheMs?: number; webDir?: string }): Promise<WebApp> {
  const { url, masterKey, index, examples } = options;
  if (options.publish !== false) await publishExamples({ url, masterKey, index, examples, files: ['fixtures-web.csv'] });
  const { client: engine } = await createSearchClient({ url, masterKey, index, timeoutMs: 5_000 });
  const live = createLiveService({ engine: createEngineClient({ url, key: masterKey, timeoutMs: 5_000 }), index, retryMs: 1_000 });
  const workspace = options.workspace ? workspaceFor(url, masterKey, index, options.workspace) : undefined;
  const app = createApp({ search: { engine, index }, live, admin: { url, masterKey }, webDir: options.webDir ?? WEB_DIST, logger: options.logger, ...(workspace ? { workspace } : {}), ...(options.searchCacheMs ? { searchCacheMs: options.searchCacheMs, dataWatchMs: 1_000 } : {}) });
  const server: Server = await new Promise((ok) => {
    const s = createAppServer(app).listen(0, '127.0.0.1', () => ok(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    live,
    index,
    ...(workspace ? { workspace } : {}),
    close: async () => {
      live.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      engine.close();
      workspace?.options.engine.close();
    },
  };
}
