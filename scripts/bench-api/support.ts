import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import { SearchQuerySchema } from '#domain/query.js';
import { createApp, type AppDeps } from '#server/app.js';
import { createAppServer } from '#server/http/app-server.js';
import type { EngineClient } from '#server/engine-client/engine-client.js';
import { visitorSecret } from '#server/http/visitor-cookie.js';
import { searchQueries } from '#server/search/search-examples.js';

// What bench-api.ts and proxy-cpu.ts share: the searches, their engine form, the app under test and the load generator.

/** Text, filters, disjunctive facets and a sort, as `/api/search` query strings. */
export const SEARCHES = ['q=insertion', 'q=jeunes+numerique&region=bretagne', 'region=occitanie&sdg=4&sdg=13', 'q=climat&sort=year:desc', 'q=ecole&actorType=association&theme=education'];

/** A query string as Express's simple parser gives it: repeated keys become arrays. */
export function queryObject(qs: string): Record<string, string | string[]> {
  const params = new URLSearchParams(qs);
  return Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k).length > 1 ? params.getAll(k) : params.get(k)!]));
}

/** The multi-search body the proxy sends the engine for a query string. */
export const engineBody = (index: string, qs: string): string => JSON.stringify({ queries: searchQueries(index, SearchQuerySchema.parse(queryObject(qs))) });

export interface SideResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
}

export interface Target {
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Runs the load generator in its own process (the servers under test live in the caller's) over one or more sides. */
export async function load(sides: Target[][], connections: number, durationMs: number): Promise<{ sides: SideResult[]; cpuMsPerRequest: number }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'load-generator.mjs'), JSON.stringify({ sides, connections, durationMs })]);
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.pipe(process.stderr);
  await new Promise((r) => child.once('exit', r));
  return JSON.parse(out) as { sides: SideResult[]; cpuMsPerRequest: number };
}

/**
 * The real app listening on 127.0.0.1 with `npm start`'s production habits: a request log line per call (sync, like
 * stdout, to /dev/null) and a per-IP limiter high enough never to refuse. The cache of identical searches stays off
 * unless asked, so that every request takes the proxy's whole path. `extra` adds to it (the live sessions of bench:live).
 */
export async function startBenchApp(engine: EngineClient, index: string, searchCacheMs = 0, extra: Partial<AppDeps> = {}): Promise<{ server: Server; base: string }> {
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: true }));
  const rateLimit = { settings: { perSecond: 1e9, anonymousPerSecond: 1e9, ipPerSecond: 1e9, newVisitorsPerMinute: 1e9, exportPerMinute: 1e9 }, secret: visitorSecret('bench') };
  const server = createAppServer(createApp({ search: { engine, index }, logger, rateLimit, searchCacheMs, ...extra })).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs a script of scripts/ in a child process: its garbage and JIT state stay out of the app measured in this one. */
async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} failed (exit ${code})`);
}

/**
 * Imports `paths` into `index` with the CLI (`npm run import`), in a child process: done in the benchmark's own, the
 * import's garbage and JIT state added about a fifth to the proxy's CPU measured afterwards (2.0–2.3 vs 1.8–1.9 ms).
 */
export const importInChild = (engine: { url: string; masterKey: string }, index: string, paths: string[], reportDir: string): Promise<void> =>
  runScript('import.ts', [...paths, '--report-dir', reportDir], { MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey, MEILI_INDEX: index });

/** Generates `rows` rows of the sample's three dialects into `outDir` (`npm run generate-sample`), in a child process. */
export const generateInChild = (rows: number, outDir: string): Promise<void> => runScript('generate-sample.ts', ['--rows', String(rows), '--out', outDir]);

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux): the engine's, beside the proxy's. */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat(5), in clock ticks (USER_HZ, 100 on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
