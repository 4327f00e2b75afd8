import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adminClient } from '#server/publish/engine-admin.js';
import { ExampleSchema, type Example } from '#domain/example.js';
import { createAdminService } from '#server/admin/admin-service.js';
import { diffWriter } from '#server/admin/imports/diff-store.js';
import { createApp } from '#server/app.js';
import { createAppServer } from '#server/http/app-server.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { fromIndexDocument, toIndexDocument, type IndexDocument } from '#server/engine/documents.js';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { INDEX_SETTINGS } from '#server/engine/index-settings.js';
import { runImport } from '#server/import/run-import.js';
import { createSearchClient } from '#server/keys.js';
import { fillBuild } from '#server/publish/build-index.js';
import { diffIndexes } from '#server/publish/diff-indexes.js';
import { median, mb, seconds, withPeakRss } from './bench-workspace/memory.js';
import { loginHeaders, publishThroughWorkspace } from './bench-workspace/workspace-client.js';
import { generateSampleFiles } from './sample/generate.js';

// `npm run bench:workspace`: (1) publishing the sample (1,321 rows → 1,260 examples) through the workspace (upload,
// preview, publish, over HTTP) vs `npm run import` on the same files vs the engine alone indexing the same documents;
// (2) the diff of 100k examples against 100k (1 % changed, 1 % removed, 1 % added) with this process's memory before and
// at its peak, vs the bare pipe of reading both indexes page by page. Run under the bench lock; the machine is shared.
const root = resolve(import.meta.dirname, '..');
const SAMPLE = ['ancien-export.csv', 'export-plateforme-2024.csv', 'tableur-catalyseurs.csv'].map((f) => join(root, 'data', f));
const RUNS = Number(process.env.RUNS ?? 3);
const BIG = Number(process.env.DIFF_ROWS ?? 100_000);

const dir = mkdtempSync(join(tmpdir(), 'odd17-bench-ws-'));
const engine = await startEmbeddedEngine({ dataDir: join(dir, 'meili') });
const target = { url: engine.url, masterKey: engine.masterKey };
const client = adminClient({ url: engine.url, masterKey: engine.masterKey });
const wait = (task: { waitTask(o: object): Promise<{ status: string }> }) => task.waitTask({ timeout: 1_800_000, interval: 20 });

/** The engine alone: a fresh index with the same settings, the same documents added in the same batches. */
async function engineAlone(uid: string, docs: Example[]): Promise<number> {
  const start = performance.now();
  await wait(client.createIndex(uid, { primaryKey: 'id' }));
  await wait(client.index(uid).updateSettings(INDEX_SETTINGS));
  const tasks = [];
  for (let i = 0; i < docs.length; i += 5_000) tasks.push(client.index(uid).addDocuments(docs.slice(i, i + 5_000).map(toIndexDocument)));
  for (const task of tasks) await wait(task);
  return performance.now() - start;
}

async function allDocs(uid: string): Promise<Example[]> {
  const out: Example[] = [];
  for (let offset = 0; ; offset += 1_000) {
    const page = await client.index<IndexDocument>(uid).getDocuments({ offset, limit: 1_000 });
    out.push(...page.results.map(fromIndexDocument));
    if (page.results.length < 1_000) return out;
  }
}

async function publishing(): Promise<Record<string, string>[]> {
  const index = 'ws';
  const engineClient = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 60_000 });
  const svc = createAdminService({ engine: engineClient, target, index, keepVersions: 5, uploadMaxBytes: 50 << 20, xlsxMaxUncompressedBytes: 500 << 20, sessionMs: 3_600_000, throttle: { maxPerAccount: 5, maxPerIp: 30, lockMs: 60_000 }, removalConfirmPercent: 100 });
  await svc.warmUp();
  await svc.curators.add('Banc Essai', 'un mot de passe de banc');
  // Both start from the same live base: the sample once published (what an update of the base meets).
  await runImport({ paths: SAMPLE, engine: target, index, dryRun: false });
  await runImport({ paths: SAMPLE, engine: target, index: 'cli', dryRun: false });
  const { client: search } = await createSearchClient({ ...target, index });
  const server: Server = await new Promise((ok) => {
    const s = createAppServer(createApp({ search: { engine: search, index }, admin: target, workspace: svc })).listen(0, '127.0.0.1', () => ok(s));
  });
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const headers = await loginHeaders(base, 'Banc Essai', 'un mot de passe de banc');
  const cli: number[] = [];
  const ws: { upload: number; preview: number; publish: number }[] = [];
  const alone: number[] = [];
  const docs = await allDocs(index);
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    await runImport({ paths: SAMPLE, engine: target, index: 'cli', dryRun: false });
    cli.push(performance.now() - t);
    ws.push(await publishThroughWorkspace(base, headers, SAMPLE));
    alone.push(await engineAlone(`alone_${run}`, docs));
    await wait(client.deleteIndex(`alone_${run}`));
  }
  server.close();
  search.close();
  engineClient.close();
  const total = ws.map((w) => w.upload + w.preview + w.publish);
  return [
    { chemin: 'moteur seul (mêmes documents)', médiane: seconds(median(alone)), détail: '' },
    { chemin: 'npm run import (CLI)', médiane: seconds(median(cli)), détail: `${RUNS} essais : ${cli.map(seconds).join(', ')}` },
    { chemin: 'espace des curateurs (HTTP)', médiane: seconds(median(total)), détail: `dépôt ${seconds(median(ws.map((w) => w.upload)))} + aperçu ${seconds(median(ws.map((w) => w.preview)))} + publication ${seconds(median(ws.map((w) => w.publish)))}` },
  ];
}

async function bigDiff(): Promise<Record<string, string>[]> {
  const files = join(dir, 'big');
  await generateSampleFiles({ outDir: files, rows: BIG });
  await runImport({ paths: [files], engine: target, index: 'big', dryRun: false });
  // The next version, streamed from the live one: 1 % reworded, 1 % gone, 1 % new.
  async function* next(): AsyncGenerator<Example> {
    let n = 0;
    for (let offset = 0; ; offset += 5_000) {
      const page = await client.index<IndexDocument>('big').getDocuments({ offset, limit: 5_000 });
      for (const doc of page.results) {
        n++;
        if (n % 100 === 1) continue;
        // Back in the schema's key order: the content hash is of the JSON, and the engine returns keys in its own order.
        const example = ExampleSchema.parse(fromIndexDocument(doc));
        yield n % 100 === 2 ? { ...example, title: `${example.title} (modifié)` } : example;
        if (n % 100 === 3) yield { ...example, id: `${example.id}-nouveau`, title: `${example.title} (nouveau)` };
      }
      if (page.results.length < 5_000) return;
    }
  }
  await fillBuild(client, { live: 'big', build: 'big__stage_bench', examples: next(), at: new Date().toISOString() });
  const engineClient = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 60_000 });
  const pipe = await withPeakRss(async () => {
    let n = 0;
    for (const uid of ['big', 'big__stage_bench']) {
      for (let offset = 0; ; offset += 1_000) {
        const page = await client.index(uid).getDocuments({ offset, limit: 1_000, fields: ['id', 'contentHash'] });
        n += page.results.length;
        if (page.results.length < 1_000) break;
      }
    }
    return n;
  });
  const diff = await withPeakRss(async () => {
    const writer = await diffWriter(engineClient, 'big__stage_bench');
    const result = await diffIndexes(client, 'big', 'big__stage_bench', (e) => writer.add(e));
    await writer.finish();
    return result.counts;
  });
  engineClient.close();
  const c = diff.value;
  return [
    { étape: `lecture seule des deux index (${pipe.value.toLocaleString('fr-FR')} documents, id + empreinte)`, durée: seconds(pipe.ms), 'mémoire avant': mb(pipe.before), 'mémoire au pic': mb(pipe.peak) },
    { étape: `diff + liste de l’espace (+${c.added} −${c.removed} ~${c.changed} =${c.unchanged})`, durée: seconds(diff.ms), 'mémoire avant': mb(diff.before), 'mémoire au pic': mb(diff.peak) },
  ];
}

try {
  console.log('Publication de l’échantillon (1 321 lignes → 1 260 exemples), sur une base qui le contient déjà :');
  console.table(await publishing());
  console.log(`Diff de ${BIG.toLocaleString('fr-FR')} exemples contre ${BIG.toLocaleString('fr-FR')} :`);
  console.table(await bigDiff());
} finally {
  await engine.stop();
  rmSync(dir, { recursive: true, force: true });
}
