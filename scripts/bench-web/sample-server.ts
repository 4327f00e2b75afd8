import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { startWebApp, type WebApp } from '../support/web-app.js';
import { webFixtures } from '../support/web-fixtures.js';

const root = resolve(import.meta.dirname, '../..');

/**
 * A throwaway engine holding the sample (data/'s CSV files, or the test fixtures when there are none) and one app per
 * build folder on it: their base URLs, what data they serve, and a cleanup.
 */
export async function startSampleServers(dists: string[]): Promise<{ bases: string[]; dataset: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'odd17-bench-web-'));
  const engine = await startEmbeddedEngine({ dataDir });
  const index = 'bench_web';
  const csvs = existsSync(join(root, 'data')) ? readdirSync(join(root, 'data')).filter((f) => f.endsWith('.csv')) : [];
  let examples = webFixtures();
  let dataset = `${examples.length} test fixtures (data/ has no CSV yet)`;
  if (csvs.length) {
    const { runImport } = await import('#server/import/run-import.js');
    await runImport({ paths: [join(root, 'data')], engine: { url: engine.url, masterKey: engine.masterKey }, index, dryRun: false });
    examples = [];
    dataset = `data/ (${csvs.length} CSV)`;
  }
  const apps: WebApp[] = [];
  for (const [i, webDir] of dists.entries()) apps.push(await startWebApp({ url: engine.url, masterKey: engine.masterKey, index, examples, publish: i === 0 && examples.length > 0, webDir }));
  return {
    bases: apps.map((a) => a.baseUrl),
    dataset,
    close: async () => {
      for (const app of apps) await app.close();
      await engine.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
