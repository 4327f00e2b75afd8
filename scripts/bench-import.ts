import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { adminClient } from '#server/publish/engine-admin.js';
import type { Example } from '#domain/example.js';
import { toIndexDocument } from '#server/engine/documents.js';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { INDEX_SETTINGS } from '#server/engine/index-settings.js';
import { DEFAULT_BATCH, FIRST_BATCH } from '#server/publish/build-index.js';
import { Collector } from '#server/import/collector.js';
import { expandPaths } from '#server/import/files.js';
import { readExportFile } from '#server/import/read-file.js';
import { runImport } from '#server/import/run-import.js';
import { generateSampleFiles } from './sample/generate.js';

// `npm run bench:import [-- --sizes 10000,100000]`: normalisation alone (dry run), the full import, and the engine's
// own time for the same documents sent the same way (the floor of a full import), with this process's peak RSS in
// each phase, on exports written by the sample generator (its three dialects). Prints one table.
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1]! : '10000,100000').split(',').map(Number);
/**
 * Full import and engine alone are timed in pairs, in turn, and the medians kept: the engine's own indexing of the same
 * 10,000 documents took 4.7 s in one run and 7.0 s in the next (quiet machine), more than the import adds. Three pairs
 * up to 20,000 rows, one above (a 100k pair takes ~2 minutes); BENCH_PAIRS=<n> for any size.
 */
const pairsFor = (rows: number): number => Number(process.env.BENCH_PAIRS ?? 0) || (rows <= 20_000 ? 3 : 1);

/** The documents an import of `folder` publishes (read, then one per id), for the engine-alone run. */
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
  for (let i = 0; i < examples.length; i += i === 0 ? FIRST_BATCH : DEFAULT_BATCH) {
    const task = client.index(uid).addDocuments(examples.slice(i, i + (i === 0 ? FIRST_BATCH : DEFAULT_BATCH)).map(toIndexDocument));
    await task;
    tasks.push(task);
  }
  for (const task of tasks) if ((await task.waitTask({ timeout: 1_800_000, interval: 50 })).status !== 'succeeded') throw new Error('échec');
  return performance.now() - start;
}

/**
 * The engine's first document additions after it starts take ~3 s each, then ~0.25 s (three in a row measured on the
 * shared machine, whatever the wait before them): a cost of the engine's start, paid once by a long-lived engine, which
 * fell on the first phase timed here (the 10k full import's batch, meta and history). Paid before anything is timed.
 */
async function warmUp(client: Meilisearch): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const start = performance.now();
    await client.index('warm_up').addDocuments([{ id: String(i) }], { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    if (performance.now() - start < 1_000) break;
  }
  await client.deleteIndex('warm_up').waitTask();
}

/** Runs `work`, sampling this process's RSS every 100 ms: its time and the peak RSS seen. */
async function measured(work: () => Promise<unknown>): Promise<{ ms: number; rss: number }> {
  global.gc?.();
  let rss = process.memoryUsage.rss();
  const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage.rss())), 100);
  const start = performance.now();
  await work();
  clearInterval(timer);
  return { ms: performance.now() - start, rss: Math.max(rss, process.memoryUsage.rss()) };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mio`;
const dir = mkdtempSync(join(tmpdir(), 'odd17-bench-'));
const engine = await startEmbeddedEngine({ dataDir: join(dir, 'meili') });
const client = adminClient({ url: engine.url, masterKey: engine.masterKey });
const table: Record<string, string>[] = [];
try {
  await warmUp(client);
  for (const rows of SIZES) {
    const exports = join(dir, `bench-${rows}`);
    await generateSampleFiles({ outDir: exports, rows });
    const dry = await measured(() => runImport({ paths: [exports], index: 'unused', dryRun: true }));
    // Read when first needed: held during a full import, 100k documents would add to its peak RSS.
    let docs: Example[] | undefined;
    const fulls: { ms: number; rss: number }[] = [];
    const directs: number[] = [];
    for (let pair = 0; pair < pairsFor(rows); pair++) {
      // Each a first publication into indexes of its own, as the single run was; which side goes first alternates.
      const full = () => measured(() => runImport({ paths: [exports], engine, index: `bench_${rows}_${pair}`, dryRun: false })).then((m) => fulls.push(m));
      const direct = async () => directs.push(await engineOnly(client, `direct_${rows}_${pair}`, (docs ??= await examplesOf(exports))));
      if (pair % 2 === 0) await full().then(direct);
      else await direct().then(full);
      for (const uid of [`bench_${rows}_${pair}`, `bench_${rows}_${pair}-meta`, `bench_${rows}_${pair}-history`, `direct_${rows}_${pair}`]) await client.deleteIndex(uid).waitTask();
    }
    const ratios = fulls.map((f, i) => f.ms / directs[i]!);
    const range = ratios.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}, ${ratios.length} paires)` : '';
    table.push({
      lignes: rows.toLocaleString('fr-FR'),
      'normalisation (dry-run)': seconds(dry.ms),
      'lignes/s': Math.round(rows / (dry.ms / 1000)).toLocaleString('fr-FR'),
      'RSS max (dry-run)': mb(dry.rss),
      'import complet': seconds(median(fulls.map((f) => f.ms))),
      'moteur seul': seconds(median(directs)),
      'complet / moteur': `${median(ratios).toFixed(2)}×${range}`,
      // The first pair's: later ones run with the engine-alone documents held in this process.
      'RSS max (complet)': mb(fulls[0]!.rss),
    });
  }
  console.table(table);
} finally {
  await engine.stop();
  rmSync(dir, { recursive: true, force: true });
}
