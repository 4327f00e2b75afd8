import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { ExampleSchema } from '#domain/example.js';
import { publishExamples } from '#server/import/publish.js';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { webFixtures } from '#scripts/support/web-fixtures.js';
import { frictionlessProblems } from '../support/frictionless.js';
import { testEngine } from '../support/engine.js';
import { zipEntries } from '../support/zip-entries.js';
import { seriousViolations } from '#scripts/support/axe.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

describe('following a search, the data package and reproducible links', () => {
  it('offers the search’s feed, a data package of it, the whole base, and says what changed since a shared link', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    const problems = watchProblems(page);
    await page.goto(`${suite.app.baseUrl}/?region=bretagne`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    // The link carries the data version it was made on.
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toMatch(/^[0-9a-f]{12}$/);
    const v1 = new URL(page.url()).searchParams.get('v')!;

    // « Suivre cette recherche »: a copyable feed link, and the page head's alternate link on the same feed.
    await page.getByRole('button', { name: 'Suivre cette recherche' }).click();
    const feedUrl = await page.getByRole('textbox', { name: 'Lien du flux de cette recherche' }).inputValue();
    expect(feedUrl).toBe(`${suite.app.baseUrl}/api/feed?region=bretagne`);
    expect(await page.getByText('Un flux Atom : ajoutez ce lien à votre lecteur de flux').count()).toBe(1);
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(feedUrl);
    expect(await seriousViolations(page, '#main')).toEqual([]);
    const feed = parseFeed(await (await fetch(feedUrl)).text());
    expect(feed.items.length).toBe(await resultCount(page));
    expect(feed.items.every((i) => i.categories.some((c) => c.term === 'bretagne'))).toBe(true);
    await page.getByRole('group', { name: 'Région' }).getByRole('checkbox', { name: /^Corse/ }).check();
    await expect.poll(() => page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(`${suite.app.baseUrl}/api/feed?region=bretagne&region=corse`);

    // « Paquet de données (zip) » in the export menu: a valid package of exactly the set on screen (once its search answered).
    await page.waitForLoadState('networkidle');
    const total = await resultCount(page);
    await page.getByRole('button', { name: 'Suivre cette recherche' }).click();
    await page.getByRole('button', { name: /Exporter/ }).click();
    const [zip] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('link', { name: 'Paquet de données (zip)' }).click()]);
    const files = await zipEntries(readFileSync(await zip.path()));
    expect(await frictionlessProblems(files)).toEqual([]);
    expect(JSON.parse(files.get('datapackage.json')!.toString('utf8')).resources[0].stats.rows).toBe(total);

    // The whole base, ready, with its size and date.
    await expect.poll(() => page.getByRole('link', { name: /^Toute la base : paquet de données \(zip, [\d,]+ (ko|Mo), données du \d+/ }).count()).toBe(1);

    // A new version is published: the old link still shows its search, and says what changed since.
    const breton = webFixtures().find((e) => e.regions.includes('bretagne'))!;
    const next = webFixtures().map((e) => (e.id === breton.id ? { ...e, summary: `${e.summary} Mis à jour.` } : e));
    next.push(...['ex-new-1', 'ex-new-2'].map((id, k) => ExampleSchema.parse({ ...breton, id, title: `Nouvel exemple breton ${k + 1}`, source: { file: 'v2.csv', line: k + 2 } })));
    await publishExamples({ ...testEngine(), index: suite.app.index, examples: next, files: ['v2.csv'] });
    await page.goto(`${suite.app.baseUrl}/?region=bretagne&v=${v1}`);
    const notice = page.getByText(/^Les données ont changé depuis ce lien/);
    await expect.poll(() => notice.textContent()).toBe('Les données ont changé depuis ce lien : 2 exemples ajoutés, 1 modifié.');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await seriousViolations(page, '#main')).toEqual([]);
    await page.getByRole('button', { name: 'Compris' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('v')).not.toBe(v1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
