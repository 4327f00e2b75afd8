import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { pino } from 'pino';
import { SearchQuerySchema } from '../domain/query.js';
import { createApp } from '../server/app.js';
import { startEmbeddedEngine } from '../server/engine/embedded.js';
import { createEngineClient } from '../server/engine-client/engine-client.js';
import { runImport } from '../server/import/run-import.js';
import { ensureSearchKey } from '../server/keys.js';
import { searchQueries } from '../server/search/search-examples.js';
import { generateSampleFiles } from './sample/generate.js';

// Benchmark (not a test): proxy vs engine latency/throughput, client floors, export speed and memory. 127.0.0.1 only.
const root = resolve(import.meta.dirname, '..');
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5_000);
const LARGE = Number(process.env.BENCH_LARGE ?? 100_000);
const SEARCHES = ['q=insertion', 'q=jeunes+numerique&region=bretagne', 'region=occitanie&sdg=4&sdg=13', 'q=climat&sort=year:desc', 'q=ecole&actorType=association&theme=education'];

const dataDir = mkdtempSync(join(tmpdir(), 'odd17-bench-'));
const engine = await startEmbeddedEngine({ dataDir });
const admin = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 60_000 });
const searchKey = await ensureSearchKey(admin, 'sample');
const largeKey = await ensureSearchKey(admin, 'large');

interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  /** Load generator CPU per request (ms). */
  cpuMsPerRequest: number;
}

/** Runs the load generator in its own process (async: the server under test lives in this one). */
async function load(targets: object[], connections: number): Promise<LoadResult> {
  const script = join(import.meta.dirname, 'bench-api', 'load-generator.mjs');
  const child = spawn(process.execPath, [script, JSON.stringify({ targets, connections, durationMs: DURATION_MS })]);
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.pipe(process.stderr);
  await new Promise((r) => child.once('exit', r));
  return JSON.parse(out) as LoadResult;
}

/** Per-request floor of three clients sending the same multi-search, sequentially. */
async function clientFloors(index: string, key: string): Promise<Record<string, number>> {
  const body = { queries: searchQueries(index, SearchQuerySchema.parse({ q: 'insertion' })) };
  const mine = createEngineClient({ url: engine.url, key });
  const meili = new Meilisearch({ host: engine.url, apiKey: key });
  const p50 = async (send: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await send();
      times.push(performance.now() - t);
    }
    return Number(times.sort((a, b) => a - b)[100]!.toFixed(2));
  };
  const result = {
    'node:http keep-alive (ours)': await p50(() => mine.request('POST', '/multi-search', body)),
    'built-in fetch': await p50(async () => (await fetch(`${engine.url}/multi-search`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json()),
    'meilisearch-js client': await p50(() => meili.multiSearch(body as never)),
  };
  mine.close();
  return result;
}

/** A query string as Express's simple parser gives it: repeated keys become arrays. */
function queryObject(qs: string): Record<string, string | string[]> {
  const params = new URLSearchParams(qs);
  return Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k).length > 1 ? params.getAll(k) : params.get(k)!]));
}

async function benchSearch(label: string, index: string, key: string) {
  const client = createEngineClient({ url: engine.url, key, timeoutMs: 10_000 });
  // Production habits on: a request log line per call (sync, like `npm start`'s stdout, to /dev/null) and a per-IP limiter high enough never to refuse.
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: true }));
  const server = createApp({ search: { engine: client, index }, logger, rateLimitPerMinute: 1_000_000_000 }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const proxy = SEARCHES.map((qs) => ({ url: `${base}/api/search?${qs}`, method: 'GET' }));
  const direct = SEARCHES.map((qs) => ({
    url: `${engine.url}/multi-search`,
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ queries: searchQueries(index, SearchQuerySchema.parse(queryObject(qs))) }),
  }));
  await load(proxy, 4); // warm-up (JIT)
  await load(direct, 4);
  for (const connections of [1, 50]) {
    const e = await load(direct, connections);
    // The server runs in this otherwise idle process, so this process's CPU during the run is the proxy's.
    const cpu = process.cpuUsage();
    const p = await load(proxy, connections);
    const used = process.cpuUsage(cpu);
    const proxyCpu = (used.user + used.system) / 1000 / Math.max(1, p.requests);
    console.log(`${label.padEnd(8)} c=${String(connections).padEnd(3)} engine p50 ${e.p50.toFixed(2)} ms p95 ${e.p95.toFixed(2)} ms ${e.rps.toFixed(0)} req/s | proxy p50 ${p.p50.toFixed(2)} ms p95 ${p.p95.toFixed(2)} ms ${p.rps.toFixed(0)} req/s | added p50 ${(p.p50 - e.p50).toFixed(2)} ms, throughput ${((100 * p.rps) / e.rps).toFixed(0)} % | CPU/req proxy ${proxyCpu.toFixed(2)} ms, load generator ${e.cpuMsPerRequest.toFixed(2)}/${p.cpuMsPerRequest.toFixed(2)} ms${e.errors + p.errors ? ` (errors ${e.errors}/${p.errors})` : ''}`);
  }
  return { server, client, base };
}

/** Streams a full export through HTTP, counting rows, while sampling this (server) process's memory. */
async function benchExport(base: string, format: string) {
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const started = performance.now();
  const child = spawn('curl', ['-s', '-o', '/dev/null', '-w', '%{size_download}', `${base}/api/export?format=${format}`]);
  let bytes = '';
  child.stdout.on('data', (c) => (bytes += c));
  await new Promise((r) => child.once('exit', r));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(`export ${format.padEnd(6)} ${LARGE} rows in ${seconds.toFixed(1)} s = ${(LARGE / seconds).toFixed(0)} rows/s, ${mb(Number(bytes))} MB; server RSS ${mb(baseline.rss)} → peak ${mb(peakRss)} MB, heap ${mb(baseline.heapUsed)} → peak ${mb(peakHeap)} MB`);
}

try {
  const target = { url: engine.url, masterKey: engine.masterKey };
  await runImport({ paths: [join(root, 'data')], engine: target, index: 'sample', dryRun: false });
  console.log('client floor, p50 per multi-search POST (sample):', await clientFloors('sample', searchKey));
  const small = await benchSearch('sample', 'sample', searchKey);
  small.server.close();
  small.client.close();

  const t = performance.now();
  await generateSampleFiles({ outDir: join(dataDir, 'generated'), rows: LARGE });
  await runImport({ paths: [join(dataDir, 'generated')], engine: target, index: 'large', dryRun: false });
  console.log(`generated and imported ${LARGE} examples in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const large = await benchSearch(`${LARGE / 1000}k`, 'large', largeKey);
  await benchExport(large.base, 'csv');
  await benchExport(large.base, 'ndjson');
  large.server.close();
  large.client.close();
} finally {
  admin.close();
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
