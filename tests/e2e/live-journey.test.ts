import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '#scripts/support/axe.js';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

/** A tab of its own (its own sessionStorage), as each participant has their own browser. */
async function openTab(width: number, height: number): Promise<{ page: Page; problems: string[] }> {
  const context = await suite.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { page, problems: watchProblems(page) };
}

const query = (page: Page) => new URL(page.url()).searchParams;
// The machine is shared: what goes through the engine (an end, a count) may take seconds, not vitest's default second.
const eventually = <T>(value: () => T | Promise<T>, timeout = 10_000) => expect.poll(value, { timeout });

/** What a phone's camera would read in a QR code image: its pixels, decoded by jsQR. */
async function readQr(img: Locator): Promise<string | undefined> {
  const size = 240;
  const pixels = await img.evaluate(async (el: HTMLImageElement, n) => {
    await el.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = n;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(el, 0, 0, n, n);
    return Array.from(ctx.getImageData(0, 0, n, n).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}
const banner = (page: Page) => page.getByRole('region', { name: /Présentation en direct|Live presentation/ });

describe('webinar live mode', () => {
  it('a presenter and two participants: they follow, one wanders off and comes back, the stream survives a drop, the end is said', async () => {
    const presenter = await openTab(1280, 900);
    const laptop = await openTab(1280, 900);
    const phone = await openTab(375, 800);
    const { page: p } = presenter;

    // The presenter starts a session from presenter mode: a join screen with the short link, a QR code and the count.
    await p.goto(`${suite.app.baseUrl}/?presenter=1`);
    await p.getByRole('button', { name: 'Démarrer une session en direct' }).click();
    const join = p.getByRole('dialog', { name: 'Rejoignez la présentation' });
    await join.waitFor();
    const code = (await join.locator('.join__path').textContent())!.replace('/direct/', '');
    expect(code).toMatch(/^ODD-[0-9A-Z]{4}$/);
    const qr = join.getByRole('img', { name: /QR code du lien/ });
    await qr.waitFor();
    expect(await readQr(qr)).toBe(`${suite.app.baseUrl}/direct/${code}`);
    expect(await join.getByText('Aucun participant connecté pour l’instant').count()).toBe(1);
    expect(await seriousViolations(p)).toEqual([]);
    // The token stays in the presenter's tab: the join link carries only the code.
    const token = await p.evaluate(() => JSON.parse(sessionStorage.getItem('odd17-live-presenter')!).presenterToken as string);
    expect(token.length).toBeGreaterThan(40);

    // Two participants join: one on a laptop (code typed in lower case), one on a phone in English.
    await laptop.page.goto(`${suite.app.baseUrl}/direct/${code.toLowerCase()}`);
    await phone.page.goto(`${suite.app.baseUrl}/direct/${code}?lang=en`);
    await eventually(() => join.getByText('2 participants connectés').count(), 15_000).toBe(1);
    for (const { page } of [laptop, phone]) {
      await eventually(() => new URL(page.url()).pathname).toBe('/');
      expect(await page.content()).not.toContain(token);
    }
    await eventually(() => banner(laptop.page).textContent()).toContain('Vous suivez la présentation');
    await eventually(() => banner(phone.page).textContent()).toContain('You are following the presentation');
    await join.getByRole('button', { name: 'Montrer à tous' }).click();
    await join.waitFor({ state: 'hidden' });

    // The presenter types and ticks a filter: both follow, each in their own language and size (no presenter mode).
    await p.getByRole('searchbox', { name: /Rechercher/ }).pressSequentially('cantine', { delay: 80 });
    // (A tick within the search box's 150 ms pause would be lost to its pending update: an issue of the search screen, not of the live mode.)
    await eventually(() => query(p).get('q')).toBe('cantine');
    await p.getByRole('group', { name: 'ODD' }).getByRole('checkbox', { name: /^17\./ }).check();
    await eventually(() => query(p).get('sdg')).toBe('17');
    const shown = await resultCount(p);
    for (const { page } of [laptop, phone]) {
      await eventually(() => query(page).get('q')).toBe('cantine');
      await eventually(() => query(page).get('sdg')).toBe('17');
      await eventually(() => resultCount(page)).toBe(shown);
      expect(query(page).get('presenter')).toBeNull();
      expect(await page.getByRole('searchbox').inputValue()).toBe('cantine');
    }
    expect(query(phone.page).get('lang')).toBe('en');
    expect(query(laptop.page).get('lang')).toBeNull();
    expect(await seriousViolations(phone.page)).toEqual([]);

    // The laptop participant ticks a region of their own: detached, and stays put while the presenter opens an example.
    await laptop.page.getByRole('group', { name: 'Région' }).getByRole('checkbox').first().check();
    await eventually(() => banner(laptop.page).textContent()).toContain('Vous explorez seul');
    const own = laptop.page.url();
    await p.getByRole('article').first().getByRole('link').click();
    await p.getByRole('heading', { level: 1 }).waitFor();
    const examplePath = new URL(p.url()).pathname;
    expect(examplePath).toMatch(/^\/exemples\//);
    await eventually(() => new URL(phone.page.url()).pathname).toBe(examplePath);
    await eventually(() => phone.page.getByRole('heading', { level: 1 }).textContent()).toBe(await p.getByRole('heading', { level: 1 }).textContent());
    // The screen changed under the phone participant: said once, politely.
    await eventually(() => banner(phone.page).locator('[aria-live="polite"]').textContent()).toContain('The presentation changed.');
    expect(laptop.page.url()).toBe(own);
    expect(await seriousViolations(laptop.page)).toEqual([]);

    // One click brings them back to where the presenter is now, the focus kept on the banner.
    await laptop.page.getByRole('button', { name: 'Revenir à la présentation' }).click();
    await eventually(() => new URL(laptop.page.url()).pathname).toBe(examplePath);
    await eventually(() => banner(laptop.page).textContent()).toContain('Vous suivez la présentation');
    expect(await laptop.page.evaluate(() => document.activeElement?.classList.contains('live-banner'))).toBe(true);

    // Off on their own again, the laptop participant is brought back by « Montrer à tous », and told why.
    await laptop.page.getByRole('link', { name: /Retour aux résultats/ }).click();
    await eventually(() => banner(laptop.page).textContent()).toContain('Vous explorez seul');
    await p.getByRole('button', { name: /Écran d’accueil/ }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Montrer à tous' }).click();
    await eventually(() => new URL(laptop.page.url()).pathname).toBe(examplePath);
    await eventually(() => banner(laptop.page).locator('[aria-live="polite"]').textContent()).toBe('L’animateur montre cet écran à tous.');

    // The server drops every stream (a restart): the browsers reconnect by themselves and get the current state.
    suite.app.live.dropStreams();
    await p.getByRole('link', { name: 'Statistiques' }).click();
    await eventually(() => new URL(p.url()).pathname).toBe('/statistiques');
    for (const { page } of [laptop, phone]) await eventually(() => new URL(page.url()).pathname, 15_000).toBe('/statistiques');
    await eventually(() => phone.page.getByRole('table').first().isVisible()).toBe(true);

    // The presenter ends the session from the join screen: both are told, in their language.
    await p.getByRole('button', { name: /Écran d’accueil/ }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Terminer la session' }).click();
    await eventually(() => banner(laptop.page).textContent()).toContain('La présentation est terminée.');
    await eventually(() => banner(phone.page).textContent()).toContain('The presentation has ended.');
    await eventually(() => p.getByRole('button', { name: /Écran d’accueil/ }).count()).toBe(0);
    expect(await p.getByRole('button', { name: 'Démarrer une session en direct' }).count()).toBe(1);

    for (const tab of [presenter, laptop, phone]) {
      expect(tab.problems).toEqual([]);
      await tab.page.context().close();
    }
  });

  it('tells a late participant the session is over, and a mistyped code that it does not exist, in the page’s language', async () => {
    const { page, problems } = await openTab(375, 800);
    const created = (await (await fetch(`${suite.app.baseUrl}/api/live`, { method: 'POST' })).json()) as { code: string; presenterToken: string };
    await fetch(`${suite.app.baseUrl}/api/live/${created.code}`, { method: 'DELETE', headers: { Authorization: `Bearer ${created.presenterToken}` } });

    await page.goto(`${suite.app.baseUrl}/direct/${created.code}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Présentation terminée');
    expect(await page.title()).toContain('Présentation terminée');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${suite.app.baseUrl}/direct/ODD-0000?lang=en`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Presentation not found');
    await page.getByRole('link', { name: 'Explore the examples' }).click();
    await eventually(() => resultCount(page)).toBeGreaterThan(0);
    expect(query(page).get('lang')).toBe('en');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
