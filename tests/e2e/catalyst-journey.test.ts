import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

describe('territorial catalyst', () => {
  it('picks a region on the map, narrows by actor type, reads an example and shares its link', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);

    // The map region is a toggle named "<Région> : N exemples" whose N is the count it filters to.
    const brittany = page.getByRole('button', { name: /^Bretagne\s:\s\d+ exemples?$/ });
    const mapCount = Number((await brittany.getAttribute('aria-label'))!.match(/(\d+) exemples?/)![1]);
    expect(mapCount).toBeGreaterThan(0);
    await brittany.click();
    await expect.poll(() => page.url()).toContain('region=bretagne');
    await expect.poll(() => resultCount(page)).toBe(mapCount);
    expect(await brittany.getAttribute('aria-pressed')).toBe('true');
    const regions = page.getByRole('group', { name: 'Région' });
    expect(await regions.getByRole('checkbox', { name: /^Bretagne/ }).isChecked()).toBe(true);

    // Narrow by actor type: the disjunctive count shown next to the value is what the list becomes.
    const actorTypes = page.getByRole('group', { name: "Type d'acteur" });
    const authorities = actorTypes.getByRole('checkbox', { name: /^Collectivités territoriales/ });
    const label = (await actorTypes.locator('label', { hasText: 'Collectivités territoriales' }).textContent()) ?? '';
    const expected = Number(label.match(/(\d+)\s*$/)![1]);
    await authorities.check();
    await expect.poll(() => resultCount(page)).toBe(expected);
    await expect.poll(() => page.url()).toContain('actorType=collectivite');

    // A value with no match is shown disabled, not hidden.
    const disabled = regions.getByRole('checkbox', { disabled: true });
    expect(await disabled.count()).toBeGreaterThan(0);

    // Clicking the region again removes the filter.
    await brittany.click();
    await expect.poll(() => page.url()).not.toContain('region=bretagne');
    await brittany.click();
    await expect.poll(() => page.url()).toContain('region=bretagne');

    // Read an example's own page: fields, partners, website, similar examples.
    const first = page.getByRole('article').first();
    const title = (await first.getByRole('heading').textContent())!.trim();
    await first.getByRole('heading').getByRole('link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(page.url()).toMatch(/\/exemples\/[^/?]+/);
    await page.getByText('Partenaires', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Exemples similaires' }).waitFor();
    expect(await page.getByRole('link', { name: /^https:\/\/exemple\.org\// }).count()).toBe(1);

    // The colleague opens the link in a fresh browser context and sees the same example.
    const shared = page.url();
    const colleague = await suite.browser.newContext();
    const theirs = await colleague.newPage();
    await theirs.goto(shared);
    await expect.poll(() => theirs.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await colleague.close();

    // Back returns to the filtered results.
    await page.goBack();
    await expect.poll(() => resultCount(page)).toBe(expected);
    expect(await regions.getByRole('checkbox', { name: /^Bretagne/ }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reopens a shared search link in a fresh context with the same filters, count and results', async () => {
    const link = `${suite.app.baseUrl}/?q=cantine&sdg=17&sort=year:desc`;
    const a = await suite.browser.newContext();
    const b = await suite.browser.newContext();
    const pa = await a.newPage();
    const pb = await b.newPage();
    await pa.goto(link);
    await pb.goto(link);
    await expect.poll(() => resultCount(pa)).toBeGreaterThan(0);
    await expect.poll(() => resultCount(pb)).toBe(await resultCount(pa));
    expect(await pb.getByRole('searchbox', { name: /Rechercher/ }).inputValue()).toBe('cantine');
    expect(await pb.getByRole('group', { name: 'ODD' }).getByRole('checkbox', { name: /^17\./ }).isChecked()).toBe(true);
    expect(await pb.getByRole('combobox', { name: /Trier/ }).inputValue()).toBe('year:desc');
    expect(await pb.getByRole('article').allTextContents()).toEqual(await pa.getByRole('article').allTextContents());
    await a.close();
    await b.close();
  });
});
