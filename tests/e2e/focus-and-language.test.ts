import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { useWebSuite } from './support/web-suite.js';
import { focused } from './support/keys.js';

const suite = useWebSuite();
const heading1 = (page: import('playwright-core').Page) => page.getByRole('heading', { level: 1 });
/** French typography's narrow no-break spaces read as spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('focus follows the person', () => {
  it('Escape on the export menu gives focus back to its button', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?q=cantine`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const button = page.getByRole('button', { name: /Exporter/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'CSV (Excel)' }).focus();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('link', { name: 'CSV (Excel)' }).count()).toBe(0);
    expect((await focused(page)).name).toMatch(/Exporter/);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('gives each screen one h1, its own tab title, and focus on that h1 when the screen changes', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(`${suite.app.baseUrl}/?q=cantine`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const n = await resultCount(page);
    expect(await heading1(page).count()).toBe(1);
    expect(plain(await page.title())).toBe(`« cantine » : ${n} exemples — ODD 17 en pratiques`);
    expect((await focused(page)).tag).toBe('body'); // a first screen keeps the browser's own start

    const title = (await page.getByRole('article').first().getByRole('heading').textContent())!.trim();
    await page.getByRole('article').first().getByRole('link').click();
    await expect.poll(() => focused(page).then((f) => f.tag)).toBe('h1');
    expect((await focused(page)).name).toBe(title);
    expect(await heading1(page).count()).toBe(1);
    expect(await page.title()).toBe(`${title} — ODD 17 en pratiques`);

    await page.getByRole('link', { name: 'Statistiques' }).click();
    await expect.poll(() => focused(page).then((f) => f.name)).toBe('Statistiques de la sélection');
    expect(await heading1(page).count()).toBe(1);
    expect(await page.title()).toBe('Statistiques de la sélection — ODD 17 en pratiques');

    await page.getByRole('navigation', { name: 'Recherche' }).getByRole('link', { name: 'Recherche' }).click();
    await expect.poll(() => focused(page).then((f) => f.name)).toBe('Rechercher un exemple');
    await page.getByRole('link', { name: 'Accessibilité' }).click();
    await expect.poll(() => focused(page).then((f) => f.name)).toBe('Déclaration d’accessibilité');
    expect(await page.title()).toBe('Déclaration d’accessibilité — ODD 17 en pratiques');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('« Page suivante » brings the results and focus to their heading, which says the page', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    const next = page.getByRole('button', { name: 'Page suivante' });
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await expect.poll(() => page.url()).toContain('page=2');
    await expect.poll(() => focused(page).then((f) => f.id)).toBe('results-heading');
    await expect.poll(() => focused(page).then((f) => f.name)).toMatch(/^97 exemples.*page 2 sur 5$/);
    const top = await page.getByRole('article').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    expect(plain(await page.title())).toBe('Recherche : 97 exemples, page 2 — ODD 17 en pratiques');
    await page.close();
  });

  it('announces « Lien copié ! » and the result count in polite live regions', async () => {
    const context = await suite.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${suite.app.baseUrl}/exemples/ex-001`);
    await heading1(page).waitFor();
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    const outcome = page.getByRole('status').filter({ hasText: 'Lien copié' });
    await outcome.waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(await page.getByRole('button', { name: 'Copier le lien' }).count()).toBe(1); // the button keeps its name

    await page.goto(`${suite.app.baseUrl}/?q=cantine`);
    const count = page.getByRole('status').first();
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(await count.evaluate((el) => el.closest('h2')?.id)).toBe('results-heading');
    await context.close();
  });
});

describe('the language of the content', () => {
  it('says in English that the examples are in French, proposes French words that find some, and marks French content lang="fr"', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(5_000);
    await page.goto(`${suite.app.baseUrl}/?lang=en`);
    await expect.poll(() => resultCount(page)).toBe(97);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText('The examples are written in French').waitFor();
    expect(await page.getByRole('searchbox').getAttribute('placeholder')).toMatch(/^In French: cantine/);
    expect(await page.getByRole('article').first().getByRole('heading').getAttribute('lang')).toBe('fr');
    expect(await page.locator('article .result__summary').first().getAttribute('lang')).toBe('fr');

    // Each French word proposed finds examples.
    for (const word of ['cantine', 'insertion', 'Bretagne']) {
      await page.getByRole('link', { name: word, exact: true }).click();
      await expect.poll(() => page.url()).toContain(`q=${word}`);
      await expect.poll(() => resultCount(page), { message: word }).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.results').getAttribute('aria-busy')).toBe('false');
    }
    // A ready-made search keeps the language (that each finds examples in the sample base: tests/integration/ready-searches.test.ts).
    await page.getByRole('navigation', { name: 'Ready-made searches' }).getByRole('link', { name: 'Overseas' }).click();
    await expect.poll(() => page.url()).toContain('region=guadeloupe');
    expect(page.url()).toContain('lang=en');
    await page.goto(`${suite.app.baseUrl}/exemples/ex-001?lang=en`);
    await heading1(page).waitFor();
    expect(await heading1(page).getAttribute('lang')).toBe('fr');
    expect(await page.locator('.lede').getAttribute('lang')).toBe('fr');
    await page.close();
  });

  it('shows no language note in French', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    expect(await page.locator('.lang-note').count()).toBe(0);
    await page.close();
  });
});
