import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

/** Clicks a download link of the export menu and returns the downloaded file's text. */
async function exportAs(page: Page, item: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /Exporter/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: item }).click()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

describe('researcher', () => {
  it('builds a set with a query and filters, checks counts and the cross-table, and exports exactly that set', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    const problems = watchProblems(page);
    await page.goto(suite.app.baseUrl);
    await expect.poll(() => resultCount(page)).toBe(97);

    await page.getByRole('searchbox', { name: /Rechercher/ }).fill('partenaires');
    await expect.poll(() => page.url()).toContain('q=partenaires');
    await page.getByRole('group', { name: 'Statut' }).getByRole('checkbox', { name: /^En cours/ }).check();
    await page.getByRole('spinbutton', { name: 'De' }).fill('2015');
    await expect.poll(() => page.url()).toContain('yearMin=2015');
    // Read the count only once the results of the last filter are on screen (not the previous set kept while loading).
    await expect.poll(() => page.locator('.results').getAttribute('aria-busy')).toBe('false');
    await expect.poll(() => resultCount(page)).toBeLessThan(97);
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(20); // more than one page, so the export must not stop at the first page

    // The statistics view keeps the same set: its total is the result count.
    await page.getByRole('link', { name: 'Statistiques' }).click();
    await page.getByRole('table').first().waitFor();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(new RegExp(`^${total} exemples`));
    expect(page.url()).toContain('yearMin=2015');
    const [statsCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Télécharger le tableau/ }).click()]);
    expect(readFileSync(await statsCsv.path()).toString('utf8')).toMatch(/\n/);
    await page.goBack();
    await expect.poll(() => resultCount(page)).toBe(total);

    // CSV: one row per matching example.
    const csv = await exportAs(page, 'CSV (Excel)');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parse(csv.text.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true, skip_empty_lines: true, comment: '#' }) as string[][];
    const dataRows = rows.filter((r) => /^ex-\d+$|^xss-title$/.test(r[0] ?? ''));
    expect(dataRows.length).toBe(total);

    // JSON: the same set.
    const json = await exportAs(page, 'JSON');
    const parsed = JSON.parse(json.text) as unknown;
    const items = (Array.isArray(parsed) ? parsed : (parsed as { examples: unknown[] }).examples) as unknown[];
    expect(items.length).toBe(total);

    // XLSX: a real zip workbook.
    const xlsx = await exportAs(page, 'XLSX (Excel)');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    expect(problems).toEqual([]);
    await page.close();
  });

  it('says why a year range cannot be searched instead of showing zero results, and reads a reversed link as the range it means', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(`${suite.app.baseUrl}/?yearMin=2015`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const count = await resultCount(page);

    const to = page.getByRole('spinbutton', { name: 'à' });
    await to.fill('2010');
    await expect.poll(() => page.getByText('L’année de fin précède l’année de début').count()).toBe(1);
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await to.fill('1900');
    await expect.poll(() => page.getByText('Une année entre 1950 et 2100.').count()).toBe(1);
    expect(page.url()).not.toContain('yearMax');
    expect(await resultCount(page)).toBe(count);
    await to.fill('2020');
    await expect.poll(() => page.url()).toContain('yearMax=2020');
    expect(await page.getByText('L’année de fin précède').count()).toBe(0);

    await page.goto(`${suite.app.baseUrl}/?yearMin=2020&yearMax=2015`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    expect(await page.getByRole('spinbutton', { name: 'De' }).inputValue()).toBe('2015');
    expect(await page.getByRole('spinbutton', { name: 'à' }).inputValue()).toBe('2020');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
