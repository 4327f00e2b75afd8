import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '#server/app.js';
import { createAppServer } from '#server/http/app-server.js';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { createBasePackageCache } from '#server/export/base-package.js';
import { runImport } from '#server/import/run-import.js';
import { createSearchClient } from '#server/keys.js';
import { generateSampleFiles } from './sample/generate.js';
import { sampleMemoryPeak } from './support/memory-peak.js';

// Benchmark (not a test): the whole-base data package built from the engine, beside the plain CSV export of the same set
// (the floor: one pass over the engine, no zip), with this process's memory sampled every 20 ms. 127.0.0.1 only.
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dataDir = mkdtempSync(join(tmpdir(), 'odd17-bench-package-'));
const engine = await startEmbeddedEngine({ dataDir });
const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

/** Runs `work` while sampling RSS and heap; prints the figures beside its rows/s. */
async function measured(label: string, work: () => Promise<number>): Promise<void> {
  global.gc?.();
  const memory = sampleMemoryPeak();
  const { before } = memory;
  const started = performance.now();
  const bytes = await work();
  const seconds = (performance.now() - started) / 1000;
  const { peakRss, peakHeap } = memory.stop();
  console.log(`${label.padEnd(34)} ${ROWS} rows in ${seconds.toFixed(1)} s = ${(ROWS / seconds).toFixed(0)} rows/s, ${mb(bytes)} MB; RSS ${mb(before.rss)} → peak ${mb(peakRss)} MB (+${mb(peakRss - before.rss)}), heap ${mb(before.heapUsed)} → peak ${mb(peakHeap)} MB`);
}

/** Downloads a URL to /dev/null with curl (another process, so only the server's memory is this one's). */
async function curl(url: string): Promise<number> {
  const child = spawn('curl', ['-s', '-o', '/dev/null', '-w', '%{size_download}', url]);
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  await once(child, 'exit');
  return Number(out);
}

try {
  const t = performance.now();
  await generateSampleFiles({ outDir: join(dataDir, 'generated'), rows: ROWS });
  await runImport({ paths: [join(dataDir, 'generated')], engine: { url: engine.url, masterKey: engine.masterKey }, index: 'large', dryRun: false });
  console.log(`generated and imported ${ROWS} examples in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const { client } = await createSearchClient({ url: engine.url, masterKey: engine.masterKey, index: 'large', timeoutMs: 60_000 });
  const ctx = { engine: client, index: 'large' };
  const cache = createBasePackageCache({ ctx, dir: join(dataDir, 'cache') });
  const server = createAppServer(createApp({ search: ctx, basePackage: cache })).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await measured('plain CSV export (floor)', () => curl(`${base}/api/export`));
  await measured('data package export (zip)', () => curl(`${base}/api/export?format=datapackage`));
  await measured('base.zip: build into the cache', async () => (await cache.current(base))!.bytes);
  await measured('base.zip: served from the cache', () => curl(`${base}/api/export/base.zip`));
  server.close();
  client.close();
} finally {
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
