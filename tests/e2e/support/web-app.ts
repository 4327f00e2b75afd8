import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Example } from '../../../domain/example.js';
import { createApp } from '../../../server/app.js';
import { createEngineClient } from '../../../server/engine-client/engine-client.js';
import { publishExamples } from '../../../server/import/publish.js';
import { ensureSearchKey } from '../../../server/keys.js';

const root = resolve(import.meta.dirname, '../../..');
export const WEB_DIST = resolve(root, 'web/dist');

/** Builds the front end (vite build) as `npm start` serves it; NODE_ENV=production, as vitest sets it to test. */
export function buildWeb(): void {
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (run.status !== 0) throw new Error('vite build a échoué : voir la sortie ci-dessus');
}

export interface WebApp {
  baseUrl: string;
  close(): Promise<void>;
}

/** Publishes examples to a fresh index (unless publish: false, index already filled) and serves the real app (API + built web) on 127.0.0.1, on a free port. */
export async function startWebApp(options: { url: string; masterKey: string; index: string; examples: Example[]; publish?: boolean }): Promise<WebApp> {
  const { url, masterKey, index, examples } = options;
  if (options.publish !== false) await publishExamples({ url, masterKey, index, examples, files: ['fixtures-web.csv'] });
  const admin = createEngineClient({ url, key: masterKey });
  const searchKey = await ensureSearchKey(admin, index);
  admin.close();
  const engine = createEngineClient({ url, key: searchKey, timeoutMs: 5_000 });
  const app = createApp({ search: { engine, index }, webDir: WEB_DIST, rateLimitPerMinute: 0, exportRateLimitPerMinute: 0 });
  const server: Server = await new Promise((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      engine.close();
    },
  };
}
