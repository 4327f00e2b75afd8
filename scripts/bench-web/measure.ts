import type { Browser, Page } from 'playwright-core';
import { PAGE_PROBES, type PageProbes } from './page-probes.js';

type Probed = { benchProbes: PageProbes };

/** What one cold visit measured: the first results, the keystrokes, and the search fetches of each as the browser saw them. */
export interface Visit {
  firstResults: number;
  firstFetch: number[];
  keys: number[];
  keyFetches: number[];
}

/** Durations of the page's /api/search fetches so far (request start → response end), then forgets them. */
const searchFetches = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    const times = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/search')).map((e) => (e as PerformanceResourceTiming).responseEnd - (e as PerformanceResourceTiming).requestStart);
    performance.clearResourceTimings();
    return times;
  });

/** Types `query` a letter at a time; each keystroke's time is taken in the page (page-probes.ts). */
export async function keystrokeLatencies(page: Page, query: string): Promise<number[]> {
  await page.getByRole('searchbox').focus();
  const out: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    await page.evaluate((prefix) => (window as unknown as Probed).benchProbes.arm(prefix), query.slice(0, i));
    await page.keyboard.press(query[i - 1]!);
    out.push(await page.evaluate(() => (window as unknown as Probed).benchProbes.keyDone));
  }
  return out;
}

/** A cold visit (a new browser context: no cache) of `base` at 1280 px: navigation → first results, then `query` typed. */
export async function measureVisit(browser: Browser, base: string, query: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PAGE_PROBES });
    const painted = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('bench:firstResults'), timeout: 30_000 });
    await page.goto(base, { waitUntil: 'commit' });
    const firstResults = Number((await painted).text().split(' ')[1]);
    await page.waitForLoadState('load');
    const firstFetch = await searchFetches(page);
    const keys = await keystrokeLatencies(page, query);
    return { firstResults, firstFetch, keys, keyFetches: await searchFetches(page) };
  } finally {
    await context.close();
  }
}
