import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './support/chromium.js';
import { buildWebForTests, WEB_DIST } from './support/web-app.js';
import { measureVisit, type Visit } from './bench-web/measure.js';
import { startSampleServers } from './bench-web/sample-server.js';

// `npm run bench:web`: initial JS gzipped, navigation → first results, keystroke → results (a search per keystroke, no
// debounce), each beside its floor: the search's own round trip as the browser saw it (Resource Timing). Times are
// taken in the page (bench-web/page-probes.ts), each to the paint of the awaited screen.
// BENCH_VS=<folder>: another build of the front end (a copy of web/dist made at another commit), served by a second app
// on the same engine and measured in turn with this one (A B, B A, …), so a shared machine's drift hits both alike.
const QUERY = process.env.BENCH_QUERY ?? 'alimentation';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VS = process.env.BENCH_VS;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/** Gzipped size of the JS that a build's index.html loads up front (entry + modulepreloads), lazy chunks excluded. */
function initialJsGzip(dist: string): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.map((f) => readFileSync(join(dist, f)));
  return { files, raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b).length, 0) };
}

buildWebForTests();
const builds = [{ name: 'this build', dist: WEB_DIST, base: process.env.BENCH_URL }, ...(VS ? [{ name: `BENCH_VS (${VS})`, dist: VS, base: undefined }] : [])];
let cleanup = async () => {};
let dataset = `server at ${builds[0]!.base}`;
if (!builds[0]!.base) {
  const servers = await startSampleServers(builds.map((b) => b.dist));
  servers.bases.forEach((base, i) => (builds[i]!.base = base));
  dataset = servers.dataset;
  cleanup = servers.close;
}

const browser = await launchChromium();
const visits: Visit[][] = builds.map(() => []);
for (let run = 0; run < RUNS; run++)
  for (const i of run % 2 ? [...builds.keys()].reverse() : builds.keys()) visits[i]!.push(await measureVisit(browser, builds[i]!.base!, QUERY));
await browser.close();
await cleanup();

const ms = (xs: number[], p: number) => `${pct(xs, p).toFixed(0)} ms`;
console.log(`data: ${dataset}`);
for (const [i, b] of builds.entries()) {
  const js = initialJsGzip(b.dist);
  const first = visits[i]!.map((v) => v.firstResults);
  const keys = visits[i]!.flatMap((v) => v.keys);
  const keyFetches = visits[i]!.flatMap((v) => v.keyFetches);
  if (VS) console.log(`— ${b.name}`);
  console.log(`initial JS: ${js.files.join(', ')} — ${(js.raw / 1024).toFixed(1)} KB raw, ${(js.gzip / 1024).toFixed(1)} KB gzipped (target ≤ 130 KB)`);
  console.log(`navigation → first results painted (${RUNS} cold loads): median ${ms(first, 50)}, max ${Math.max(...first).toFixed(0)} ms (target median ≤ 400 ms) | its search fetch: median ${ms(visits[i]!.flatMap((v) => v.firstFetch), 50)}`);
  console.log(`keystroke → results painted, "${QUERY}" typed ${RUNS}× (${keys.length} keystrokes, a search each, no debounce): p50 ${ms(keys, 50)}, p95 ${ms(keys, 95)}, max ${Math.max(...keys).toFixed(0)} ms (target p95 ≤ 60 ms) | the searches' fetches (${keyFetches.length}): p50 ${ms(keyFetches, 50)}, p95 ${ms(keyFetches, 95)}`);
}
if (VS) {
  const diff = visits[0]!.map((v, r) => v.firstResults - visits[1]![r]!.firstResults);
  const keyDiff = visits[0]!.flatMap((v, r) => v.keys.map((k, i) => k - visits[1]![r]!.keys[i]!));
  console.log(`paired, this build − BENCH_VS (each load or keystroke against the other build's in the same round): first results median ${ms(diff, 50)}, keystroke median ${ms(keyDiff, 50)}`);
}
