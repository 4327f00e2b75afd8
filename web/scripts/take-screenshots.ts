import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

// Screenshots of each screen for docs/screenshots: `[SHOTS=prefix] npx tsx web/scripts/take-screenshots.ts http://127.0.0.1:3000 [outDir]`.
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = resolve(process.argv[3] ?? 'docs/screenshots');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

// SHOTS=stats takes only the screenshots whose names start with it.
async function shot(name: string, path: string, width: number, height: number, act?: (page: import('playwright-core').Page) => Promise<void>) {
  if (process.env.SHOTS && !name.startsWith(process.env.SHOTS)) return;
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(base + path);
  await page.getByRole('status').first().waitFor();
  await page.waitForLoadState('networkidle');
  await act?.(page);
  await page.waitForTimeout(400); // let the map's fill transition finish
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
  await page.close();
  console.log(`${name}.png`);
}

const firstExample = async (page: import('playwright-core').Page) => {
  await page.getByRole('article').first().getByRole('link').click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
};

await shot('search-1280', '/?q=cantine', 1280, 900);
await shot('search-filters-1280', '/?region=bretagne&region=normandie&sdg=17&theme=education', 1280, 900);
await shot('search-375', '/?q=insertion', 375, 800);
await shot('filters-375', '/?q=insertion', 375, 800, async (p) => { await p.getByRole('button', { name: /Afficher les filtres/ }).click(); });
await shot('presenter-1920', '/?q=num%C3%A9rique&presenter=1', 1920, 1080);
await shot('presenter-example-1920', '/?q=GAIA%20catalyseur&presenter=1', 1920, 1080, firstExample);
await shot('example-1280', '/?q=cantine', 1280, 900, firstExample);
await shot('example-375', '/?q=cantine', 375, 800, firstExample);
const statsTable = async (p: import('playwright-core').Page) => {
  await p.locator('table.cross-table').first().waitFor();
  await p.locator('svg.timeline-chart').waitFor();
  await p.locator('#stats-title').scrollIntoViewIfNeeded();
};
await shot('stats-1280', '/statistiques?rows=region&cols=sdg&measure=index', 1280, 900, statsTable);
await shot('stats-timeline-1280', '/statistiques?rows=region&cols=theme&split=mode', 1280, 900, async (p) => { await statsTable(p); await p.locator('.timeline').scrollIntoViewIfNeeded(); });
await shot('stats-375', '/statistiques?rows=region&cols=theme', 375, 800, async (p) => {
  await statsTable(p);
  await p.locator('.cross-table__scroll').first().scrollIntoViewIfNeeded();
  await p.locator('.cross-table__scroll').first().evaluate((el) => el.scrollBy(260, 0));
});
await shot('stats-presenter-1920', '/statistiques?rows=region&cols=sdg&measure=rowShare&presenter=1', 1920, 1080, statsTable);
await shot('stats-english-1280', '/statistiques?rows=actorType&cols=theme&measure=index&lang=en', 1280, 900, statsTable);
await shot('empty-1280', '/?q=zzzxqw&region=corse', 1280, 900);
await shot('english-1280', '/?lang=en&sdg=13', 1280, 900);
await shot('service-down-1280', '/?q=mobilit%C3%A9', 1280, 900, async (p) => {
  await p.route('**/api/**', (r) => r.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"engine_unavailable","message":"indisponible"}}' }));
  await p.getByRole('searchbox').fill('mobilité solidaire');
  await p.getByRole('alert').waitFor();
});
await browser.close();
