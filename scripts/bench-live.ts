import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { createEngineClient, type EngineClient } from '#server/engine-client/engine-client.js';
import { runImport } from '#server/import/run-import.js';
import { ensureSearchKey } from '#server/keys.js';
import { createLiveService } from '#server/live/live-service.js';
import { engineBody, startBenchApp } from './bench-api/support.js';
import type { AudiencePlan, PassResult } from './bench-live/audience.js';
import { duringImport } from './bench-live/during-import.js';

// `npm run bench:live`: 250 followers of one session on 127.0.0.1 while the presenter types a 10-letter query and ticks
// 3 filters; each follower fetches its results. Beside it, its floors: the same fan-out with no fetch, the engine alone.
const root = resolve(import.meta.dirname, '..');
const FOLLOWERS = Number(process.env.BENCH_FOLLOWERS ?? 250);
// Rows of the import during which the engine's copy is timed (0: that part is skipped).
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const WORD = 'entreprise';
const FILTERS = ['region=occitanie', 'actorType=association', 'sdg=8'];
// A person typing (~5 letters a second, each a URL change past the search box's pause), then a tick a second.
const STEPS = [
  ...Array.from({ length: WORD.length }, (_, i) => ({ path: `/?q=${WORD.slice(0, i + 1)}`, afterMs: 200 })),
  ...FILTERS.map((_, i) => ({ path: `/?q=${WORD}&${FILTERS.slice(0, i + 1).join('&')}`, afterMs: 1_000 })),
];

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]! : NaN);
const ms = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms, max ${pct(xs, 100).toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Memory once the garbage of what came before (the import) is collected: two full collections, a pause between. */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await new Promise((r) => setTimeout(r, 500));
  gc?.();
  return process.memoryUsage();
}

/** Counts the calls a client makes to the engine, by method and path kind. */
function counting(client: EngineClient): { client: EngineClient; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const key = (method: string, path: string) => `${method} ${path.replace(/\/documents\/(?!fetch$|delete$)[^/]+$/, '/documents/:id').replace(/\/tasks\/\d+/, '/tasks/:uid').replace(/^\/indexes\/[^/]+/, '/indexes/:index')}`;
  return { calls, client: { ...client, request: (method, path, ...rest) => (calls.set(key(method, path), (calls.get(key(method, path)) ?? 0) + 1), client.request(method, path, ...rest)) } };
}

const startLoad = loadavg();
const dataDir = mkdtempSync(join(tmpdir(), 'odd17-bench-live-'));
const engine = await startEmbeddedEngine({ dataDir });
try {
  await runImport({ paths: [join(root, 'data')], engine: { url: engine.url, masterKey: engine.masterKey }, index: 'sample', dryRun: false });
  const admin = createEngineClient({ url: engine.url, key: engine.masterKey });
  const searchKey = await ensureSearchKey(admin, 'sample');
  admin.close();
  const search = counting(createEngineClient({ url: engine.url, key: searchKey, timeoutMs: 10_000 }));
  const store = counting(createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 10_000 }));
  const live = createLiveService({ engine: store.client, index: 'sample' });
  const { server, base } = await startBenchApp(search.client, 'sample', 5_000, { live });
  const { code, presenterToken } = await live.create();

  const plan: AudiencePlan = { base, code, token: presenterToken, followers: FOLLOWERS, steps: STEPS, engine: { url: engine.url, key: searchKey, bodies: STEPS.map((s) => engineBody('sample', s.path.slice(2))) } };
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-live/audience.ts'), JSON.stringify(plan)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const ready = JSON.parse((await lines.next()).value as string) as { refused: number };
  search.calls.clear();
  store.calls.clear();
  const cpu = process.cpuUsage();
  child.stdin.write('go\n');
  const out = JSON.parse((await lines.next()).value as string) as { fanout: PassResult; full: PassResult; engine: number[]; refused: number; dropped: number };
  const appCpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu));
  // Memory with every follower connected, then once they have all gone: the same app otherwise (same cache, same JIT).
  const withFollowers = await settledMemory();
  child.stdin.write('close\n');
  await new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, 500));
  const without = await settledMemory();

  const connected = FOLLOWERS - ready.refused;
  const errors = out.refused + out.dropped + out.fanout.errors + out.fanout.missing + out.full.errors + out.full.missing;
  const searches = out.full.results.length;
  console.log(`bench:live — load average ${startLoad.map((l) => l.toFixed(1)).join(' ')} at the start (the machine is shared) — ${connected} followers of one session on 127.0.0.1, data/ sample, ${STEPS.length} changes (« ${WORD} » typed, then ${FILTERS.join(', ')} ticked)`);
  console.log(`  change → state received + results fetched: ${ms(out.full.results)}   (${searches} of ${connected * STEPS.length} follower-changes)`);
  console.log(`  floor, the same fan-out, state received only (no fetch): ${ms(out.fanout.state)}`);
  console.log(`  floor, the engine alone answering one such search: ${ms(out.engine)}`);
  console.log(`  state received, in the full run: ${ms(out.full.state)}`);
  console.log(`  slowest follower per change, full run, state / results (ms): ${out.full.slowest.map((s) => `${s.state.toFixed(0)}/${s.results.toFixed(0)}`).join(' ')}`);
  console.log(`  engine calls for the ${searches} searches (cache of identical searches on, 5 s): ${[...search.calls.values()].reduce((a, b) => a + b, 0)} (${[...search.calls].map(([k, v]) => `${k} ×${v}`).join(', ')})`);
  console.log(`  live store calls in both passes: ${[...store.calls].map(([k, v]) => `${k} ×${v}`).join(', ') || 'none'}`);
  console.log(`  errors: ${errors} (refused streams ${out.refused}, dropped ${out.dropped}, failed requests ${out.fanout.errors + out.full.errors}, states or results missing ${out.fanout.missing + out.full.missing}${out.fanout.missing + out.full.missing ? ` — steps fan-out ${out.fanout.missingBySteps.join(' ') || '-'}, full ${out.full.missingBySteps.join(' ') || '-'}` : ''})`);
  const perFollower = (a: number, b: number) => `${((b - a) / connected / 1024).toFixed(1)} KB`;
  console.log(`  memory per connected follower (app process${(globalThis as { gc?: unknown }).gc ? ', after gc' : ''}, connected − gone): heap ${perFollower(without.heapUsed, withFollowers.heapUsed)}, heap + buffers ${perFollower(without.heapUsed + without.external, withFollowers.heapUsed + withFollowers.external)}, RSS ${perFollower(without.rss, withFollowers.rss)} (RSS ${mb(withFollowers.rss)} connected, ${mb(without.rss)} after; the allocator keeps freed pages, so RSS says less than heap)`);
  console.log(`  app process CPU over both passes: ${appCpuMs.toFixed(0)} ms (${(appCpuMs / (connected * STEPS.length * 2)).toFixed(2)} ms per follower-change, the fan-out pass's and the full pass's together)`);
  console.log(`  target p95 ≤ 500 ms, 0 errors: ${pct(out.full.results, 95) <= 500 && errors === 0 ? 'met' : 'NOT met'}`);

  if (IMPORT_ROWS > 0) {
    const reader = createEngineClient({ url: engine.url, key: engine.masterKey });
    const imp = await duringImport({ base, code, token: presenterToken, engine: { url: engine.url, masterKey: engine.masterKey }, reader, index: 'sample', dir: dataDir, rows: IMPORT_ROWS });
    reader.close();
    console.log(`during an import of ${imp.rows} rows (${imp.importSeconds.toFixed(0)} s), a change every 3 s (${imp.local.length} changes):`);
    console.log(`  this process's follower has it: ${ms(imp.local)}`);
    console.log(`  the engine's copy has it (other processes then read it within their 300 ms poll): ${ms(imp.shared)}${imp.unseen ? `, ${imp.unseen} never within 60 s of the import's end` : ''}`);
  }
  live.close();
  server.close();
  search.client.close();
} finally {
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
