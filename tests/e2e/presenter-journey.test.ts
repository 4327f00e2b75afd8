import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { XSS_TITLE } from '#scripts/support/web-fixtures.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

describe('webinar presenter', () => {
  it('types a query and sees results while typing, ticks facets, opens an example, resets, uses ready-made searches and presenter mode', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.setDefaultTimeout(10_000);
    const problems = watchProblems(page);
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);

    // "/" focuses the search box from anywhere on the page.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: /Rechercher/ });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

    // Results follow the typing without Enter; the query lands in the URL.
    await page.keyboard.type('numér', { delay: 60 });
    await expect.poll(() => resultCount(page)).toBeLessThan(97);
    await page.keyboard.type('ique', { delay: 60 });
    await expect.poll(() => page.url()).toContain('q=num%C3%A9rique');
    const numeric = await resultCount(page);
    expect(numeric).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('article').first().locator('mark').first().textContent()).toMatch(/num[ée]rique/i);

    // Tick an SDG tile, then open an example and come back.
    await page.getByRole('group', { name: 'ODD' }).getByRole('checkbox', { name: /^17\./ }).check();
    await expect.poll(() => page.url()).toContain('sdg=17');
    await page.getByRole('article').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: /Retour aux résultats/ }).click();
    await expect.poll(() => resultCount(page)).toBe(numeric);

    // Reset everything.
    await page.getByRole('button', { name: 'Tout effacer' }).click();
    await expect.poll(() => resultCount(page)).toBe(97);
    expect(await box.inputValue()).toBe('');

    // A ready-made search is one click and a real URL.
    await page.getByRole('navigation', { name: 'Recherches prêtes' }).getByRole('link', { name: 'Outre-mer' }).click();
    await expect.poll(() => page.url()).toContain('region=guadeloupe');
    expect(await page.getByRole('button', { name: /^Retirer le filtre Martinique/ }).count()).toBe(1);
    await expect.poll(() => resultCount(page)).toBeLessThan(97);
    expect(await resultCount(page)).toBeGreaterThan(0);

    // Presenter mode: larger type, kept in the URL.
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.getByRole('button', { name: 'Mode présentation' }).click();
    await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(before);
    expect(page.url()).toContain('presenter=1');

    // No error on screen, no script error.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a friendly message while the service is down and recovers without a reload', async () => {
    const page = await suite.browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${suite.app.baseUrl}/?q=cantine`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await page.route('**/api/**', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"engine_unavailable","message":"Moteur indisponible"}}' }));
    await page.getByRole('searchbox', { name: /Rechercher/ }).fill('jardins');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('momentanément indisponible');

    await page.unroute('**/api/**');
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByRole('article').first().locator('mark').first().textContent()).toMatch(/jardin/i);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.close();
  });

  it('shows a title made of HTML as text, in results and on its page', async () => {
    const page = await suite.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${suite.app.baseUrl}/?q=${encodeURIComponent('onerror')}`);
    const heading = page.getByRole('article').getByRole('heading', { name: XSS_TITLE });
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).toBe(XSS_TITLE);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.getByRole('article').filter({ has: heading }).locator('b').count()).toBe(0);
    await heading.getByRole('link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(XSS_TITLE);
    expect(await page.locator('main img').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
