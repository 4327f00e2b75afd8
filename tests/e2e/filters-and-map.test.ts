import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { useWebSuite } from './support/web-suite.js';
import { focused } from './support/keys.js';

const suite = useWebSuite();
const inViewport = (box: { y: number; height: number } | null, height: number) => !!box && box.y >= 0 && box.y + box.height <= height;

describe('filters on a phone: a full-height sheet', () => {
  it('« Filtres (N) » opens a modal sheet with a sticky « Voir les N résultats » that follows every tick; Escape closes it and focus returns', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 375, height: 740 } });
    const problems = watchProblems(page);
    await page.goto(`${suite.app.baseUrl}/?region=bretagne`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const button = page.getByRole('button', { name: 'Filtres (1)' });
    await button.click();
    const sheet = page.getByRole('dialog', { name: 'Filtres' });
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    expect([box.y, box.height]).toEqual([0, 740]);
    const show = sheet.getByRole('button', { name: /^Voir les \d+ résultats$/ });
    const count = await resultCount(page);
    expect(await show.textContent()).toBe(`Voir les ${count} résultats`);

    // Tick a value far down the sheet: the button, still in sight, gives the new count once it is known.
    const status = sheet.getByRole('group', { name: 'Statut' }).getByRole('checkbox', { name: /^En cours/ });
    await status.check();
    await expect.poll(() => page.url()).toContain('status=en-cours');
    await expect.poll(() => resultCount(page)).toBeLessThan(count);
    const narrowed = await resultCount(page);
    await expect.poll(() => show.textContent()).toBe(`Voir les ${narrowed} résultats`);
    expect(inViewport(await show.boundingBox(), 740)).toBe(true);

    // The page behind is inert: focus stays in the sheet, Tab after the last control comes back to the first.
    await show.focus();
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Fermer');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toMatch(/^Voir les/);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect((await focused(page)).name).toBe('Filtres (2)');

    // « Voir les N résultats » closes the sheet onto the results' heading.
    await page.getByRole('button', { name: 'Filtres (2)' }).click();
    await sheet.getByRole('button', { name: /^Voir les/ }).click();
    await expect.poll(() => focused(page).then((f) => f.id)).toBe('results-heading');
    expect(inViewport(await page.getByRole('article').first().boundingBox(), 740)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('filters on a desktop', () => {
  it('keeps the count in sight while ticking a box low in the sidebar', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    const box = page.getByRole('group', { name: 'Statut' }).getByRole('checkbox', { name: /^Terminé/ });
    await box.scrollIntoViewIfNeeded();
    await box.check();
    await expect.poll(() => resultCount(page)).toBeLessThan(97);
    expect(inViewport(await page.getByRole('status').first().boundingBox(), 800)).toBe(true);
    expect(inViewport(await page.getByRole('article').first().boundingBox(), 800)).toBe(true);
    await page.close();
  });

  it('pins a value ticked elsewhere (on the map) at the top of its collapsed list', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    const regions = page.getByRole('group', { name: 'Région' });
    expect(await regions.getByRole('checkbox', { name: /^Provence/ }).count()).toBe(0); // past the first eight
    await page.getByRole('button', { name: /^Provence-Alpes-Côte d'Azur\s:/ }).click();
    await expect.poll(() => page.url()).toContain('region=provence-alpes-cote-d-azur');
    const boxes = regions.getByRole('checkbox');
    await expect.poll(() => boxes.first().isChecked()).toBe(true);
    expect(await boxes.first().getAttribute('id')).toBe(await regions.getByRole('checkbox', { name: /^Provence/ }).getAttribute('id'));
    expect(await boxes.count()).toBe(8);
    expect(await regions.getByRole('button', { name: 'Voir tout (19)' }).count()).toBe(1);
    await page.close();
  });
});

describe('the map', () => {
  it('names every region on the map, tabs them north to south, moves to neighbours with arrows and says how', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);
    const map = page.getByRole('group', { name: 'Carte des régions' });
    const labels = (await map.locator('text').allTextContents()).join(' ');
    for (const name of ['Hauts-de-France', 'Normandie', 'Bretagne', 'Grand Est', 'Occitanie', 'Corse']) expect(labels).toContain(name);
    expect(await page.locator(`#${await map.getAttribute('aria-describedby')}`).textContent()).toContain('flèches');

    const order = await map.getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!.split(/\s:/)[0]));
    expect(order.slice(0, 5)).toEqual(['Hauts-de-France', 'Normandie', 'Île-de-France', 'Grand Est', 'Bretagne']);
    expect(order.at(-1)).toBe('Corse');

    await map.getByRole('button', { name: /^Bretagne/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).name).toMatch(/^Pays de la Loire/);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).name).toMatch(/^Normandie/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('region=normandie');
    expect((await focused(page)).name).toMatch(/^Normandie/);
    await page.close();
  });

  it('draws the focused region and the selected ones differently', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?region=bretagne`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Normandie/ }).focus();
    const rings = await page.locator('.region-ring').evaluateAll((els) => els.map((e) => ({ cls: e.getAttribute('class'), stroke: getComputedStyle(e).stroke, dash: getComputedStyle(e).strokeDasharray })));
    const on = rings.find((r) => r.cls!.includes('--on'))!;
    const focus = rings.find((r) => r.cls!.includes('--focus'))!;
    expect(on.stroke).not.toBe(focus.stroke);
    expect(on.dash).toBe('none');
    expect(focus.dash).not.toBe('none');
    // Selection is said in words too: « ✓ » before the name.
    expect(await page.locator('.region-label--on').textContent()).toBe('✓ Bretagne');
    await page.close();
  });
});
