import { writeFileSync } from 'node:fs';
import { launchChromium } from './support/chromium.js';
import { buildWebForTests, WEB_DIST } from './support/web-app.js';
import { keyPhaseRows, KEY_PHASES } from './bench-web/key-phases.js';
import { keystrokeLatencies } from './bench-web/measure.js';
import { PAGE_PROBES } from './bench-web/page-probes.js';
import { startSampleServers } from './bench-web/sample-server.js';
import { watchServerPhases } from './bench-web/server-phases.js';

// `npm run bench:web-phases`: a diagnostic beside bench:web, not a benchmark — where a keystroke's time goes, phase by
// phase (p50 / p95): the page's own script, the browser's network, this process's server and its engine round trip,
// the render, the frame. Same page and probes as bench:web; BENCH_VS=<dist> measures another build instead;
// TRACE=<prefix> also writes each visit's Chromium trace (<prefix>-<n>.json, for DevTools' Performance panel).
const QUERY = process.env.BENCH_QUERY ?? 'alimentation';
const RUNS = Number(process.env.BENCH_RUNS ?? 4);
const TRACE = process.env.TRACE;
const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,v8.execute,toplevel,loading';

const server = watchServerPhases();
if (!process.env.BENCH_VS) buildWebForTests();
const servers = await startSampleServers([process.env.BENCH_VS ?? WEB_DIST]);
const browser = await launchChromium();
const rows: Record<string, number>[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: PAGE_PROBES });
  await page.addInitScript({ content: KEY_PHASES });
  const painted = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('bench:firstResults'), timeout: 30_000 });
  await page.goto(servers.bases[0]!, { waitUntil: 'commit' });
  await painted;
  await page.waitForLoadState('load');
  await page.evaluate(() => performance.clearResourceTimings());
  const cdp = TRACE ? await context.newCDPSession(page) : undefined;
  const events: unknown[] = [];
  cdp?.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown[])));
  await cdp?.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const done = await keystrokeLatencies(page, QUERY);
  if (cdp) {
    const ended = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await ended;
    writeFileSync(`${TRACE}-${run}.json`, JSON.stringify({ traceEvents: events }));
  }
  rows.push(...(await keyPhaseRows(page, QUERY, done, (q) => server.take(q))));
  await context.close();
}
await browser.close();
await servers.close();

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;
console.log(`data: ${servers.dataset}; ${rows.length} keystrokes ("${QUERY}" typed ${RUNS}×), each phase's own p50 / p95 (they do not add up at p95)`);
for (const phase of Object.keys(rows[0] ?? {})) {
  const xs = rows.map((r) => r[phase]!).filter((x) => !Number.isNaN(x));
  console.log(`${phase.padEnd(42)} ${pct(xs, 50).toFixed(1).padStart(6)} / ${pct(xs, 95).toFixed(1).padStart(6)} ms`);
}
