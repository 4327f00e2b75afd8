import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { JOURNEYS, recordAudit, type AuditScreen, type ScreenCheck } from './support/accessibility-audit.js';
import { blocking, criteriaOf, runAxe, type AxeOutcome } from './support/axe.js';
import { useWebSuite } from './support/web-suite.js';

const suite = useWebSuite();

const ready = async (page: Page) => {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
};
const serviceDown = async (page: Page) => {
  await page.route('**/api/**', (r) => r.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"engine_unavailable","message":"Moteur indisponible"}}' }));
  await page.getByRole('searchbox').fill('jardins');
  await page.getByRole('alert').waitFor();
};

// Every screen of web.md's list, as a person reaches it.
const SCREENS: ScreenCheck[] = [
  { id: 'search', name: { fr: 'Recherche', en: 'Search' }, path: '/?q=cantine', width: 1280, height: 900 },
  { id: 'filters', name: { fr: 'Recherche filtrée, liste dépliée', en: 'Filtered search, list expanded' }, path: '/?region=bretagne&sdg=17&theme=education', width: 1280, height: 900, setup: async (p) => p.getByRole('group', { name: 'Région' }).getByRole('button', { name: /Voir tout/ }).click() },
  { id: 'export-menu', name: { fr: 'Menu d’export ouvert', en: 'Export menu open' }, path: '/?q=cantine', width: 1280, height: 900, setup: async (p) => p.getByRole('button', { name: /Exporter/ }).click() },
  { id: 'example', name: { fr: 'Page d’un exemple', en: 'An example’s page' }, path: '/exemples/ex-001', width: 1280, height: 900 },
  { id: 'stats', name: { fr: 'Statistiques', en: 'Statistics' }, path: '/statistiques?rows=region&cols=sdg', width: 1280, height: 900, setup: async (p) => p.getByRole('table', { name: /Région × ODD/ }).waitFor() },
  { id: 'empty', name: { fr: 'Aucun résultat', en: 'No results' }, path: '/?q=zzzxqw&region=corse', width: 1280, height: 900 },
  { id: 'notices', name: { fr: 'Lien réparé (valeurs inconnues retirées)', en: 'Mended link (unknown values removed)' }, path: '/?region=atlantis&page=99999', width: 1280, height: 900, setup: async (p) => p.getByText('n’existe plus').waitFor() },
  { id: 'error', name: { fr: 'Service indisponible', en: 'Service unavailable' }, path: '/?q=cantine', width: 1280, height: 900, setup: serviceDown },
  { id: 'presenter', name: { fr: 'Mode présentation', en: 'Presenter mode' }, path: '/?q=cantine&presenter=1', width: 1920, height: 1080 },
  { id: 'english', name: { fr: 'Interface en anglais', en: 'English interface' }, path: '/?lang=en&sdg=13', width: 1280, height: 900 },
  { id: 'phone', name: { fr: 'Téléphone', en: 'Phone' }, path: '/?q=insertion', width: 375, height: 800 },
  { id: 'phone-filters', name: { fr: 'Téléphone, panneau des filtres ouvert', en: 'Phone, filter sheet open' }, path: '/?q=insertion', width: 375, height: 800, setup: async (p) => p.getByRole('button', { name: /^Filtres/ }).click() },
  { id: 'phone-example', name: { fr: 'Téléphone, page d’un exemple', en: 'Phone, an example’s page' }, path: '/exemples/ex-002', width: 375, height: 800 },
  { id: 'not-found', name: { fr: 'Page introuvable (404)', en: 'Page not found (404)' }, path: '/nulle-part', width: 1280, height: 900 },
  { id: 'example-not-found', name: { fr: 'Exemple introuvable', en: 'Example not found' }, path: '/exemples/%3Cscript%3E', width: 1280, height: 900 },
  { id: 'statement', name: { fr: 'Déclaration d’accessibilité', en: 'Accessibility statement' }, path: '/accessibilite', width: 1280, height: 900 },
];

const checked: { screen: ScreenCheck; outcome: AxeOutcome }[] = [];
let browserVersion = '';

describe('accessibility › axe-core (WCAG 2.2 A and AA) finds no serious or critical violation', () => {
  it.each(SCREENS.map((s) => [s.id, s] as const))('%s', async (_id, screen) => {
    const context = await suite.browser.newContext({ viewport: { width: screen.width, height: screen.height }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${suite.app.baseUrl}${screen.path}`);
    await ready(page);
    if (screen.path.startsWith('/?')) await expect.poll(() => page.getByRole('status').first().textContent()).not.toMatch(/Chargement|Loading/);
    await screen.setup?.(page);
    await page.waitForTimeout(250); // transitions (map fills, stale fade) end before colours are read
    const outcome = await runAxe(page);
    expect(blocking(outcome), screen.path).toEqual([]);
    // A check that cannot fail is no check: axe must have run the contrast rule, the names of controls and the language.
    expect(outcome.passes.map((r) => r.id)).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
    checked.push({ screen, outcome });
    browserVersion = suite.browser.version();
    await context.close();
  });
});

afterAll(() => {
  if (checked.length !== SCREENS.length) return; // a failed screen writes nothing
  const screens: AuditScreen[] = SCREENS.map((s) => {
    const { outcome } = checked.find((c) => c.screen.id === s.id)!;
    const count = (impact: string) => outcome.violations.filter((v) => v.impact === impact).length;
    return { id: s.id, name: s.name, path: s.path, viewport: `${s.width} × ${s.height}`, passes: outcome.passes.length, violations: { critical: count('critical'), serious: count('serious'), moderate: count('moderate'), minor: count('minor') } };
  });
  const criteria = [...new Set(checked.flatMap((c) => c.outcome.passes.flatMap(criteriaOf)))];
  const { written, committed } = recordAudit({ axe: checked[0]!.outcome.version, browser: `Chromium ${browserVersion}`, tags: ['WCAG 2.2 A', 'AA'], screens, criteria });
  // The statement lists what these tests check, no more, no less; WRITE_A11Y_STATEMENT=1 rewrites it.
  if (written) return;
  const fix = 'audit.json: run WRITE_A11Y_STATEMENT=1 npx vitest run tests/e2e/accessibility.test.ts';
  expect(committed.screens.map((s) => s.id), fix).toEqual(screens.map((s) => s.id));
  expect(committed.journeys.map((j) => j.id), fix).toEqual(Object.values(JOURNEYS).map((j) => j.id));
  expect(committed.screens.every((s) => s.violations.critical + s.violations.serious === 0), fix).toBe(true);
});
