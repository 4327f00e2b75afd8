import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '#scripts/support/axe.js';
import { launchChromium, watchProblems } from '#scripts/support/chromium.js';
import { buildWebForTests, startWebApp, type WebApp } from '#scripts/support/web-app.js';
import { runImport } from '#server/import/run-import.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// A curator who has never used the workspace: logs in, uploads the three sample dialects plus a foundation's messy
// export, fixes its columns in the mapping editor, reads the diff, publishes, finds a new example in the public search,
// rolls back and sees it gone. Every screen checked with axe; ADMIN_SCREENSHOTS=1 saves each step at 1280 and 1024 px.

const root = resolve(import.meta.dirname, '../..');
const SAMPLE = ['ancien-export.csv', 'export-plateforme-2024.csv', 'tableur-catalyseurs.csv'].map((f) => join(root, 'data', f));
const MESSY = join(root, 'tests/fixtures/admin/messy/laureats-fondation.csv');
const CURATOR = { name: 'Camille Martin', password: 'correct horse battery' };
const SHOTS = process.env.ADMIN_SCREENSHOTS ? join(root, 'docs/screenshots') : undefined;

let app: WebApp;
let browser: Browser;

beforeAll(async () => {
  buildWebForTests();
  const { url, masterKey } = testEngine();
  const index = uniqueIndexName('curator');
  // The live base: the sample as the CLI publishes it.
  await runImport({ paths: SAMPLE, engine: { url, masterKey }, index, dryRun: false, by: 'cli:dominique' });
  app = await startWebApp({ url, masterKey, index, examples: [], publish: false, workspace: {}, searchCacheMs: 5_000 });
  await app.workspace!.curators.add(CURATOR.name, CURATOR.password);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Checks the screen with axe (no serious or critical problem) and, when asked, saves it at both widths. */
async function step(page: Page, name: string, section?: string): Promise<void> {
  if (process.env.DEBUG_JOURNEY) process.stderr.write(`step ${name} ${new Date().toISOString()}\n`);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 1000 });
    // The screen at the section the step is about (its heading at the top), as the curator sees it.
    if (section) await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), section);
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `admin-${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const publicHits = async (page: Page, q: string): Promise<number> => {
  const res = await page.request.get(`${app.baseUrl}/api/search?q=${encodeURIComponent(q)}`);
  return ((await res.json()) as { totalHits: number }).totalHits;
};

describe('curator', () => {
  it('updates the base from new exports, sees what changes before publishing, and undoes it, without a shell', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    const problems = watchProblems(page);

    // No session: the login.
    await page.goto(`${app.baseUrl}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Espace des curateurs' }).waitFor();
    await step(page, 'login');
    await page.getByLabel('Nom du compte').fill(CURATOR.name);
    await page.getByLabel('Mot de passe').fill('pas le bon');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Nom ou mot de passe incorrect.');
    await page.getByLabel('Mot de passe').fill(CURATOR.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mettre à jour la base' }).waitFor();
    expect(await page.title()).toMatch(/Mettre à jour la base/);

    // Before publishing, the public search has never heard of the foundation's projects (and keeps that answer).
    expect(await publicHits(page, 'Potager pédagogique')).toBe(0);

    // Upload the three dialects and the messy export.
    await page.locator('input[type=file]').setInputFiles([...SAMPLE, MESSY]);
    await expect.poll(() => page.getByRole('list', { name: 'Fichiers choisis' }).getByRole('listitem').count()).toBe(4);
    await step(page, 'upload');
    await page.getByRole('button', { name: 'Déposer et prévisualiser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aperçu de l’import' }).waitFor();
    await page.getByText('Aperçu prêt : rien n’est encore publié.').waitFor({ timeout: 120_000 });
    // The messy file has no column the importer knows as the title: its 4 rows are rejected, the rest unchanged.
    await expect.poll(() => page.getByRole('button', { name: /Inchangés/ }).textContent()).toMatch(/1\s260/);
    await expect.poll(() => page.getByRole('table', { name: /lignes rejetées/ }).getByText('Colonne Titre absente').count()).toBe(4);
    // The report's words first: what to look at, then each file as it was read (the territory and objectives by their content).
    const attention = page.getByRole('region', { name: 'À vérifier d’abord' });
    await attention.getByText(/laureats-fondation\.csv : à confirmer, colonne « Territoire » lue comme Région \(4\/4 valeurs reconnues\)/).waitFor();
    const files = page.getByRole('table', { name: 'Fichiers lus' });
    await expect.poll(() => files.getByRole('row', { name: /^tableur-catalyseurs\.csv/ }).textContent()).toMatch(/Windows-1252, « ; ».*par leur en-tête/);
    await expect.poll(() => files.getByRole('row', { name: /^laureats-fondation\.csv/ }).textContent()).toMatch(/« Objectifs » lue comme ODD par son contenu \(4\/4 valeurs reconnues\)/);
    await step(page, 'preview');

    // The mapping editor: the operation's name is the title; the territory and the objectives, read by their content, are confirmed as they are.
    const territory = page.getByRole('table', { name: /^Colonnes à vérifier/ }).getByRole('row', { name: /^« Territoire »/ });
    expect(await territory.getByRole('combobox').inputValue()).toBe('regions');
    expect(await territory.textContent()).toMatch(/par son contenu : 4 valeurs reconnues sur 4/);
    await page.getByLabel('Champ de la colonne « Libellé de l\'opération »').selectOption('title');
    await step(page, 'mapping', 'mapping-title');
    await page.getByRole('button', { name: 'Relire les fichiers avec cette correspondance' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Ajoutés/ }).textContent(), { timeout: 120_000 }).toMatch(/^4\s/);
    await page.getByText('Aperçu prêt : rien n’est encore publié.').waitFor({ timeout: 120_000 });
    // The odd theme is now listed as an unmapped value: map it too, and save the mapping as a profile.
    await page.getByLabel('Terme pour « Tourisme durable » (Thématique)').selectOption('economie-locale');
    await page.getByLabel('Nom du profil').fill('Lauréats de la fondation');
    await page.getByRole('button', { name: 'Enregistrer comme profil' }).click();
    await page.getByText('Profil « Lauréats de la fondation » enregistré').waitFor();
    await page.getByRole('button', { name: 'Relire les fichiers avec cette correspondance' }).click();
    // Mapped, the value is no longer unrecognised: it stays listed with the term the correspondence gives it.
    await expect.poll(() => page.getByRole('table', { name: /^Valeurs non reconnues/ }).getByRole('row', { name: /« Tourisme durable »/ }).textContent(), { timeout: 120_000 }).toMatch(/associée par la correspondance/);
    await page.getByText('Aperçu prêt : rien n’est encore publié.').waitFor({ timeout: 120_000 });
    expect(await page.getByLabel('Terme pour « Tourisme durable » (Thématique)').inputValue()).toBe('economie-locale');

    // The diff: four added, found by a word of their title, with what they say.
    await page.getByRole('button', { name: /Ajoutés/ }).click();
    await page.getByLabel('Chercher un titre').fill('potager');
    await expect.poll(() => page.locator('.diff-status').textContent()).toMatch(/^1 exemple/);
    await page.getByRole('heading', { level: 4, name: /Potager pédagogique des lauréats 2025/ }).waitFor();
    await step(page, 'diff', 'diff-title');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tout le détail (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^changements-.*\.csv$/);

    // Publish: the public search shows the new example right away (its kept empty answer dropped).
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByText(/Publié : la recherche publique montre cette version/).waitFor({ timeout: 120_000 });
    await step(page, 'published');
    expect(await publicHits(page, 'Potager pédagogique')).toBe(1);
    await page.goto(`${app.baseUrl}/?q=${encodeURIComponent('Potager pédagogique')}`);
    await page.getByRole('article').getByRole('heading', { name: /Potager pédagogique des lauréats 2025/ }).waitFor();

    // History: roll back to the CLI's version in one click; the example is gone again.
    await page.goto(`${app.baseUrl}/admin/versions`);
    await page.getByRole('heading', { level: 1, name: 'Historique des versions' }).waitFor();
    const rows = page.getByRole('table', { name: 'Versions publiées' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => rows.nth(1).textContent()).toMatch(/Camille Martin.*En ligne/);
    await step(page, 'versions');
    await rows.nth(2).getByRole('button', { name: /^Rétablir la version/ }).click();
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(4);
    await expect.poll(() => rows.nth(1).textContent()).toMatch(/Retour en arrière.*Camille Martin.*En ligne/);
    await step(page, 'rolled-back');
    expect(await publicHits(page, 'Potager pédagogique')).toBe(0);

    // Logout ends the session: the login is back.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Espace des curateurs' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000);

  it('sees a changed example field by field, and confirms a publication that removes more than a fifth of the base', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    const problems = watchProblems(page);
    // Only the platform's export, one summary reworded: the other two dialects' examples would go.
    const platform = readFileSync(SAMPLE[1]!, 'utf8');
    expect(platform).toContain('GAIA anime en Isère');
    const file = join(mkdtempSync(join(tmpdir(), 'odd17-curator-')), 'export-plateforme-2025.csv');
    writeFileSync(file, platform.replace('GAIA anime en Isère', 'GAIA anime désormais en Isère'));
    await page.goto(`${app.baseUrl}/admin`);
    await page.getByLabel('Nom du compte').fill(CURATOR.name);
    await page.getByLabel('Mot de passe').fill(CURATOR.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('input[type=file]').setInputFiles([file]);
    await page.getByRole('button', { name: 'Déposer et prévisualiser' }).click();
    await page.getByText('Aperçu prêt : rien n’est encore publié.').waitFor({ timeout: 120_000 });

    await page.getByRole('button', { name: /Modifiés/ }).click();
    const gaia = page.getByRole('article').filter({ hasText: 'GAIA, catalyseur territorial' });
    await gaia.getByRole('table').waitFor();
    const row = gaia.getByRole('row', { name: /^Résumé/ });
    expect(await row.getByRole('cell').first().textContent()).toContain('GAIA anime en Isère');
    expect(await row.getByRole('cell').nth(1).textContent()).toContain('GAIA anime désormais en Isère');
    await step(page, 'changed', 'diff-title');

    const removed = Number(((await page.getByRole('button', { name: /Retirés/ }).textContent()) ?? '').replace(/\D/g, ''));
    expect(removed).toBeGreaterThan(252); // more than 20 % of 1,260
    const publish = page.getByRole('button', { name: 'Publier', exact: true });
    await page.getByText(new RegExp(`retire ${removed.toLocaleString('fr-FR').replace(/\s/g, '\\s')} des 1\\s260 exemples en ligne`)).waitFor();
    expect(await publish.isDisabled()).toBe(true);
    await page.getByLabel('Nombre d’exemples retirés').fill(String(removed - 1));
    expect(await publish.isDisabled()).toBe(true);
    await page.getByLabel('Nombre d’exemples retirés').fill(String(removed));
    expect(await publish.isEnabled()).toBe(true);
    await step(page, 'confirm', 'publish-title');
    await publish.click();
    await page.getByText(/Publié : la recherche publique montre cette version/).waitFor({ timeout: 120_000 });
    expect(await publicHits(page, '')).toBe(1260 - removed);
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000);
});
