import { describe, expect, it } from 'vitest';
import { resultCount, watchProblems } from '#scripts/support/chromium.js';
import { withoutVersion } from './support/urls.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

describe('a link is never an error', () => {
  it('drops an unknown value and an unknown param with a notice, and searches with the rest', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    const apiStatuses: number[] = [];
    page.on('response', (r) => r.url().includes('/api/search') && apiStatuses.push(r.status()));
    await page.goto(`${suite.app.baseUrl}/?region=atlantis&region=bretagne&utm_source=lettre`);
    await page.getByText('Le filtre « atlantis » n’existe plus : il a été retiré.').waitFor();
    await page.getByText('Le paramètre « utm_source » n’est pas reconnu : il a été retiré.').waitFor();
    expect(new URL(withoutVersion(page.url())).search).toBe('?region=bretagne');
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    expect(await page.getByRole('group', { name: 'Région' }).getByRole('checkbox', { name: /^Bretagne/ }).isChecked()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(apiStatuses.every((s) => s === 200)).toBe(true);
    // The notice is about the link that was opened: the next step leaves it behind.
    await page.getByRole('group', { name: 'Statut' }).getByRole('checkbox', { name: /^En cours/ }).check();
    await expect.poll(() => page.getByText('n’existe plus').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says it in English in the English interface', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.app.baseUrl}/?lang=en&theme=tourisme-durable`);
    await page.getByText('The filter “tourisme-durable” no longer exists: it was removed.').waitFor();
    await expect.poll(() => resultCount(page)).toBe(97);
    await page.close();
  });

  it.each([
    ['page=99999', 'La page 99 999 n’existe pas (il y en a 5) : voici la dernière.'],
    ['page=7', 'La page 7 n’existe pas (il y en a 5) : voici la dernière.'],
  ])('moves ?%s past the end to the last page, with a notice', async (qs, notice) => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?${qs}`);
    await page.getByText(notice).waitFor();
    await expect.poll(() => withoutVersion(page.url())).toMatch(/[?&]page=5$/);
    await expect.poll(() => page.getByText('Page 5 sur 5', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('article').count()).toBe(17); // 97 fixtures: four pages of 20, then 17
    await page.close();
  });

  it('cuts a pasted 2,400-character query to what the API takes, in a chip that stays a chip', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.app.baseUrl}/?q=${'cantine '.repeat(300)}`);
    await page.getByText('La recherche dépassait 500 caractères : elle a été raccourcie.').waitFor();
    expect((await page.getByRole('searchbox').inputValue()).length).toBeLessThanOrEqual(500);
    const chip = page.getByRole('button', { name: /^Retirer le filtre Recherche/ });
    const box = (await chip.boundingBox())!;
    expect(box.height).toBeLessThan(80);
    expect((await chip.textContent())!.length).toBeLessThan(70);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('writes its own words when the API refuses a search: never the API’s message', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.app.baseUrl}/?q=cantine`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const raw = 'Paramètre « q » : valeur refusée, attendu au plus 500 caractères';
    await page.route('**/api/search**', (r) => r.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: { code: 'invalid_request', message: raw } }) }));
    await page.getByRole('searchbox').fill('cantines');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Cette recherche n’a pas pu être faite.');
    expect(await alert.textContent()).not.toContain('Paramètre');
    // No retry can help a refused search: the way out is a new one.
    await alert.getByRole('link', { name: 'Nouvelle recherche' }).click();
    await page.unroute('**/api/search**');
    await expect.poll(() => resultCount(page)).toBe(97);
    await page.close();
  });
});

describe('a real 404', () => {
  it('answers an unknown path with 404 and a « Page introuvable » screen with a way home', async () => {
    const page = await suite.browser.newPage();
    const problems = watchProblems(page);
    const response = await page.goto(`${suite.app.baseUrl}/nulle-part?lang=en`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.title()).toBe('Page not found — SDG 17 in practice');
    await page.getByRole('link', { name: 'Go to the search' }).click();
    await expect.poll(() => resultCount(page)).toBe(97);
    expect(withoutVersion(page.url())).toBe(`${suite.app.baseUrl}/?lang=en`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows « Exemple introuvable » for an id that cannot exist or does not, never a raw error', async () => {
    const page = await suite.browser.newPage();
    const problems = watchProblems(page);
    for (const id of ['<script>alert(1)</script>', 'ex-999']) {
      const response = await page.goto(`${suite.app.baseUrl}/exemples/${encodeURIComponent(id)}?q=cantine`);
      expect(response?.status()).toBe(id === 'ex-999' ? 200 : 404); // the server knows an id's shape, not whether it exists
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Exemple introuvable');
      expect((await page.locator('main').textContent())!.replace(/\u202f/g, ' ')).toContain(`Aucun exemple n’a l’identifiant « ${id} »`);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.title()).toBe('Exemple introuvable — ODD 17 en pratiques');
      await page.getByRole('link', { name: /Retour aux résultats/ }).click();
      await expect.poll(() => withoutVersion(page.url())).toBe(`${suite.app.baseUrl}/?q=cantine`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
