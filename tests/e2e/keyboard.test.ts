import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { JOURNEYS } from './support/accessibility-audit.js';
import { focusIndicator, focused, tabTo } from './support/keys.js';
import { useWebSuite } from './support/web-suite.js';

// Journeys with the keyboard alone: no click, no focus() — only what a person presses. Listed in the statement.
const suite = useWebSuite();

describe('keyboard only', () => {
  it(JOURNEYS.search.name.en, async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Aller aux résultats');
    expect(await focusIndicator(page)).not.toBe('none');
    await page.keyboard.press('/');
    // Pressed as soon as the count shows, before the first render's effects have run (slash-shortcut.ts says why).
    expect(await focused(page)).toMatchObject({ tag: 'input', id: 'search-input' });
    await page.keyboard.type('jardins', { delay: 20 });
    await expect.poll(() => resultCount(page)).toBeLessThan(97);
    await expect.poll(() => page.locator('.results').getAttribute('aria-busy')).toBe('false');
    const second = (await page.getByRole('article').nth(1).getByRole('heading').textContent())!.trim();
    await tabTo(page, (f) => f.tag === 'a' && f.name === (second as string));
    expect(await focusIndicator(page)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.tag)).toBe('h1');
    expect((await focused(page)).name).toBe(second);
    await tabTo(page, (f) => f.name === '← Retour aux résultats', 10, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.name)).toBe(second);
    expect(problems).toEqual([]);
    await page.close();
  });

  it(JOURNEYS.map.name.en, async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    await tabTo(page, (f) => f.name.startsWith('Hauts-de-France'));
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toMatch(/^Normandie/); // north to south, west to east
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).name).toMatch(/^(Bretagne|Pays de la Loire)/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const name = (await focused(page)).name.split(/\s:/)[0]!;
    await page.keyboard.press(' ');
    await expect.poll(() => page.url()).toMatch(/region=/);
    // The region ticked on the map is ticked at the top of the « Région » list, reached by Tab.
    await tabTo(page, (f) => f.type === 'checkbox', 40);
    const first = page.getByRole('group', { name: 'Région' }).getByRole('checkbox').first();
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await first.isChecked()).toBe(true);
    expect(await page.evaluate(() => document.querySelector(`label[for="${document.activeElement!.id}"]`)!.textContent)).toContain(name);
    await page.keyboard.press(' ');
    await expect.poll(() => page.url()).not.toMatch(/region=/);
    await page.close();
  });

  it(JOURNEYS.export.name.en, async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?q=cantine`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    await tabTo(page, (f) => f.name.startsWith('Exporter'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('CSV (Excel)');
    await page.keyboard.press('Escape');
    expect((await focused(page)).name).toMatch(/^Exporter/);
    expect(await page.getByRole('link', { name: 'CSV (Excel)' }).count()).toBe(0);
    // Nothing traps: Tab goes on to the results.
    await tabTo(page, (f) => f.tag === 'a' && !!f.name, 3);
    await page.close();
  });

  it(JOURNEYS.sheet.name.en, async () => {
    const page = await suite.browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    await tabTo(page, (f) => f.name === 'Filtres (0)');
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe('Fermer');
    await tabTo(page, (f) => f.tag === 'input' && f.id.endsWith('-termine'), 160);
    await page.keyboard.press(' ');
    await expect.poll(() => page.url()).toContain('status=termine');
    await expect.poll(() => resultCount(page)).toBeLessThan(97);
    const n = await resultCount(page);
    // Tab only ever visits the sheet: past its last control, it comes back to « Fermer ».
    for (let i = 0; i < 60 && !(await focused(page)).name.startsWith('Voir'); i++) await page.keyboard.press('Tab');
    await expect.poll(() => focused(page).then((f) => f.name)).toBe(`Voir les ${n} résultats`);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Fermer');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.id)).toBe('results-heading');
    expect((await focused(page)).name).toContain(`${n} exemples`);
    await page.close();
  });

  it(JOURNEYS.pages.name.en, async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    await tabTo(page, (f) => f.name === 'Page suivante', 300);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.id)).toBe('results-heading');
    expect((await focused(page)).name).toMatch(/page 2 sur 5$/);
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('select'); // the sort, then the export, then the new page's results
    await page.close();
  });
});
