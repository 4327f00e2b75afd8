import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { withoutVersion } from './support/urls.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();
const qOf = (url: string) => new URL(url).searchParams.get('q');

describe('search as you type, at the speed of the engine', () => {
  it('sends one search per keystroke, with no pause, and aborts those an answer no longer awaits', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    const sent: string[] = [];
    const aborted: string[] = [];
    page.on('request', (r) => r.url().includes('/api/search') && sent.push(qOf(r.url()) ?? ''));
    page.on('requestfailed', (r) => r.url().includes('/api/search') && aborted.push(qOf(r.url()) ?? ''));
    // A slow network: every answer takes 200 ms, so each keystroke overtakes the previous request.
    await page.route('**/api/search**', async (route) => {
      await sleep(200);
      await route.continue().catch(() => undefined); // the page may have aborted it meanwhile
    });
    const box = page.getByRole('searchbox', { name: /Rechercher/ });
    await box.focus();
    await page.keyboard.type('cantine', { delay: 40 });
    await expect.poll(() => page.getByRole('article').first().locator('mark').first().textContent()).toMatch(/cantine/i);
    expect(sent).toEqual(['c', 'ca', 'can', 'cant', 'canti', 'cantin', 'cantine']);
    expect(aborted.length).toBeGreaterThan(0);
    expect(aborted).not.toContain('cantine');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the previous count and results on screen until the new set is complete, never a blank or « Chargement »', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?q=cantine`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const before = await page.getByRole('status').first().textContent();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/search**', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.getByRole('searchbox').fill('jardins');
    await expect.poll(() => page.locator('.results').getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('status').first().textContent()).toBe(before);
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    release();
    await expect.poll(() => page.getByRole('article').first().locator('mark').first().textContent()).toMatch(/jardin/i);
    expect(await page.getByRole('status').first().textContent()).not.toBe(before);
    await page.close();
  });

  it('makes Back undo the query as a whole: the first keystroke pushes an entry, the next ones replace it', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    const length = () => page.evaluate(() => history.length);
    const start = await length();
    await page.getByRole('searchbox').pressSequentially('cantine', { delay: 30 });
    await expect.poll(() => qOf(page.url())).toBe('cantine');
    expect(await length()).toBe(start + 1);

    // A deliberate step (a facet) is its own entry; typing after it is a new session, pushed once.
    await page.getByRole('group', { name: 'ODD' }).getByRole('checkbox', { name: /^17\./ }).check();
    await expect.poll(() => page.url()).toContain('sdg=17');
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' bio', { delay: 30 });
    await expect.poll(() => qOf(page.url())).toBe('cantine bio');
    expect(await length()).toBe(start + 3);

    await page.goBack();
    await expect.poll(() => qOf(page.url())).toBe('cantine');
    expect(page.url()).toContain('sdg=17');
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('sdg=17');
    await page.goBack();
    await expect.poll(() => withoutVersion(page.url())).toBe(`${suite.app.baseUrl}/`);
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('');
    await expect.poll(() => resultCount(page)).toBe(97);
    await page.close();
  });

  it('keeps the URL right when a step follows a keystroke before its answer is painted (its URL is written after it)', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?q=jardin`);
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(0);
    const box = page.getByRole('searchbox');
    // A slow network: each answer takes 150 ms, so the steps below come before it.
    await page.route('**/api/search**', async (route) => {
      await sleep(150);
      await route.continue().catch(() => undefined);
    });
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' bio');
    // Ticked at once: the query typed and the tick are both in the URL, the tick its own entry.
    await page.getByRole('group', { name: 'ODD' }).getByRole('checkbox', { name: /^17\./ }).check();
    await expect.poll(() => page.url()).toContain('sdg=17');
    expect(qOf(page.url())).toBe('jardin bio');
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('sdg=17');
    expect(qOf(page.url())).toBe('jardin bio');
    // Typed, then Back at once: back to the entry before the query, as when its answer had come.
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' local');
    await page.goBack();
    await expect.poll(() => qOf(page.url())).toBe('jardin bio');
    await expect.poll(() => page.locator('.results').getAttribute('data-search')).toContain('q=jardin+bio&');
    await page.close();
  });

  it('puts the reader back where they were on « Retour aux résultats » and on Back: same scroll, focus on the result they opened', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?sdg=17`);
    await expect.poll(() => page.getByRole('article').count()).toBe(20);
    const tenth = page.getByRole('article').nth(9);
    const y = await tenth.evaluate((el) => {
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 300);
      return window.scrollY;
    });
    expect(y).toBeGreaterThan(800);
    const title = (await tenth.getByRole('heading').textContent())!.trim();

    for (const back of ['link', 'history'] as const) {
      await tenth.getByRole('link').click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      if (back === 'link') await page.getByRole('link', { name: /Retour aux résultats/ }).click();
      else await page.goBack();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 40);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - y), back).toBeLessThan(40);
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim()), back).toBe(title);
    }
    await page.close();
  });
});
