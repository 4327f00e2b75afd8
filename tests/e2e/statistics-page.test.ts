import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchProblems } from '#scripts/support/chromium.js';
import { seriousViolations } from '#scripts/support/axe.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

const download = async (page: Page, click: () => Promise<void>) => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
};

/** The table's cells as text, by row name and column head (the head's accessible name: its full label). */
async function tableCells(page: Page): Promise<{ heads: string[]; rows: Map<string, string[]> }> {
  const { heads, rows } = await page.locator('table.cross-table').first().evaluate((table) => ({
    heads: [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('title') ?? th.textContent ?? ''),
    rows: [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) => [tr.querySelector('th')!.textContent!, [...tr.querySelectorAll('td')].map((td) => td.textContent!)] as [string, string[]]),
  }));
  return { heads, rows: new Map(rows) };
}

describe('statistics page', () => {
  it('shows every row with totals, shares on demand, and an index that matches a hand computation on the exported CSV', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    const problems = watchProblems(page);
    await page.goto(`${suite.app.baseUrl}/statistiques?rows=region&cols=theme&q=cantine`);
    await page.locator('table.cross-table').first().waitFor();
    const total = Number((await page.getByRole('status').first().textContent())!.match(/\d+/)![0]);
    let { heads, rows } = await tableCells(page);
    // Every region is a row, those without a « cantine » example too (zeros kept); totals close the table.
    expect(rows.size).toBe(19 + 1);
    expect(rows.get('Corse')!.every((c) => c === '0')).toBe(true);
    expect(heads.at(-1)).toBe('Total');
    expect(rows.get('Total')!.at(-1)).toBe(String(total));

    // Shares of the row: every row with examples sums to its 100 %.
    await page.getByLabel('Afficher').selectOption('rowShare');
    await expect.poll(() => page.url()).toContain('measure=rowShare');
    ({ rows } = await tableCells(page));
    const filled = [...rows].filter(([name, cells]) => name !== 'Total' && cells.at(-1) !== '–');
    expect(filled.length).toBeGreaterThan(3);
    for (const [, cells] of filled) expect(cells.at(-1)).toMatch(/^100[\s\u202f]%$/);

    // The representation index, against a hand computation on the CSV export of the same selection.
    await page.getByLabel('Afficher').selectOption('index');
    await page.getByText('Indice de représentation : part de la ligne').waitFor();
    ({ heads, rows } = await tableCells(page));
    const csv = parse((await (await fetch(`${suite.app.baseUrl}/api/export?q=cantine`)).text()).replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<string, string>[];
    const has = (row: Record<string, string>, column: string, label: string) => row[column]!.split(' | ').includes(label);
    const fr = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    let compared = 0;
    for (const [region, cells] of rows) {
      if (region === 'Total') continue;
      const inRegion = csv.filter((r) => has(r, 'Région', region));
      heads.slice(0, -1).forEach((theme, j) => {
        const inTheme = csv.filter((r) => has(r, 'Thématiques', theme)).length;
        const both = inRegion.filter((r) => has(r, 'Thématiques', theme)).length;
        const expected = inRegion.length && inTheme ? `×${fr.format(both / inRegion.length / (inTheme / csv.length))}` : '–';
        expect(cells[j], `${region} × ${theme}`).toBe(expected);
        compared++;
      });
    }
    expect(compared).toBe(19 * 16);
    // The strongest cell in words (over cells of at least 5 examples: the whole base here).
    await page.goto(`${suite.app.baseUrl}/statistiques?rows=actorType&cols=theme&measure=index`);
    await expect.poll(() => page.locator('.stats__answer').textContent()).toMatch(/^.+ : (\d+,\d fois plus|autant) d’exemples « .+ » que la moyenne de la sélection/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the timeline split by a facet, readable without colour, with its table, and exports it as SVG, PNG and CSV', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${suite.app.baseUrl}/statistiques`);
    await page.getByLabel('Répartir par').selectOption('status');
    await expect.poll(() => page.locator('svg.timeline-chart g[data-series]').count()).toBe(2);
    // Each line its own dash and its own name at its end, not colour alone.
    const dashes = await page.locator('svg.timeline-chart polyline').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke-dasharray') ?? 'solid'));
    expect(new Set(dashes).size).toBe(2);
    expect(await page.locator('svg.timeline-chart').textContent()).toMatch(/En cours \(\d+\).*Terminé \(\d+\)|Terminé \(\d+\).*En cours \(\d+\)/);
    // The data table beside it: every year from the first to the last, with its total.
    const years = await page.locator('.timeline__table tbody th').allTextContents();
    expect(years.map(Number)).toEqual(Array.from({ length: 13 }, (_, k) => 2012 + k));
    const svg = await download(page, () => page.getByRole('button', { name: 'Image SVG' }).click());
    expect(svg.name).toBe('odd17-chronologie-status.svg');
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const png = await download(page, () => page.getByRole('button', { name: 'Image PNG' }).click());
    expect(png.bytes.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    const data = await download(page, () => page.getByRole('link', { name: 'Données (CSV)' }).click());
    expect(data.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Année de lancement \\ Statut;En cours;Terminé;Total');
    await page.close();
  });

  it('downloads its CSV in the page’s language and keeps row names in view on a phone', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 375, height: 800 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${suite.app.baseUrl}/statistiques?rows=region&cols=sdg&lang=en`);
    await page.locator('table.cross-table').first().waitFor();
    const csv = await download(page, () => page.getByRole('link', { name: 'Download the table (CSV)' }).click());
    const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]!.startsWith('Region \\ SDG,SDG 1 – No poverty,')).toBe(true);
    expect(lines.some((l) => l.startsWith('Brittany,'))).toBe(true);
    const scroller = page.locator('.cross-table__scroll').first();
    await scroller.evaluate((el) => el.scrollBy(400, 0));
    const [box, name] = await Promise.all([scroller.boundingBox(), page.getByRole('rowheader', { name: 'Brittany' }).boundingBox()]);
    expect(Math.abs(name!.x - box!.x)).toBeLessThan(3);
    // Column heads: short on screen, the full label for hover and screen readers.
    const head = page.getByRole('columnheader', { name: 'SDG 13 – Climate action' });
    expect(await head.getAttribute('title')).toBe('SDG 13 – Climate action');
    await page.close();
  });

  it('has no serious or critical accessibility violation, in every measure and in presenter mode', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const query of ['', '&measure=rowShare', '&measure=index&split=theme', '&measure=index&presenter=1', '&lang=en&measure=colShare']) {
      await page.goto(`${suite.app.baseUrl}/statistiques?rows=region&cols=sdg${query}`);
      await page.locator('svg.timeline-chart').waitFor();
      // The statistics view and the header; the facet panel beside it is the search page's own (issue 13).
      expect(await seriousViolations(page, '#main'), query).toEqual([]);
      expect(await seriousViolations(page, 'header'), query).toEqual([]);
    }
    await page.close();
  });
});
