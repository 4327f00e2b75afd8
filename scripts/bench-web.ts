import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { CHROMIUM } from './support/chromium.js';
import { buildWebForTests, startWebApp, WEB_DIST } from './support/web-app.js';
import { webFixtures } from './support/web-fixtures.js';

// `npm run bench:web`: initial JS gzipped (budget 200 KB), navigation → first results, keystroke → results p95 (12-letter query).
const root = resolve(import.meta.dirname, '..');
const QUERY = process.env.BENCH_QUERY ?? 'alimentation';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/** Gzipped size of the JS that index.html loads up front (entry + modulepreloads), lazy chunks excluded. */
function initialJsGzip(): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.map((f) => readFileSync(join(WEB_DIST, f)));
  return { files, raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b).length, 0) };
}

async function keystrokeLatencies(page: Page): Promise<number[]> {
  await page.evaluate(() => document.addEventListener('keydown', () => ((window as unknown as { lastKey: number }).lastKey = performance.now()), true));
  const box = page.getByRole('searchbox');
  await box.focus();
  const out: number[] = [];
  for (let i = 1; i <= QUERY.length; i++) {
    await page.keyboard.press(QUERY[i - 1]!);
    // Done when the results on screen are those of this prefix (not a kept-previous placeholder); a function, as CSP forbids eval.
    await page.waitForFunction(
      (prefix) => !document.querySelector('.results--stale') && !!document.querySelector('.results article, .empty') && new URLSearchParams(location.search).get('q') === prefix,
      QUERY.slice(0, i),
      { polling: 'raf' },
    );
    out.push(await page.evaluate(() => performance.now() - (window as unknown as { lastKey: number }).lastKey));
  }
  return out;
}

buildWebForTests();
const js = initialJsGzip();
let base = process.env.BENCH_URL;
let cleanup = async () => {};
let dataset = `server at ${base}`;
if (!base) {
  const dataDir = mkdtempSync(join(tmpdir(), 'odd17-bench-web-'));
  const engine = await startEmbeddedEngine({ dataDir });
  const index = 'bench_web';
  const csvs = existsSync(join(root, 'data')) ? readdirSync(join(root, 'data')).filter((f) => f.endsWith('.csv')) : [];
  let examples = webFixtures();
  if (csvs.length) {
    const { runImport } = await import('#server/import/run-import.js');
    await runImport({ paths: [join(root, 'data')], engine: { url: engine.url, masterKey: engine.masterKey }, index, dryRun: false });
    examples = [];
    dataset = `data/ (${csvs.length} CSV)`;
  } else dataset = `${examples.length} test fixtures (data/ has no CSV yet)`;
  const app = await startWebApp({ url: engine.url, masterKey: engine.masterKey, index, examples, publish: examples.length > 0 });
  base = app.baseUrl;
  cleanup = async () => {
    await app.close();
    await engine.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const firstResults: number[] = [];
const keys: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('article').first().waitFor();
  firstResults.push(await page.evaluate(() => performance.now()));
  keys.push(...(await keystrokeLatencies(page)));
  await context.close();
}
await browser.close();
await cleanup();

console.log(`data: ${dataset}`);
console.log(`initial JS: ${js.files.join(', ')} — ${(js.raw / 1024).toFixed(1)} KB raw, ${(js.gzip / 1024).toFixed(1)} KB gzipped (budget 200 KB)`);
console.log(`navigation → first results (${RUNS} cold loads): median ${pct(firstResults, 50).toFixed(0)} ms, max ${Math.max(...firstResults).toFixed(0)} ms`);
console.log(`keystroke → results, "${QUERY}" typed ${RUNS}× (${keys.length} keystrokes, 150 ms debounce included): p50 ${pct(keys, 50).toFixed(0)} ms, p95 ${pct(keys, 95).toFixed(0)} ms, max ${Math.max(...keys).toFixed(0)} ms`);
