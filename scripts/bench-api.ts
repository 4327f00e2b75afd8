import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { createEngineClient, type EngineClient } from '#server/engine-client/engine-client.js';
import { ensureSearchKey } from '#server/keys.js';
import { SEARCHES, engineBody, generateInChild, importInChild, load, processCpuMs, startBenchApp, type SideResult } from './bench-api/support.js';
import { sampleMemoryPeak } from './support/memory-peak.js';

// Benchmark (not a test): proxy vs engine latency/throughput, client floors, export speed and memory. 127.0.0.1 only.
const root = resolve(import.meta.dirname, '..');
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5_000);
const LARGE = Number(process.env.BENCH_LARGE ?? 100_000);

const dataDir = mkdtempSync(join(tmpdir(), 'odd17-bench-'));
const engine = await startEmbeddedEngine({ dataDir });
const enginePid = (JSON.parse(readFileSync(join(dataDir, 'running.json'), 'utf8')) as { pid: number }).pid;
const admin = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 60_000 });
const searchKey = await ensureSearchKey(admin, 'sample');
const largeKey = await ensureSearchKey(admin, 'large');

/** Per-request floor of three clients sending the same multi-search, sequentially. */
async function clientFloors(index: string, key: string): Promise<Record<string, number>> {
  const body = JSON.parse(engineBody(index, 'q=insertion')) as object;
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

/**
 * The floor of any Node process put between browser and engine on this machine: a server that sends each search's
 * multi-search (prepared in advance) to the engine and pipes the answer back untouched — no parsing, no middleware.
 */
async function startPipe(bodies: Map<string, string>, key: string, reshape = false): Promise<Server> {
  const agent = new Agent({ keepAlive: true });
  const engineUrl = new URL(engine.url);
  const server = createServer((req, res) => {
    const body = bodies.get(req.url!.slice(req.url!.indexOf('?') + 1)) ?? '';
    const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) };
    const upstream = httpRequest({ hostname: engineUrl.hostname, port: engineUrl.port, path: '/multi-search', method: 'POST', agent, headers }, (answer) => {
      if (!reshape) {
        res.writeHead(answer.statusCode ?? 502, { 'Content-Type': 'application/json', 'Content-Length': answer.headers['content-length'] ?? '' });
        return void answer.pipe(res);
      }
      // The JSON floor: the answer read whole, parsed, its hits' `_formatted` dropped and the rest serialised again.
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        const { results } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { results: { hits: { _formatted?: unknown }[] }[] };
        for (const hit of results[0]!.hits) hit._formatted = undefined;
        const out = Buffer.from(JSON.stringify(results));
        res.writeHead(answer.statusCode ?? 502, { 'Content-Type': 'application/json', 'Content-Length': out.length });
        res.end(out);
      });
    });
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  });
  server.once('close', () => agent.destroy());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

const baseOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function benchSearch(label: string, index: string, key: string) {
  const client = createEngineClient({ url: engine.url, key, timeoutMs: 10_000 });
  const { server, base } = await startBenchApp(client, index);
  const bodies = new Map(SEARCHES.map((qs) => [qs, engineBody(index, qs)]));
  const pipe = await startPipe(bodies, key);
  const jsonPipe = await startPipe(bodies, key, true);
  const direct = SEARCHES.map((qs) => ({ url: `${engine.url}/multi-search`, method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: bodies.get(qs)! }));
  const via = (server: Server) => SEARCHES.map((qs) => ({ url: `${baseOf(server)}/api/search?${qs}`, method: 'GET' }));
  const proxy = SEARCHES.map((qs) => ({ url: `${base}/api/search?${qs}`, method: 'GET' }));
  // The proxy is measured against the pipe (its target); the pipe that also parses and re-serialises says how much of
  // the difference is the JSON work any reshaping proxy does.
  const sides = [direct, via(pipe), via(jsonPipe), proxy];
  const names = ['engine', 'node pipe', 'pipe + JSON', 'proxy'];
  const PROXY = sides.length - 1;
  await load(sides, 4, 3_000); // warm-up (JIT, sockets)

  // One connection: latency, the three sides paired request by request (runs seconds apart drift by more than 1 ms here).
  const paired = await load(sides, 1, 3 * DURATION_MS);
  const errors = paired.sides.reduce((n, side) => n + side.errors, 0);
  console.log(`${label.padEnd(8)} c=1   ${paired.sides.map((side, i) => `${names[i]} p50 ${ms(side.p50)} p95 ${ms(side.p95)}${i ? ` (added p50 ${(side.p50 - paired.sides[0]!.p50).toFixed(2)} ms)` : ''}`).join(' | ')}${errors ? ` (errors ${errors})` : ''}`);
  console.log(`${label.padEnd(8)} c=1   proxy − pipe p50 ${ms(paired.sides[PROXY]!.p50 - paired.sides[1]!.p50)} (target ≤ 1.00 ms), of which the JSON floor (pipe + JSON − pipe) ${ms(paired.sides[2]!.p50 - paired.sides[1]!.p50)}`);

  // 50 connections: throughput, each side alone on the machine, in three alternating rounds; medians.
  const rounds: SideResult[][] = sides.map(() => []);
  let proxyCpuMs = 0;
  let proxyRequests = 0;
  const engineCpu = sides.map(() => ({ ms: 0, requests: 0 }));
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < sides.length; i++) {
      // The servers run in this otherwise idle process, so its CPU during the proxy's windows is the proxy's.
      const cpu = process.cpuUsage();
      const engineBefore = processCpuMs(enginePid);
      const result = (await load([sides[i]!], 50, DURATION_MS / 2)).sides[0]!;
      engineCpu[i]!.ms += processCpuMs(enginePid) - engineBefore;
      engineCpu[i]!.requests += result.requests;
      if (i === PROXY) {
        const used = process.cpuUsage(cpu);
        proxyCpuMs += (used.user + used.system) / 1000;
        proxyRequests += result.requests;
      }
      rounds[i]!.push(result);
    }
  }
  const enginePerSearch = (i: number) => ms(engineCpu[i]!.ms / Math.max(1, engineCpu[i]!.requests));
  const rps = rounds.map((r) => median(r.map((x) => x.rps)));
  console.log(`${label.padEnd(8)} c=50  ${rounds.map((r, i) => `${names[i]} ${rps[i]!.toFixed(0)} req/s${i ? ` (${((100 * rps[i]!) / rps[0]!).toFixed(0)} %)` : ''} p50 ${ms(median(r.map((x) => x.p50)))} p95 ${ms(median(r.map((x) => x.p95)))}`).join(' | ')} | CPU per search: proxy ${ms(proxyCpuMs / Math.max(1, proxyRequests))}, engine ${enginePerSearch(PROXY)} behind it (${enginePerSearch(0)} alone)`);
  console.log(`${label.padEnd(8)} c=50  proxy / pipe throughput ${((100 * rps[PROXY]!) / rps[1]!).toFixed(0)} % (target ≥ 85 %); pipe + JSON / pipe ${((100 * rps[2]!) / rps[1]!).toFixed(0)} %`);
  pipe.close();
  jsonPipe.close();
  return { server, client, base };
}

/**
 * A webinar: 200 participants typing the same words at once (each prefix a search, as search-as-you-type sends them),
 * straight to the engine and through the app with its cache of identical searches on (`npm start`'s default).
 */
async function benchWebinar(index: string, key: string) {
  const client = createEngineClient({ url: engine.url, key, timeoutMs: 10_000 });
  let engineCalls = 0;
  const counting: EngineClient = { ...client, request: (...args) => (engineCalls++, client.request(...args)) };
  const { server, base } = await startBenchApp(counting, index, 5_000);
  const typed = ['cantine', 'insertion'].flatMap((word) => Array.from({ length: word.length }, (_, i) => `q=${word.slice(0, i + 1)}`));
  const direct = typed.map((qs) => ({ url: `${engine.url}/multi-search`, method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: engineBody(index, qs) }));
  const proxy = typed.map((qs) => ({ url: `${base}/api/search?${qs}`, method: 'GET' }));
  const e = (await load([direct], 200, DURATION_MS)).sides[0]!;
  engineCalls = 0;
  const p = (await load([proxy], 200, DURATION_MS)).sides[0]!;
  console.log(`webinar  c=200 (${typed.length} prefixes of 2 words, ${DURATION_MS / 1000} s) engine ${e.rps.toFixed(0)} req/s p50 ${ms(e.p50)} p95 ${ms(e.p95)} | app with its 5 s cache ${p.rps.toFixed(0)} req/s p50 ${ms(p.p50)} p95 ${ms(p.p95)}, ${engineCalls} engine calls for ${p.requests} searches${e.errors + p.errors ? ` (errors ${e.errors}/${p.errors})` : ''}`);
  server.close();
  client.close();
}

/** Streams a full export through HTTP, counting rows, while sampling this (server) process's memory. */
async function benchExport(base: string, format: string) {
  const memory = sampleMemoryPeak();
  const baseline = memory.before;
  const started = performance.now();
  const child = spawn('curl', ['-s', '-o', '/dev/null', '-w', '%{size_download}', `${base}/api/export?format=${format}`]);
  let bytes = '';
  child.stdout.on('data', (c) => (bytes += c));
  await new Promise((r) => child.once('exit', r));
  const seconds = (performance.now() - started) / 1000;
  const { peakRss, peakHeap } = memory.stop();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(`export ${format.padEnd(6)} ${LARGE} rows in ${seconds.toFixed(1)} s = ${(LARGE / seconds).toFixed(0)} rows/s, ${mb(Number(bytes))} MB; server RSS ${mb(baseline.rss)} → peak ${mb(peakRss)} MB, heap ${mb(baseline.heapUsed)} → peak ${mb(peakHeap)} MB`);
}

try {
  const target = { url: engine.url, masterKey: engine.masterKey };
  await importInChild(target, 'sample', [join(root, 'data')], join(dataDir, 'reports'));
  console.log('client floor, p50 per multi-search POST (sample):', await clientFloors('sample', searchKey));
  const small = await benchSearch('sample', 'sample', searchKey);
  small.server.close();
  small.client.close();
  await benchWebinar('sample', searchKey);

  // BENCH_LARGE=0: the sample only (a quicker A/B run).
  if (LARGE > 0) {
    const t = performance.now();
    await generateInChild(LARGE, join(dataDir, 'generated'));
    await importInChild(target, 'large', [join(dataDir, 'generated')], join(dataDir, 'reports'));
    console.log(`generated and imported ${LARGE} examples in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const large = await benchSearch(`${LARGE / 1000}k`, 'large', largeKey);
    await benchExport(large.base, 'csv');
    await benchExport(large.base, 'ndjson');
    large.server.close();
    large.client.close();
  }
} finally {
  admin.close();
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
