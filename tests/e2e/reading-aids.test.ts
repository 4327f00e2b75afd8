import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

describe('reading aids on the real screens', () => {
  it('map key › its classes cover every region with examples, each in its own shade, and "National" toggles its own filter', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);

    // Every one of the 18 mapped regions has fixtures, so the key's "N régions" add up to 18, in distinct shades.
    const key = page.getByRole('list', { name: 'Exemples par région' });
    await expect.poll(() => key.getByRole('listitem').count()).toBeGreaterThan(1);
    const rows = await key.getByRole('listitem').allTextContents();
    const regions = rows.map((r) => Number(r.match(/(\d+) régions?$/)![1]));
    expect(regions.reduce((a, b) => a + b, 0)).toBe(18);
    const shades = await key.locator('.map-legend__swatch').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(new Set(shades).size).toBe(shades.length);

    // "National (France entière) : N exemples" is a toggle whose N is what the filter gives.
    const national = page.getByRole('button', { name: /^National \(France entière\)\s:\s\d+ exemples?$/ });
    const n = Number((await national.textContent())!.match(/(\d+) exemples?/)![1]);
    expect(n).toBeGreaterThan(0);
    await national.click();
    await expect.poll(() => page.url()).toContain('region=national');
    await expect.poll(() => resultCount(page)).toBe(n);
    expect(await national.getAttribute('aria-pressed')).toBe('true');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('example page › shows SDG tiles with number and name, the département by name and code, organisation types in the singular and paragraphs', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/exemples/ex-001`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    const sdg17 = page.getByRole('listitem').filter({ hasText: 'Partenariats pour la réalisation des objectifs' });
    expect((await sdg17.textContent())!.replace(/\s+/g, ' ')).toMatch(/^ODD 17 Partenariats/);
    await page.getByText(/Rhône \(69\)/).waitFor();
    const partners = page.locator('dd', { has: page.locator('.parties') });
    expect((await partners.textContent())!).toContain('Entreprise partenaire 1 Entreprise');
    expect(await partners.textContent()).not.toContain('(');
    const description = page.locator('section', { has: page.getByRole('heading', { name: 'Description' }) });
    expect(await description.locator('p').count()).toBe(2);
    await page.close();
  });

  it('presenter mode › type at least 1.35× larger, black text, strong yellow marks, no horizontal scrolling at 1280 px', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?q=cantine`);
    await expect.poll(() => page.locator('article mark').count()).toBeGreaterThan(0);
    const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.getByRole('button', { name: 'Mode présentation' }).click();
    await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize) / 16)).toBeGreaterThanOrEqual((1.35 * base) / 16);
    const mark = await page.locator('article mark').first().evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(mark).toEqual(['rgb(255, 212, 0)', 'rgb(0, 0, 0)']);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // The header keeps to one line on a 1280 px projector: title, tabs and buttons share one row.
    const centres = await page.locator('header').evaluate((header) =>
      [header.querySelector('.header__title'), header.querySelector('nav'), ...header.querySelectorAll('button')].map((el) => {
        const box = el!.getBoundingClientRect();
        return box.top + box.height / 2;
      }),
    );
    expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(12);
    expect(await page.getByRole('button', { name: 'Mode présentation' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${suite.app.baseUrl}/exemples/ex-001?presenter=1`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.close();
  });

  it('presenter mode › a shared presenter link opened on a 375 px phone fits the screen', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 375, height: 800 } });
    for (const path of ['/?q=cantine&presenter=1', '/exemples/ex-001?presenter=1', '/statistiques?presenter=1']) {
      await page.goto(`${suite.app.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).or(page.getByRole('status')).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
    }
    await page.close();
  });
});
