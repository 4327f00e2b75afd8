import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { seriousViolations } from './support/axe.js';

// The live mode's screenshots for docs/screenshots, each checked with axe-core (WCAG 2.2 A/AA):
// `npx tsx scripts/take-live-screenshots.ts http://127.0.0.1:3000 [outDir]` against a running `npm start`.
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = resolve(process.argv[3] ?? 'docs/screenshots');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let failures = 0;

async function tab(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400); // the map's fill transition
  await page.screenshot({ path: join(out, `${name}.png`) });
  const violations = await seriousViolations(page);
  failures += violations.length;
  console.log(`${name}.png — axe: ${violations.length ? violations.join('; ') : '0 serious/critical'}`);
}

const settled = (page: Page, q: string) => page.waitForFunction((want) => new URLSearchParams(location.search).get('q') === want && !document.querySelector('.results--stale'), q);

try {
  const presenter = await tab(1280, 900);
  await presenter.goto(`${base}/?presenter=1`);
  await presenter.getByRole('button', { name: 'Démarrer une session en direct' }).click();
  const join = presenter.getByRole('dialog');
  const code = (await join.locator('.join__path').textContent())!.replace('/direct/', '');

  const phone = await tab(375, 800);
  const english = await tab(375, 800);
  const laptop = await tab(1280, 900);
  await phone.goto(`${base}/direct/${code}`);
  await english.goto(`${base}/direct/${code}?lang=en`);
  await laptop.goto(`${base}/direct/${code}`);
  await join.getByText('3 participants connectés').waitFor();
  await join.getByRole('img').waitFor();
  await shot(presenter, 'live-join-1280');

  await join.getByRole('button', { name: 'Montrer à tous' }).click();
  await presenter.getByRole('searchbox').pressSequentially('alimentation', { delay: 60 });
  await settled(presenter, 'alimentation');
  await presenter.getByRole('group', { name: 'Région' }).getByRole('checkbox', { name: /^Bretagne/ }).check();
  for (const page of [phone, english, laptop]) await page.waitForFunction(() => new URLSearchParams(location.search).get('region') === 'bretagne');
  await shot(phone, 'live-following-375');
  await shot(english, 'live-english-375');

  await laptop.getByRole('group', { name: 'ODD' }).getByRole('checkbox', { name: /^2\./ }).check();
  await laptop.getByText('Vous explorez seul').waitFor();
  await shot(laptop, 'live-alone-1280');

  await presenter.getByRole('button', { name: /Écran d’accueil/ }).click();
  await presenter.getByRole('dialog').getByRole('button', { name: 'Terminer la session' }).click();
  await phone.getByText('La présentation est terminée.').waitFor();
  const late = await tab(375, 800);
  await late.goto(`${base}/direct/${code}`);
  await late.getByRole('heading', { name: 'Présentation terminée' }).waitFor();
  await shot(late, 'live-ended-375');
} finally {
  await browser.close();
}
process.exitCode = failures ? 1 : 0;
