import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import type { Example } from '#domain/example.js';
import { toIndexDocument } from '#server/engine/documents.js';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { INDEX_SETTINGS } from '#server/engine/index-settings.js';
import { Collector } from '#server/import/collector.js';
import { expandPaths } from '#server/import/files.js';
import { readExportFile } from '#server/import/read-file.js';
import { runImport } from '#server/import/run-import.js';
import { generateSampleFiles } from './sample/generate.js';

// `npm run bench:import [-- --sizes 10000,100000]`: normalisation alone, end-to-end import, and the
// engine's own time for the same documents, on exports written by the sample generator (its three dialects). Prints a table.
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1]! : '10000,100000').split(',').map(Number);

/** The documents an import of `folder` publishes (read, then sorted into one per id), for the engine-alone run. */
async function examplesOf(folder: string): Promise<Example[]> {
  const collector = new Collector(true);
  for (const file of (await expandPaths([folder])).files) for await (const events of readExportFile(file, () => {})) for (const e of events) if (e.kind === 'example') collector.offer(e);
  collector.finish();
  const out: Example[] = [];
  for await (const e of collector.examples()) out.push(e);
  collector.close();
  return out;
}

/** The engine alone: create the index with the same settings, add the same documents in the same batches, wait. */
async function engineOnly(client: Meilisearch, uid: string, examples: Example[]): Promise<number> {
  const start = performance.now();
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
  await client.index(uid).updateSettings(INDEX_SETTINGS).waitTask({ timeout: 600_000 });
  const tasks = [];
  for (let i = 0; i < examples.length; i += 5_000) {
    const task = client.index(uid).addDocuments(examples.slice(i, i + 5_000).map(toIndexDocument));
    await task;
    tasks.push(task);
  }
  for (const task of tasks) if ((await task.waitTask({ timeout: 1_800_000, interval: 50 })).status !== 'succeeded') throw new Error('échec');
  return performance.now() - start;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const dir = mkdtempSync(join(tmpdir(), 'odd17-bench-'));
const engine = await startEmbeddedEngine({ dataDir: join(dir, 'meili') });
const client = new Meilisearch({ host: engine.url, apiKey: engine.masterKey });
const table: Record<string, string>[] = [];
try {
  for (const rows of SIZES) {
    const exports = join(dir, `bench-${rows}`);
    await generateSampleFiles({ outDir: exports, rows });
    const t0 = performance.now();
    await runImport({ paths: [exports], index: 'unused', dryRun: true });
    const dry = performance.now() - t0;
    const t1 = performance.now();
    await runImport({ paths: [exports], engine, index: `bench_${rows}`, dryRun: false });
    const full = performance.now() - t1;
    const direct = await engineOnly(client, `direct_${rows}`, await examplesOf(exports));
    table.push({
      lignes: rows.toLocaleString('fr-FR'),
      'normalisation (dry-run)': seconds(dry),
      'lignes/s': Math.round(rows / (dry / 1000)).toLocaleString('fr-FR'),
      'import complet': seconds(full),
      'moteur seul': seconds(direct),
      surcoût: `${seconds(full - direct)} (${Math.round(((full - direct) / direct) * 100)} %)`,
    });
    await client.deleteIndex(`bench_${rows}`).waitTask();
    await client.deleteIndex(`bench_${rows}-meta`).waitTask();
    await client.deleteIndex(`direct_${rows}`).waitTask();
  }
  console.table(table);
} finally {
  await engine.stop();
  rmSync(dir, { recursive: true, force: true });
}
